import { isoWeekday, type Weekday } from '../config/glance.schema.js'
import { fromDayNumber, requireDayNumber } from '../leaderboard/day-number.js'

/** The week a digest covers. */
export interface DigestWeek {
  /** ISO week of `end`, e.g. `2026-W49`: identifies the week's one comment. */
  week: string
  /** `YYYY-MM-DD`: the configured weekday of that week; the digest covers the 7 days ending on it. */
  end: string
  /** `YYYY-MM-DD`: the day before the 7 days, the "last week" the digest compares with. */
  start: string
}

/** Monday 1 … Sunday 7 of a day number (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/**
 * ISO 8601 week label of a day: the week belongs to the year of its Thursday.
 *
 * @example isoWeekLabel(requireDayNumber('2026-12-07', 'day')) // '2026-W50'
 * @example isoWeekLabel(requireDayNumber('2027-01-01', 'day')) // '2026-W53'
 */
export function isoWeekLabel(day: number): string {
  const thursday = day - weekdayOf(day) + 4
  const year = fromDayNumber(thursday).slice(0, 4)
  const week = Math.floor((thursday - requireDayNumber(`${year}-01-01`, 'day')) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/**
 * The digest due in the ISO week of `today`: null before the configured weekday (not due yet). With
 * `latest`, the week before is returned instead of null (a preview always has a digest to show).
 *
 * @example digestWeek('2026-12-09', 'monday') // { week: '2026-W50', end: '2026-12-07', start: '2026-11-30' }
 */
export function digestWeek(today: string, day: Weekday, latest = false): DigestWeek | null {
  const todayDay = requireDayNumber(today, 'today')
  let end = todayDay - weekdayOf(todayDay) + isoWeekday(day)
  if (end > todayDay) {
    if (!latest) return null
    end -= 7
  }
  return { week: isoWeekLabel(end), end: fromDayNumber(end), start: fromDayNumber(end - 7) }
}
