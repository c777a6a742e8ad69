import { fromDayNumber } from './day-number.js'
import type { BurndownPoint } from './leaderboard-types.js'

/** At most this many points per chart: longer migrations are sampled every 2, 3, … weeks instead. */
export const MAX_BURNDOWN_POINTS = 27

/**
 * A job's life in day numbers, whatever its source (a labelled issue, or a repository a detector matches):
 * the day it was created or first seen, and the day it was closed or stopped matching (null while it
 * remains). `outcome: 'dropped'` means it left the scope on that day instead of being done.
 */
export interface JobSpan {
  created: number
  closed: number | null
  outcome?: 'done' | 'dropped' | 'remaining'
}

/**
 * The burn-up over time, derived from creation and closing days alone (no stored history needed): the
 * scope (jobs created by then and not dropped by then), the jobs done by then, and what remains.
 * Points start on the day the first job was created and step one week at a time (more weeks per step when
 * there would be more than `MAX_BURNDOWN_POINTS`), and the last point is always today. A job counts as
 * in the scope at the end of day `d` when it was created on or before `d` and not dropped by then; it is
 * done by `d` when it was closed as done on or before `d`. Runs in O(n log n).
 *
 * @example burndownSeries([{ created: 0, closed: 7 }, { created: 0, closed: null }], 10)
 * // [{ date: '1970-01-01', scope: 2, done: 0, remaining: 2 }, { date: '1970-01-08', scope: 2, done: 1, remaining: 1 }, …]
 */
export function burndownSeries(jobs: readonly JobSpan[], today: number): BurndownPoint[] {
  if (jobs.length === 0) return []
  // Typed arrays sort numerically and natively: the fastest sort for tens of thousands of days.
  const created = Float64Array.from(jobs, (job) => job.created).sort()
  const done = closingDays(jobs, false)
  const dropped = closingDays(jobs, true)
  const start = Math.min(created[0] as number, today)
  const weeks = Math.ceil((today - start) / 7)
  const step = 7 * Math.max(1, Math.ceil(weeks / (MAX_BURNDOWN_POINTS - 1)))
  const days: number[] = []
  for (let day = start; day < today; day += step) days.push(day)
  days.push(today)

  const points: BurndownPoint[] = []
  let createdSoFar = 0
  let doneSoFar = 0
  let droppedSoFar = 0
  for (const day of days) {
    while (createdSoFar < created.length && (created[createdSoFar] as number) <= day) createdSoFar++
    while (doneSoFar < done.length && (done[doneSoFar] as number) <= day) doneSoFar++
    while (droppedSoFar < dropped.length && (dropped[droppedSoFar] as number) <= day) droppedSoFar++
    const scope = Math.max(0, createdSoFar - droppedSoFar)
    const doneBy = Math.min(scope, doneSoFar)
    points.push({ date: fromDayNumber(day), scope, done: doneBy, remaining: scope - doneBy })
  }
  return points
}

/** Sorted closing days of the done jobs (`dropped` false) or of the dropped ones. */
function closingDays(jobs: readonly JobSpan[], dropped: boolean): Float64Array {
  const days: number[] = []
  for (const job of jobs) {
    if (job.closed !== null && (job.outcome === 'dropped') === dropped) days.push(job.closed)
  }
  return Float64Array.from(days).sort()
}
