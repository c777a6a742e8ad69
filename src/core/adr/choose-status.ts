import type { StatusEntry } from './read-status-text.js'

/** A status line with more words than this is a sentence of prose, not a status history entry. */
const MAX_STATUS_WORDS = 4

/**
 * Picks the current status among the lines of one status section or table:
 * 1. a `Superseded by …` line (supersession ends a history, whether or not it is dated);
 * 2. else the line with the latest date (the last such line on a tie), so dated histories work in either order;
 * 3. else the last short line that is a known status (`Proposed` then `Accepted`);
 * 4. else the first line, as written (it gets ADR_INVALID_STATUS later).
 *
 * Undated lines naming three or more different statuses and linking no successor are a template's
 * list of choices (`- Proposed`, `- Accepted`, `- Rejected`): no status, kept as a placeholder.
 */
/** Undated lines naming this many different statuses, none linking a successor, list a template's choices. */
const CHOICES = 3

function templateChoices(entries: readonly StatusEntry[]): StatusEntry | null {
  const undated = entries.filter((e) => e.status !== null && e.date === null && e.supersededBy === null)
  if (entries.some((e) => e.date !== null || e.supersededBy !== null)) return null
  // A question above the list (`What is the status?`) makes two choices enough.
  const asked = entries.some((e) => e.placeholder !== undefined)
  if (new Set(undated.map((e) => e.status)).size < (asked ? 2 : CHOICES)) return null
  const first = undated[0] as StatusEntry
  const text = undated.map((e) => e.raw).join(' | ')
  return { ...first, raw: null, status: null, words: 0, placeholder: text }
}

export function chooseStatus(entries: readonly StatusEntry[]): StatusEntry | null {
  const choices = templateChoices(entries)
  if (choices !== null) return choices
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
