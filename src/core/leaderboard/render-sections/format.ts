import { codeSpan, escapeMarkdown } from '../../markdown/escape-markdown.js'
import type { AdrEntry, ProgressStatus, TeamRef } from '../leaderboard-types.js'
import { OWNERSHIP_SOURCES } from '../../config/config.schema.js'
import { SOURCE_LABELS, type OwnershipSource } from '../../ownership/ownership-types.js'

/** User text longer than this is clipped before escaping: a title is never a page long. */
export const MAX_TEXT = 200
const BAR_CELLS = 10

/** Clips to `MAX_TEXT` code points (never splitting a surrogate pair) with an ellipsis. */
export function clipText(text: string): string {
  if (text.length <= MAX_TEXT) return text
  const points = Array.from(text)
  return points.length <= MAX_TEXT ? text : `${points.slice(0, MAX_TEXT).join('')}…`
}

/** User text, clipped and escaped for inline markdown and table cells (no HTML, links or mentions). */
export function text(value: string): string {
  return escapeMarkdown(clipText(value))
}

/** User text as a code span, clipped (repository names, labels, ids). */
export function code(value: string): string {
  return codeSpan(clipText(value))
}

/**
 * A ten-cell text progress bar with the percentage; cells are floored so a full bar means 100%.
 *
 * @example progressBar(52) // '█████░░░░░ 52%'
 */
export function progressBar(percent: number): string {
  const bounded = Math.min(100, Math.max(0, Math.floor(percent)))
  const filled = Math.floor(bounded / BAR_CELLS)
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)} ${bounded}%`
}

/**
 * Jobs per week with at most two decimals (so a slow team's 1 job in 4 weeks shows as 0.25, not 0.3),
 * without trailing zeros.
 *
 * @example formatRate(1.5) // '1.5'
 * @example formatRate(1 / 3) // '0.33'
 */
export function formatRate(rate: number): string {
  return String(Math.round(rate * 100) / 100)
}

const STATUS_BADGES: Record<ProgressStatus, string> = {
  done: '✅ done',
  'on track': '🟢 on track',
  'at risk': '🟡 at risk',
  late: '🔴 late',
  'no progress': '⚪ no progress',
}

/** The status with its colour dot. */
export function statusBadge(status: ProgressStatus): string {
  return STATUS_BADGES[status]
}

/** A team cell: configured teams as escaped text, unclaimed repositories as a code span. */
export function teamCell(team: TeamRef): string {
  const name = team.kind === 'team' ? text(team.name) : `${code(team.name)} (repository)`
  return team.from && team.from.length > 0 ? `${name} _(${sourceNote(team.from)})_` : name
}

/** A leader, escaped so a handle like `@ana` is shown but never notifies anyone. */
export function leaderCell(leader: string | null): string {
  return leader === null ? '—' : text(leader)
}

/** The ADR's title linked to its file (the URL is built from encoded parts only), or plain when no URL. */
export function adrLink(adr: Pick<AdrEntry, 'title' | 'path' | 'url'>): string {
  const title = text(adr.title.trim() === '' ? adr.path : adr.title)
  return adr.url === null ? title : `[${title}](${adr.url})`
}

/** The ADR's status: the configured word, `unknown: <as written>`, or `missing`. */
export function adrStatusCell(adr: Pick<AdrEntry, 'status' | 'rawStatus'>): string {
  if (adr.status !== null) return text(adr.status)
  return adr.rawStatus === null ? '_missing_' : `_unknown:_ ${text(adr.rawStatus)}`
}

/** A date from parsed content: shown as is when it is `YYYY-MM-DD`, escaped otherwise, `—` when missing. */
export function dateCell(date: string | null): string {
  if (date === null) return '—'
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : text(date)
}

/** `n thing` / `n things`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

/**
 * A markdown table. `align` per column: `l` or `r`. Cells must already be escaped.
 */
export function table(
  header: readonly string[],
  align: string,
  rows: readonly (readonly string[])[],
): string {
  const rule = header.map((_, index) => (align[index] === 'r' ? '---:' : '---'))
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

/** Joins non-empty markdown blocks with a blank line. */
export function blocks(...parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n\n')
}

/** Where a team came from, in the sources' fixed order: `config, CODEOWNERS`. */
function sourceNote(from: readonly OwnershipSource[]): string {
  return OWNERSHIP_SOURCES.filter((source) => from.includes(source))
    .map((source) => SOURCE_LABELS[source])
    .join(', ')
}
