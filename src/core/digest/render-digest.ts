import { cutAtLineBoundary, LEADERBOARD_BUDGET } from '../leaderboard/fit-to-budget.js'
import {
  adrLink,
  blocks,
  code,
  leaderCell,
  plural,
  progressBar,
  statusBadge,
  table,
  teamCell,
  text,
} from '../leaderboard/render-sections/format.js'
import type { AdrEntry } from '../leaderboard/leaderboard-types.js'
import type { Digest, MigrationDigest, StatusChange } from './digest-types.js'

/** Rows of each list in the digest; the rest are counted. */
export const DIGEST_LIST_ROWS = 20
/** GitHub notifies at most 50 people mentioned in one comment; leaders beyond are counted. */
export const DIGEST_MENTIONS = 50

/** The hidden marker of a week's digest comment, e.g. `<!-- strategy-trace:digest 2026-W50 -->`. */
export function digestMarker(week: string): string {
  return `<!-- strategy-trace:digest ${week} -->`
}

/** A GitHub login, or an `org/team` handle, with or without its `@`. */
const HANDLE = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?)$/

/**
 * The digest comment: the week's marker on the first line, per migration the jobs done and the teams
 * whose status changed, new and newly stale ADRs, and the leaders of late teams. User text is escaped
 * (no HTML, no links, no mentions), except with `mentionLeaders`, where each late team's leader that is a
 * valid GitHub handle is mentioned exactly once, in one line. Bounded: lists stop at
 * `DIGEST_LIST_ROWS`, and the body fits GitHub's comment limit.
 */
export function renderDigest(digest: Digest, options: { mentionLeaders: boolean }): string {
  const { week } = digest
  const body = blocks(
    digestMarker(week.week),
    `## Weekly digest · ${week.week}`,
    `What changed in the 7 days that end ${week.end} (after ${week.start}), as counted on the board above.`,
    renderMigrations(digest.migrations),
    renderAdrs(digest),
    renderLeaders(digest.lateLeaders, options.mentionLeaders),
  )
  const text = `${body}\n`
  return text.length <= LEADERBOARD_BUDGET ? text : cutAtLineBoundary(text, LEADERBOARD_BUDGET)
}

function renderMigrations(migrations: readonly MigrationDigest[]): string {
  if (migrations.length === 0) return ''
  const rows = migrations.map((m) => [
    escapeTitle(m.title),
    String(m.doneThisWeek),
    m.scopeChange > 0 ? `+${m.scopeChange}` : String(m.scopeChange),
    String(m.remaining),
    progressBar(m.percentDone),
    statusBadge(m.status),
  ])
  return blocks(
    '### Migrations',
    table(['Migration', 'Done this week', 'Scope change', 'Remaining', 'Progress', 'Status'], 'lrrrll', rows),
    ...migrations.map(renderChanges),
  )
}

function renderChanges(migration: MigrationDigest): string {
  if (migration.changes.length === 0) return ''
  const shown = migration.changes.slice(0, DIGEST_LIST_ROWS)
  return blocks(
    `**${escapeTitle(migration.title)}**: ${plural(migration.changes.length, 'team')} changed status`,
    [...shown.map(changeLine), moreItem(migration.changes.length, shown.length, 'teams')]
      .filter((line) => line !== '')
      .join('\n'),
  )
}

function changeLine(change: StatusChange): string {
  const from = change.from === null ? 'new' : statusBadge(change.from)
  const leader = change.team.leader === null ? '' : ` (leader ${leaderCell(change.team.leader)})`
  return `- ${teamCell(change.team)}${leader}: ${from} → ${statusBadge(change.to)}`
}

function renderAdrs(digest: Digest): string {
  const list = (adrs: readonly AdrEntry[], what: string) => {
    const shown = adrs.slice(0, DIGEST_LIST_ROWS)
    return [
      ...shown.map((adr) => `- ${adrLink(adr)} in ${code(adr.repo)}`),
      moreItem(adrs.length, shown.length, what),
    ]
      .filter((line) => line !== '')
      .join('\n')
  }
  const fresh = digest.newAdrs.length === 0 ? 'No ADR is dated this week.' : list(digest.newAdrs, 'ADRs')
  const stale =
    digest.newlyStale.length === 0 ? 'No ADR became stale this week.' : list(digest.newlyStale, 'stale ADRs')
  return blocks(
    '### Decisions',
    `**New ADRs** (${digest.newAdrs.length}):`,
    fresh,
    `**Newly stale ADRs** (${digest.newlyStale.length}):`,
    stale,
  )
}

function renderLeaders(leaders: readonly string[], mention: boolean): string {
  if (leaders.length === 0) return '### Late teams\n\nNo team is late.'
  const named = leaders.slice(0, DIGEST_MENTIONS).map((leader) => {
    const handle = HANDLE.exec(leader.trim())?.[1]
    return mention && handle ? `@${handle}` : leaderCell(leader)
  })
  const hint = mention ? '' : ' (set `digest.mention_leaders: true` to notify them here once a week)'
  const more = leaders.length > named.length ? ` and ${leaders.length - named.length} more` : ''
  return `### Late teams\n\nLeaders of late teams: ${named.join(', ')}${more}${hint}.`
}

function moreItem(total: number, shown: number, what: string): string {
  return total > shown ? `- …and ${total - shown} more ${what}` : ''
}

function escapeTitle(title: string): string {
  return text(title)
}
