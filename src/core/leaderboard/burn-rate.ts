import { fromDayNumber, requireDayNumber } from './day-number.js'
import type { Pace, ProgressStatus } from './leaderboard-types.js'

/**
 * A projection landing in the last this-many days before the deadline (the deadline itself included) is
 * `at risk`: on time, but with no room for a slow week.
 */
export const AT_RISK_MARGIN_DAYS = 7

export interface PaceInput {
  /** Jobs that count (`done + remaining`). */
  jobs: number
  /** Jobs dropped (closed as not planned or duplicate). */
  dropped: number
  remaining: number
  /** Jobs done whose closing day falls in the window: after `today - 7 × weeks`, up to today. */
  doneInWindow: number
  /** The burn-rate window in weeks (`leaderboard.burn_rate_weeks`). */
  weeks: number
  today: string
  deadline: string | null
}

/**
 * Jobs done per week: `doneInWindow / weeks`.
 *
 * @example burnRate({ doneInWindow: 6, weeks: 4 }) // 1.5
 */
export function burnRate({ doneInWindow, weeks }: Pick<PaceInput, 'doneInWindow' | 'weeks'>): number {
  return weeks > 0 ? doneInWindow / weeks : 0
}

/**
 * The day the remaining jobs are done at the current burn rate: `today + ceil(remaining / rate × 7)` days,
 * computed in integers (`ceil(remaining × 7 × weeks / doneInWindow)`) so no rounding drifts. Null when
 * nothing remains or the rate is 0 (no projection is possible).
 *
 * @example projectCompletion({ remaining: 3, doneInWindow: 4, weeks: 4, today: '2026-03-02' }) // '2026-03-23'
 */
export function projectCompletion(
  input: Pick<PaceInput, 'remaining' | 'doneInWindow' | 'weeks' | 'today'>,
): string | null {
  const { remaining, doneInWindow, weeks, today } = input
  if (remaining <= 0 || doneInWindow <= 0 || weeks <= 0) return null
  const days = Math.ceil((remaining * 7 * weeks) / doneInWindow)
  return fromDayNumber(requireDayNumber(today, 'today') + days)
}

/**
 * Where a group of jobs stands. The first rule that matches wins:
 *
 * 1. `no progress`: there are no jobs at all (none counted, none dropped).
 * 2. `done`: nothing remains (every job is done or dropped).
 * 3. `late`: the deadline has passed (today is after it) and jobs remain.
 * 4. `no progress`: jobs remain and none was done in the burn-rate window (rate 0, so no projection).
 * 5. `on track`: no deadline is set, and jobs are being done.
 * 6. `late`: the projection lands after the deadline.
 * 7. `at risk`: the projection lands in the last `AT_RISK_MARGIN_DAYS` (7) days before the deadline,
 *    the deadline included.
 * 8. `on track`: otherwise (projected more than 7 days before the deadline).
 */
export function progressStatus(input: PaceInput): ProgressStatus {
  const { jobs, dropped, remaining, deadline } = input
  if (jobs + dropped === 0) return 'no progress'
  if (remaining === 0) return 'done'
  const today = requireDayNumber(input.today, 'today')
  const due = deadline === null ? null : requireDayNumber(deadline, 'deadline')
  if (due !== null && today > due) return 'late'
  const projected = projectCompletion(input)
  if (projected === null) return 'no progress'
  if (due === null) return 'on track'
  const landing = requireDayNumber(projected, 'projection')
  if (landing > due) return 'late'
  if (landing > due - AT_RISK_MARGIN_DAYS) return 'at risk'
  return 'on track'
}

/** Burn rate, projection and status together, as the board shows them. */
export function measurePace(input: PaceInput): Pace {
  return {
    burnRate: burnRate(input),
    projectedCompletion: projectCompletion(input),
    status: progressStatus(input),
  }
}
