import { closest, distance } from 'fastest-levenshtein'
import type { StrategyConfig } from '../config/config.schema.js'
import { statusKey } from './status-normaliser.js'

/**
 * The configured status nearest to a misspelt one (`Aproved` → `accepted` via the synonym `approved`),
 * or null when nothing is close: at most a third of the word's length in edits, and at least 2.
 */
export function suggestStatus(
  raw: string,
  adrs: Pick<StrategyConfig['adrs'], 'statuses' | 'status_synonyms'>,
): string | null {
  const target = new Map<string, string>()
  for (const status of adrs.statuses) target.set(statusKey(status), status.toLowerCase())
  for (const [word, status] of Object.entries(adrs.status_synonyms)) {
    if (!target.has(statusKey(word))) target.set(statusKey(word), status.toLowerCase())
  }
  const key = statusKey(raw)
  const words = [key, key.split(' ')[0] ?? ''].filter((w) => w.length > 0 && w.length <= 40)
  let best: { word: string; edits: number } | null = null
  for (const word of words) {
    const near = closest(word, [...target.keys()])
    const edits = distance(word, near)
    if (edits <= Math.max(2, Math.floor(near.length / 3)) && (best === null || edits < best.edits)) {
      best = { word: near, edits }
    }
  }
  return best === null ? null : (target.get(best.word) ?? null)
}
