/** One collator for every comparison: `localeCompare` with options builds a new one per call. */
const collator = new Intl.Collator('en', { numeric: true })

/**
 * Orders text for display: numeric-aware in a fixed locale (`team-2` before `team-10`), then by code
 * units so two different strings never compare equal and sorting never depends on input order.
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
