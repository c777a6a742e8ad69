import { adrsSchema } from '../config/config.schema.js'
import { looksLikePlaceholder } from './inline-text.js'

/** The configured status words and synonyms (`parseAdr`'s options). Defaults: the config schema's. */
export interface StatusOptions {
  statuses?: readonly string[]
  synonyms?: Readonly<Record<string, string>>
}

/** Maps status text as written to a configured status word. */
export interface StatusNormaliser {
  /** The configured status the text starts with (whole text, first two words or first word), or null. */
  normalise(text: string): string | null
}

const DEFAULTS = adrsSchema.parse({})

/** Comparable form of status text: lower case, NFC, one space between words. */
export function statusKey(text: string): string {
  // eslint-disable-next-line no-control-regex
  const composed = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFC') : text
  return composed
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
}

/** Letters-only words at the start of a key: `accepted, 2021` → `accepted`. */
const LEADING_WORDS = /^(\p{L}+)(?:[^\p{L}]+(\p{L}+))?/u

function buildNormaliser(
  statuses: readonly string[],
  synonyms: Readonly<Record<string, string>>,
): StatusNormaliser {
  const known = new Map<string, string>()
  for (const status of statuses) known.set(statusKey(status), status.toLowerCase())
  for (const [word, status] of Object.entries(synonyms)) {
    const key = statusKey(word)
    if (!known.has(key)) known.set(key, status.toLowerCase())
  }
  return {
    normalise(text: string): string | null {
      if (text.length > 200 || looksLikePlaceholder(text)) return null
      const key = statusKey(text)
      const whole = known.get(key)
      if (whole !== undefined) return whole
      const words = LEADING_WORDS.exec(key)
      if (words === null) return null
      const first = words[1] ?? ''
      return (
        (words[2] === undefined ? undefined : known.get(`${first} ${words[2]}`)) ?? known.get(first) ?? null
      )
    },
  }
}

// Callers pass the same config arrays for every ADR; caching by identity keeps parsing 10,000 ADRs fast.
const cache = new WeakMap<object, WeakMap<object, StatusNormaliser>>()

/** A normaliser for the given options (cached per statuses/synonyms object). */
export function createStatusNormaliser(options: StatusOptions = {}): StatusNormaliser {
  const statuses = options.statuses ?? DEFAULTS.statuses
  const synonyms = options.synonyms ?? DEFAULTS.status_synonyms
  let bySynonyms = cache.get(statuses)
  if (bySynonyms === undefined) {
    bySynonyms = new WeakMap()
    cache.set(statuses, bySynonyms)
  }
  let normaliser = bySynonyms.get(synonyms)
  if (normaliser === undefined) {
    normaliser = buildNormaliser(statuses, synonyms)
    bySynonyms.set(synonyms, normaliser)
  }
  return normaliser
}
