import { fromDayNumber } from './day-number.js'
import type { BurndownPoint } from './leaderboard-types.js'

/** At most this many points per chart: longer migrations are sampled every 2, 3, … weeks instead. */
export const MAX_BURNDOWN_POINTS = 27

/** A job's life in day numbers: created, and closed (for any reason) or null while open. */
export interface JobSpan {
  created: number
  closed: number | null
}

/**
 * Remaining jobs over time, derived from creation and closing days alone (no stored history needed).
 * Points start on the day the first job was created and step one week at a time (more weeks per step when
 * there would be more than `MAX_BURNDOWN_POINTS`), and the last point is always today. A job counts as
 * remaining at the end of day `d` when it was created on or before `d` and not closed by then; dropped
 * jobs leave the count when they are closed, like done ones. Runs in O(n log n).
 *
 * @example burndownSeries([{ created: 0, closed: 7 }, { created: 0, closed: null }], 10)
 * // [{ date: '1970-01-01', remaining: 2 }, { date: '1970-01-08', remaining: 1 }, { date: '1970-01-11', remaining: 1 }]
 */
export function burndownSeries(jobs: readonly JobSpan[], today: number): BurndownPoint[] {
  if (jobs.length === 0) return []
  // Typed arrays sort numerically and natively: the fastest sort for tens of thousands of days.
  const created = Float64Array.from(jobs, (job) => job.created).sort()
  const closed = Float64Array.from(
    jobs.filter((job) => job.closed !== null),
    (job) => job.closed as number,
  ).sort()
  const start = Math.min(created[0] as number, today)
  const weeks = Math.ceil((today - start) / 7)
  const step = 7 * Math.max(1, Math.ceil(weeks / (MAX_BURNDOWN_POINTS - 1)))
  const days: number[] = []
  for (let day = start; day < today; day += step) days.push(day)
  days.push(today)

  const points: BurndownPoint[] = []
  let createdSoFar = 0
  let closedSoFar = 0
  for (const day of days) {
    while (createdSoFar < created.length && (created[createdSoFar] as number) <= day) createdSoFar++
    while (closedSoFar < closed.length && (closed[closedSoFar] as number) <= day) closedSoFar++
    points.push({ date: fromDayNumber(day), remaining: Math.max(0, createdSoFar - closedSoFar) })
  }
  return points
}
