import type { StatusEntry } from './read-status-text.js'

/** A status line with more words than this is a sentence of prose, not a status history entry. */
const MAX_STATUS_WORDS = 4

/**
 * Picks the current status among the lines of one status section or table:
 * 1. a `Superseded by …` line (supersession ends a history, whether or not it is dated);
 * 2. else the line with the latest date (the last such line on a tie), so dated histories work in either order;
 * 3. else the last short line that is a known status (`Proposed` then `Accepted`);
 * 4. else the first line, as written (it gets ADR_INVALID_STATUS later).
 */
export function chooseStatus(entries: readonly StatusEntry[]): StatusEntry | null {
  let superseding: StatusEntry | null = null
  let latest: { entry: StatusEntry; iso: string } | null = null
  let lastKnown: StatusEntry | null = null
  for (const entry of entries) {
    if (entry.raw === null && !entry.superseding) continue
    if (entry.superseding) superseding = entry
    if (
      entry.date?.kind === 'ok' &&
      entry.raw !== null &&
      (latest === null || entry.date.iso >= latest.iso)
    ) {
      latest = { entry, iso: entry.date.iso }
    }
    if (entry.status !== null && entry.words <= MAX_STATUS_WORDS) lastKnown = entry
  }
  return (
    superseding ??
    latest?.entry ??
    lastKnown ??
    entries.find((e) => e.raw !== null) ??
    entries.find((e) => e.placeholder !== undefined) ??
    null
  )
}
