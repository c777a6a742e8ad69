/** One `key:value` qualifier of a search query (`-label:x` is negated). */
export interface Qualifier {
  key: string
  value: string
  negated: boolean
}

export interface ParsedSearch {
  qualifiers: Qualifier[]
  /** Free-text words, lower case. */
  words: string[]
}

/** Splits a GitHub search query into qualifiers and words; quoted values keep their spaces. */
export function parseSearchQuery(query: string): ParsedSearch {
  const qualifiers: Qualifier[] = []
  const words: string[] = []
  const pattern = /(-?)(?:([a-z-]+):)?(?:"([^"]*)"|(\S+))/gi
  for (const match of query.matchAll(pattern)) {
    const [, minus, key, quoted, bare] = match
    const value = quoted ?? bare ?? ''
    if (key) qualifiers.push({ key: key.toLowerCase(), value, negated: minus === '-' })
    else if (value) words.push((minus ?? '') + value.toLowerCase())
  }
  return { qualifiers, words }
}

/**
 * Whether an ISO timestamp satisfies a date range qualifier: `>=2026-01-01`, `<2026-02-01T00:00:00Z`,
 * `2026-01-01..2026-03-31`, `2026-01-01..*` or a plain date (that whole day).
 */
export function matchesDateRange(timestamp: string | null, range: string): boolean {
  if (!timestamp) return false
  const t = Date.parse(timestamp)
  const bound = (text: string, endOfDay: boolean): number => {
    if (text === '*') return endOfDay ? Infinity : -Infinity
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text)
    return endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(text) ? ms + 86_399_999 : ms
  }
  const between = /^(.+)\.\.(.+)$/.exec(range)
  if (between) return t >= bound(between[1] as string, false) && t <= bound(between[2] as string, true)
  const compare = /^(>=|<=|>|<)(.+)$/.exec(range)
  if (!compare) return t >= bound(range, false) && t <= bound(range, true)
  const [, op, text] = compare as unknown as [string, string, string]
  if (op === '>=') return t >= bound(text, false)
  if (op === '>') return t > bound(text, true)
  if (op === '<=') return t <= bound(text, true)
  return t < bound(text, false)
}
