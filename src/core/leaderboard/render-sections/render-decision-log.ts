import type { AdrEntry, StaleAdr } from '../leaderboard-types.js'
import { moreLine } from '../render-limits.js'
import { adrLink, adrStatusCell, blocks, code, dateCell, plural, table } from './format.js'

/**
 * A decision log (newest first) folded in a `<details>` block, cut to `maxRows`. '' when there is
 * nothing to list or `maxRows` is 0 (the counts above still say how many there are).
 */
export function renderDecisionLog(entries: readonly AdrEntry[], maxRows: number): string {
  if (entries.length === 0 || maxRows <= 0) return ''
  const shown = entries.slice(0, maxRows)
  const rows = shown.map((adr) => [dateCell(adr.date), code(adr.repo), adrLink(adr), adrStatusCell(adr)])
  return [
    '<details>',
    `<summary>Decision log (${plural(entries.length, 'ADR')})</summary>`,
    '',
    table(['Date', 'Repository', 'ADR', 'Status'], 'llll', rows),
    ...(shown.length < entries.length ? ['', moreLine(entries.length, shown.length, 'ADRs')] : []),
    '',
    '</details>',
  ].join('\n')
}

/** Why an ADR is stale, in words. */
export function staleWhy(reason: StaleAdr['reason']): string {
  return reason.kind === 'review-passed'
    ? `review date ${dateCell(reason.reviewDate)} has passed`
    : `accepted ${reason.ageDays} days ago, no review date ahead`
}

/** "Stale ADRs (n)" as a list, cut to `maxRows`; with `maxRows` 0 only the count. '' when none. */
export function renderStaleList(stale: readonly StaleAdr[], maxRows: number): string {
  if (stale.length === 0) return ''
  const heading = `**Stale ADRs (${stale.length})**: review them, then set a new review date or supersede them.`
  if (maxRows <= 0) return heading
  const shown = stale.slice(0, maxRows)
  const items = shown.map((adr) => `- ${code(adr.repo)} ${adrLink(adr)}: ${staleWhy(adr.reason)}`)
  return blocks(`${heading}\n\n${items.join('\n')}`, moreLine(stale.length, shown.length, 'stale ADRs'))
}
