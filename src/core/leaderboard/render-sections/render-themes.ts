import type { Leaderboard, StatusCount, ThemeBoard } from '../leaderboard-types.js'
import type { RenderLimits } from '../render-limits.js'
import { blocks, code, plural, table, text } from './format.js'
import { renderDecisionLog, renderStaleList } from './render-decision-log.js'
import { renderUnthemed } from './render-unthemed.js'

const HOW_TO_ADD_ADRS = [
  'No ADRs were found in the repositories read. Strategy Trace reads Markdown files under the paths set in',
  '`adrs.paths` of `.github/strategy.yml` (by default `docs/adr/`, `doc/adr/`, `docs/decisions/` and `adr/`).',
  'Give each ADR a status and the theme it serves, for example:',
  '',
  '```markdown',
  '# ADR-0001: Adopt single sign-on for all customer-facing apps',
  '',
  '**Status**: Accepted',
  '**Date**: 2026-03-14',
  '**Strategic Theme**: enterprise-ready',
  '**Review Date**: 2027-03-14',
  '```',
].join('\n')

/** The "Themes and decisions" section: coverage, counts per theme and status, then each theme's detail. */
export function renderThemes(board: Leaderboard, limits: RenderLimits): string {
  if (board.coverage.adrs === 0) return blocks('## Themes and decisions', HOW_TO_ADD_ADRS)
  return blocks(
    '## Themes and decisions',
    coverageLine(board),
    overviewTable(board),
    ...board.themes.map((theme) => renderTheme(theme, limits)),
    renderUnthemed(board, limits),
  )
}

function coverageLine({ coverage }: Leaderboard): string {
  const adrShare = Math.floor((coverage.adrsWithTheme * 100) / coverage.adrs)
  const repoShare = Math.floor((coverage.reposWithTheme * 100) / coverage.reposWithAdrs)
  return (
    `ADR theme coverage: **${coverage.adrsWithTheme} of ${plural(coverage.adrs, 'ADR')}** (${adrShare}%) ` +
    `name a known theme; **${coverage.reposWithTheme} of ${plural(coverage.reposWithAdrs, 'repository', 'repositories')}** ` +
    `with ADRs (${repoShare}%) have one on every ADR.`
  )
}

function overviewTable(board: Leaderboard): string {
  const header = [
    'Theme',
    'ADRs',
    ...board.adrStatuses.map((status) => capitalise(text(status))),
    'Other status',
    'Stale',
    `Merged PRs (${board.pulls.windowDays} days)`,
  ]
  const counts = (statusCounts: readonly StatusCount[]): string[] =>
    statusCounts.map((entry) => String(entry.count))
  const rows = board.themes.map((theme) => [
    text(theme.name) + (theme.retired ? ' (retired)' : ''),
    String(theme.adrCount),
    ...counts(theme.statusCounts),
    String(theme.stale.length),
    String(theme.mergedPulls),
  ])
  const unthemedPulls = board.pulls.merged - board.pulls.withTheme
  if (board.unthemedAdrs.length > 0 || unthemedPulls > 0) {
    rows.push([
      '_No or unknown theme_',
      String(board.unthemedAdrs.length),
      ...counts(board.unthemedStatusCounts),
      String(board.unthemedStale.length),
      String(unthemedPulls),
    ])
  }
  return table(header, `lr${'r'.repeat(board.adrStatuses.length)}rrr`, rows)
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** One theme: its facts, stale ADRs and decision log. */
export function renderTheme(theme: ThemeBoard, limits: RenderLimits): string {
  const facts = [
    code(theme.id),
    theme.owner === null ? null : `owner: ${text(theme.owner)}`,
    theme.horizon === null ? null : `horizon: ${theme.horizon}`,
    theme.retired ? 'retired: new work should not reference it' : null,
    plural(theme.adrCount, 'ADR'),
    `${plural(theme.mergedPulls, 'merged PR')}`,
  ].filter((fact): fact is string => fact !== null)
  return blocks(
    `### ${text(theme.name)}`,
    facts.join(' · '),
    renderStaleList(theme.stale, limits.staleRows),
    renderDecisionLog(theme.decisions, limits.decisionRows),
  )
}
