/** What a date written in an ADR means. Ambiguous dates are never guessed. */
export type DateReading =
  { kind: 'ok'; iso: string } | { kind: 'ambiguous'; options: [string, string] } | { kind: 'invalid' }

/** A date found inside a longer text, with where it was written. */
export interface DateMatch {
  reading: DateReading
  /** Offsets of the date (and a time after it) in the text searched. */
  start: number
  end: number
}

// Every pattern is anchored by a look-behind on the character before it, so a long run of letters or
// digits is tried once, not once per position (no quadratic backtracking).
/** `2021-03-02`, `2021/03/02`, `2021.03.02`, optionally followed by a time (ISO or YAML timestamp). */
const YEAR_FIRST =
  /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?Z|[+-]\d{2}:?\d{2})?)?/g
/** `02.03.2021`, `3/4/2021`: day or month first; only read when just one order is a valid date. */
const YEAR_LAST = /(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/g
/** `2 March 2021`, `2nd Mar 2021`, `2. März 2021`, `2 de marzo de 2021`. */
const DAY_MONTH_YEAR =
  /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?[ \t]+(?:de[ \t]+)?(\p{L}+)\.?,?[ \t]+(?:de[ \t]+)?(\d{4})(?!\d)/gu
/** `March 2, 2021`, `Mar 2nd 2021`. */
const MONTH_DAY_YEAR = /(?<![\p{L}\d])(\p{L}+)\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})(?!\d)/gu
/** `16-Jan-2020`, `16 Jan. 2020`: day, month name and year joined by dashes. */
const DAY_MON_YEAR_DASHED = /(?<![\p{L}\d])(\d{1,2})-(\p{L}{3,9})\.?-(\d{4})(?!\d)/gu
/** `2020 Apr 24`, `2020 April 24th`: year, month name and day (Cosmos SDK changelogs). */
const YEAR_MONTH_DAY =
  /(?<![\p{L}\d])(\d{4})[ \t]+(\p{L}{3,9})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\d])/gu
/** `2020年4月24日` (Chinese and Japanese). */
const CJK_DATE = /(?<!\d)(\d{4})年[ \t]?(\d{1,2})月[ \t]?(\d{1,2})日/gu
/** `20220513`: compact, only for years 1900–2099 (other eight-digit numbers are not dates). */
const COMPACT = /(?<![\p{L}\d])((?:19|20)\d{2})(\d{2})(\d{2})(?![\p{L}\d])/gu

// prettier-ignore
const MONTH_NAMES = [
  'january jan januar jänner janvier enero janeiro gennaio januari',
  'february feb februar février fevrier febrero fevereiro febbraio februari',
  'march mar märz maerz mars marzo março marco maart',
  'april apr avril abril aprile',
  'may mai mayo maio maggio mei',
  'june jun juni juin junio junho giugno',
  'july jul juli juillet julio julho luglio',
  'august aug août aout agosto augustus',
  'september sep sept septembre septiembre setiembre setembro settembre',
  'october oct oktober okt octobre octubre outubro ottobre',
  'november nov novembre noviembre novembro',
  'december dec dezember dez décembre decembre diciembre dezembro dicembre',
]

const MONTH_BY_NAME = new Map<string, number>()
MONTH_NAMES.forEach((names, index) => {
  for (const name of names.split(' ')) MONTH_BY_NAME.set(name, index + 1)
})

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** `YYYY-MM-DD` for a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function reading(iso: string | null): DateReading {
  return iso === null ? { kind: 'invalid' } : { kind: 'ok', iso }
}

function readYearLast(a: number, b: number, year: number): DateReading {
  const dayFirst = isoDate(year, b, a)
  const monthFirst = isoDate(year, a, b)
  if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst) {
    return { kind: 'ambiguous', options: [dayFirst, monthFirst] }
  }
  return reading(dayFirst ?? monthFirst)
}

function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name.toLowerCase().normalize('NFC')) ?? null
}

type Reader = (m: RegExpExecArray) => DateReading | null

const READERS: [RegExp, Reader][] = [
  [YEAR_FIRST, (m) => reading(isoDate(Number(m[1]), Number(m[3]), Number(m[4])))],
  [
    DAY_MON_YEAR_DASHED,
    (m) => {
      const month = monthNumber(m[2] ?? '')
      return month === null ? null : reading(isoDate(Number(m[3]), month, Number(m[1])))
    },
  ],
  [
    YEAR_MONTH_DAY,
    (m) => {
      const month = monthNumber(m[2] ?? '')
      return month === null ? null : reading(isoDate(Number(m[1]), month, Number(m[3])))
    },
  ],
  [CJK_DATE, (m) => reading(isoDate(Number(m[1]), Number(m[2]), Number(m[3])))],
  [
    COMPACT,
    (m) => {
      const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
      return iso === null ? null : reading(iso)
    },
  ],
  [YEAR_LAST, (m) => readYearLast(Number(m[1]), Number(m[3]), Number(m[4]))],
  [
    DAY_MONTH_YEAR,
    (m) => {
      const month = monthNumber(m[2] ?? '')
      return month === null ? null : reading(isoDate(Number(m[3]), month, Number(m[1])))
    },
  ],
  [
    MONTH_DAY_YEAR,
    (m) => {
      const month = monthNumber(m[1] ?? '')
      return month === null ? null : reading(isoDate(Number(m[3]), month, Number(m[2])))
    },
  ],
]

/**
 * Finds the first date written in `text` in any accepted form. A date with a month name in another
 * language than those listed, or a two-digit year, is not recognised.
 *
 * @example findDate('Accepted (2 March 2021)') // { reading: { kind: 'ok', iso: '2021-03-02' }, start: 10, end: 22 }
 */
export function findDate(text: string): DateMatch | null {
  if (!/\d{4}/.test(text)) return null
  let best: DateMatch | null = null
  for (const [pattern, read] of READERS) {
    const found = firstReading(pattern, read, text)
    if (found !== null && (best === null || found.start < best.start)) best = found
    if (best?.start === 0) break
  }
  return best
}

function firstReading(pattern: RegExp, read: Reader, text: string): DateMatch | null {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const result = read(match)
    if (result !== null) return { reading: result, start: match.index, end: match.index + match[0].length }
  }
  return null
}

/** Reads a date field's value: the first date in it, or `invalid` when it holds none. */
export function readDate(value: string): DateReading {
  return findDate(value)?.reading ?? { kind: 'invalid' }
}
