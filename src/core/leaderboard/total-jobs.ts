import type { IssueInfo } from '../types.js'
import type { JobTotals, TeamRef } from './leaderboard-types.js'

/** What became of a job: done, dropped (not planned, duplicate) or still remaining. */
export type JobOutcome = 'done' | 'dropped' | 'remaining'

/** A migration job, reduced to what the leaderboard counts. Days are day numbers (see `toDayNumber`). */
export interface Job {
  team: TeamRef
  outcome: JobOutcome
  created: number
  /** Day the issue was closed, for any reason; null while open. */
  closed: number | null
}

/**
 * Classifies an issue. Open → `remaining`. Closed as `not_planned` or `duplicate` → `dropped`. Any other
 * closed issue (`completed`, or no reason, as older issues and some API paths report) → `done`.
 */
export function jobOutcome(issue: Pick<IssueInfo, 'state' | 'stateReason'>): JobOutcome {
  if (issue.state === 'open') return 'remaining'
  return issue.stateReason === 'not_planned' || issue.stateReason === 'duplicate' ? 'dropped' : 'done'
}

/** Whole percent, floored, so 100 only when nothing is left; `whenEmpty` when the denominator is 0. */
export function floorPercent(part: number, whole: number, whenEmpty = 0): number {
  return whole === 0 ? whenEmpty : Math.floor((part * 100) / whole)
}

/**
 * Counts jobs, and how many were done after `windowStart` (a day number; the burn-rate window is
 * `(windowStart, …]`).
 */
export function totalJobs(jobs: readonly Job[], windowStart: number): JobTotals & { doneInWindow: number } {
  let done = 0
  let dropped = 0
  let remaining = 0
  let doneInWindow = 0
  for (const job of jobs) {
    if (job.outcome === 'remaining') remaining++
    else if (job.outcome === 'dropped') dropped++
    else {
      done++
      if (job.closed !== null && job.closed > windowStart) doneInWindow++
    }
  }
  const percentDone = floorPercent(done, done + remaining, jobs.length > 0 ? 100 : 0)
  return { jobs: done + remaining, done, dropped, remaining, percentDone, doneInWindow }
}

/**
 * Ranks by share done, highest first (compared exactly, not by the floored percent; all-dropped counts as
 * fully done), then fewer remaining first. Returns 0 on a tie so the caller can order by name.
 */
export function compareProgress(a: JobTotals, b: JobTotals): number {
  const [aDone, aActive] = a.done + a.remaining === 0 ? [1, 1] : [a.done, a.done + a.remaining]
  const [bDone, bActive] = b.done + b.remaining === 0 ? [1, 1] : [b.done, b.done + b.remaining]
  return bDone * aActive - aDone * bActive || a.remaining - b.remaining
}
