/**
 * Calendar arithmetic on whole UTC days. The leaderboard counts in days since 1970-01-01 so comparisons
 * are integer comparisons and no time zone or clock is involved.
 */

const MS_PER_DAY = 86_400_000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

/**
 * Day number of a date `YYYY-MM-DD` or of an ISO timestamp (its UTC calendar day), or null when the text
 * does not start with a date.
 *
 * @example toDayNumber('1970-01-02') // 1
 * @example toDayNumber('2026-03-02T23:59:00Z') // same as '2026-03-02'
 */
export function toDayNumber(text: string): number | null {
  const match = ISO_DAY.exec(text)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  return daysFromCivil(year, month, day)
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, in integer arithmetic (no `Date` object per call:
 * the board converts tens of thousands of timestamps). Algorithm: Howard Hinnant, "chrono-compatible
 * low-level date algorithms", https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** Like `toDayNumber`, for values the caller has already validated; throws on a malformed date. */
export function requireDayNumber(text: string, what: string): number {
  const day = toDayNumber(text)
  if (day === null) throw new Error(`[strategy-trace] ${what} must be a date YYYY-MM-DD, got "${text}".`)
  return day
}

/**
 * `YYYY-MM-DD` of a day number.
 *
 * @example fromDayNumber(1) // '1970-01-02'
 */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}
