import { MARKERS } from '../report/markers.js'
import { fitToBudget, LEADERBOARD_BUDGET } from './fit-to-budget.js'
import type { Leaderboard, StaleConfig } from './leaderboard-types.js'
import { blocks, code, plural, text } from './render-sections/format.js'
import { renderGlance } from './render-sections/render-glance.js'
import { renderHowToRead } from './render-sections/render-how-to-read.js'
import { renderMigrations } from './render-sections/render-migrations.js'
import { renderOwnership } from './render-sections/render-ownership.js'
import { renderPulls } from './render-sections/render-pulls.js'
import { renderThemes } from './render-sections/render-themes.js'
import { renderUnread } from './render-sections/render-unread.js'

export interface RenderLeaderboardOptions {
  /** Maximum body length in characters; default `LEADERBOARD_BUDGET` (60,000). */
  budget?: number
  /** The org config does not load: a warning at the top says the board counts with an older one. */
  staleConfig?: StaleConfig
}

/** Problems of a broken config listed on the board; the rest are counted. */
const SHOWN_CONFIG_PROBLEMS = 5

/**
 * Renders the tracking issue's body: the hidden marker on the first line, the "Strategy at a glance"
 * header (bounded, never cut), then migrations (progress,
 * burndown, ranked teams), themes and decisions, where merged pull requests go, repositories not read and
 * a footer. Deterministic: no clock (the board's own `today` is data), every user-controlled text
 * escaped or in code spans (no HTML, no `@mentions`), links built from encoded parts only. Fits
 * `budget` by dropping detail in the fixed order of `BUDGET_STEPS`, with a visible note.
 *
 * @example renderLeaderboard(aggregateLeaderboard({ snapshot, config, today: '2026-03-02' }))
 */
export function renderLeaderboard(board: Leaderboard, options: RenderLeaderboardOptions = {}): string {
  const section = sectionCache()
  return fitToBudget({
    board,
    budget: options.budget ?? LEADERBOARD_BUDGET,
    render: (limits, leftOut) => {
      const { teamRows, burndown, decisionRows, staleRows, unthemedRows, pullTeams, unreadRows } = limits
      const body = blocks(
        MARKERS.leaderboard,
        `# Strategy leaderboard for ${text(board.org)}`,
        summaryLine(board),
        options.staleConfig ? staleConfigWarning(options.staleConfig) : '',
        leftOutNote(leftOut),
        section(['glance'], () => renderGlance(board)),
        renderOwnership(board),
        section(['migrations', teamRows, burndown], () => renderMigrations(board, limits)),
        section(['themes', decisionRows, staleRows, unthemedRows], () => renderThemes(board, limits)),
        section(['pulls', pullTeams], () => renderPulls(board, limits)),
        section(['unread', unreadRows], () => renderUnread(board, limits)),
        section(['how-to-read'], () => renderHowToRead(board)),
        footer(board),
      )
      return `${body}\n`
    },
  })
}

/**
 * Remembers each section by the limits it depends on, so shortening one section while fitting the
 * budget does not render the others again.
 */
function sectionCache(): (key: readonly (string | number | boolean)[], render: () => string) => string {
  const cache = new Map<string, string>()
  return (key, render) => {
    const id = key.join(':')
    let markdown = cache.get(id)
    if (markdown === undefined) {
      markdown = render()
      cache.set(id, markdown)
    }
    return markdown
  }
}

function summaryLine(board: Leaderboard): string {
  const unread = board.failed.length > 0 ? ` (${board.failed.length} could not be read)` : ''
  return [
    `As of ${board.today}`,
    `${plural(board.repoCount, 'repository', 'repositories')} read${unread}`,
    plural(board.migrations.length, 'migration'),
    plural(board.themes.length, 'theme'),
    plural(board.coverage.adrs, 'ADR'),
  ].join(' · ')
}

/** The warning at the top of a board counted with an older config, naming where the new one fails. */
export function staleConfigWarning(stale: StaleConfig): string {
  const what = stale.missing ? 'cannot be found' : 'does not load'
  const shown = stale.problems.slice(0, SHOWN_CONFIG_PROBLEMS)
  const more = stale.problems.length - shown.length
  return [
    '> [!WARNING]',
    `> The strategy config ${code(stale.where)} ${what} since ${stale.since}, so this board still counts ` +
      'with the last config that loaded. Fix the file and the board is counted with it on the next ' +
      'refresh, and this warning goes away.',
    ...shown.map((p) => `> - ${code(p.at)} ${code(p.code)} ${text(p.message.replace(/\s+/g, ' '))}`),
    ...(more > 0
      ? [`> - …and ${plural(more, 'more problem')} (\`strategy-trace check\` lists them all)`]
      : []),
  ].join('\n')
}

function leftOutNote(leftOut: readonly string[]): string {
  if (leftOut.length === 0) return ''
  return [
    '> [!NOTE]',
    '> This board is longer than a GitHub issue allows, so some detail was left out: ' +
      `${leftOut.join('; ')}. Every count and percentage still includes everything.`,
  ].join('\n')
}

function footer(board: Leaderboard): string {
  return [
    '---',
    '',
    `<sub>Computed by Strategy Trace for ${board.today} from ${plural(board.repoCount, 'repository', 'repositories')}. ` +
      'Comment `/leaderboard refresh` to refresh it now; configure themes, migrations and teams in ' +
      '`.github/strategy.yml`. Edits to this issue are overwritten.</sub>',
  ].join('\n')
}
