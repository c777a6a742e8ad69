import { describe, expect, it } from 'vitest'
import {
  AT_RISK_MARGIN_DAYS,
  burnRate,
  measurePace,
  progressStatus,
  projectCompletion,
  type PaceInput,
} from '../../../src/core/leaderboard/burn-rate.js'

const TODAY = '2026-03-02'
/** 4 jobs done in 4 weeks: 1 job a week. */
const base: PaceInput = {
  jobs: 10,
  dropped: 0,
  remaining: 3,
  doneInWindow: 4,
  weeks: 4,
  today: TODAY,
  deadline: null,
}

describe('burnRate', () => {
  it('is the jobs done in the window per week', () => {
    expect(burnRate({ doneInWindow: 6, weeks: 4 })).toBe(1.5)
    expect(burnRate({ doneInWindow: 0, weeks: 4 })).toBe(0)
    expect(burnRate({ doneInWindow: 3, weeks: 0 })).toBe(0) // no window: no rate, never Infinity
  })
})

describe('projectCompletion', () => {
  it('adds remaining / rate weeks to today', () => {
    expect(projectCompletion(base)).toBe('2026-03-23') // 3 jobs at 1 a week: 21 days
  })

  it('rounds partial days up', () => {
    // 1 job at 3 per 4 weeks: 28 / 3 = 9.33 days, so day 10.
    expect(projectCompletion({ ...base, remaining: 1, doneInWindow: 3 })).toBe('2026-03-12')
  })

  it('crosses month and year ends', () => {
    expect(projectCompletion({ ...base, remaining: 1, today: '2026-12-30' })).toBe('2027-01-06')
  })

  it('is null when nothing remains or nothing was done in the window', () => {
    expect(projectCompletion({ ...base, remaining: 0 })).toBeNull()
    expect(projectCompletion({ ...base, doneInWindow: 0 })).toBeNull()
  })
})

describe('progressStatus', () => {
  it.each<[string, Partial<PaceInput>, string]>([
    ['no jobs at all', { jobs: 0, remaining: 0, doneInWindow: 0 }, 'no progress'],
    ['every job dropped', { jobs: 0, dropped: 3, remaining: 0, doneInWindow: 0 }, 'done'],
    ['nothing remains', { remaining: 0 }, 'done'],
    ['nothing remains, even after the deadline', { remaining: 0, deadline: '2026-01-01' }, 'done'],
    ['the deadline was yesterday and jobs remain', { deadline: '2026-03-01' }, 'late'],
    ['the deadline passed and nothing is moving', { deadline: '2026-03-01', doneInWindow: 0 }, 'late'],
    [
      'nothing done in the window, deadline ahead',
      { doneInWindow: 0, deadline: '2026-12-31' },
      'no progress',
    ],
    ['nothing done in the window, no deadline', { doneInWindow: 0 }, 'no progress'],
    ['moving, no deadline', {}, 'on track'],
  ])('%s → %s', (_case, input, status) => {
    expect(progressStatus({ ...base, ...input })).toBe(status)
  })

  // Projection is 2026-03-23 (3 jobs at 1 a week).
  it.each<[string, string]>([
    ['2026-03-30', 'on track'], // projected exactly AT_RISK_MARGIN_DAYS before the deadline
    ['2026-03-29', 'at risk'], // one day inside the margin
    ['2026-03-23', 'at risk'], // projected on the deadline
    ['2026-03-22', 'late'], // projected one day after the deadline
    ['2026-03-02', 'late'], // deadline today: not passed yet, but projected 21 days after it
  ])('with the deadline %s → %s', (deadline, status) => {
    expect(progressStatus({ ...base, deadline })).toBe(status)
  })

  it('is late as soon as the projection lands after the deadline, however close', () => {
    // 20 jobs at 1 a week: 140 days, projected 2026-07-20.
    const slow = { ...base, remaining: 20 }
    expect(projectCompletion(slow)).toBe('2026-07-20')
    expect(progressStatus({ ...slow, deadline: '2026-07-20' })).toBe('at risk') // on the deadline
    expect(progressStatus({ ...slow, deadline: '2026-07-19' })).toBe('late') // one day after
  })

  it('uses a one-week margin', () => {
    expect(AT_RISK_MARGIN_DAYS).toBe(7)
  })

  it('throws a prefixed error for a malformed today (a programmer error)', () => {
    expect(() => progressStatus({ ...base, today: 'tomorrow' })).toThrow(/\[strategy-trace\] today/)
  })
})

describe('measurePace', () => {
  it('combines rate, projection and status', () => {
    expect(measurePace({ ...base, deadline: '2026-06-30' })).toEqual({
      burnRate: 1,
      projectedCompletion: '2026-03-23',
      status: 'on track',
    })
  })
})
