import { closest, distance } from 'fastest-levenshtein'

/**
 * The candidate nearest to a misspelt `value` (case-insensitive), or null when none is close enough
 * to be a plausible typo: at most a third of the word's length in edits (at least 2), and never
 * more than half of it.
 *
 * @example suggest('staus', ['id', 'name', 'status']) // 'status'
 */
export function suggest(value: string, candidates: readonly string[]): string | null {
  const wanted = value.trim().toLowerCase()
  if (wanted.length === 0 || candidates.length === 0) return null
  const lowered = candidates.map((c) => c.toLowerCase())
  const best = closest(wanted, lowered)
  const edits = distance(wanted, best)
  // Half the word changed is a different word, however short it is.
  if (edits > Math.max(2, Math.floor(best.length / 3)) || edits > best.length / 2) return null
  return candidates[lowered.indexOf(best)] ?? null
}

/** `` `a`, `b`, `c` `` for "one of: …" lists in messages. */
export function listValues(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ')
}
