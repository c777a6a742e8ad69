import { describe, expect, it } from 'vitest'
import { burndownSeries, MAX_BURNDOWN_POINTS } from '../../../src/core/leaderboard/burndown.js'
import { toDayNumber } from '../../../src/core/leaderboard/day-number.js'

const day = (date: string): number => toDayNumber(date) as number
const TODAY = day('2026-03-02')

describe('burndownSeries', () => {
  it('is empty without jobs', () => {
    expect(burndownSeries([], TODAY)).toEqual([])
  })

  it('steps weekly from the first creation and ends today', () => {
    const jobs = [
      { created: day('2026-02-02'), closed: day('2026-02-10') }, // done in week 2
      { created: day('2026-02-02'), closed: null },
      { created: day('2026-02-12'), closed: day('2026-03-01') }, // created later, closed in week 4
    ]
    expect(burndownSeries(jobs, TODAY)).toEqual([
      { date: '2026-02-02', scope: 2, done: 0, remaining: 2 },
      { date: '2026-02-09', scope: 2, done: 0, remaining: 2 },
      { date: '2026-02-16', scope: 3, done: 1, remaining: 2 }, // one closed, one created
      { date: '2026-02-23', scope: 3, done: 1, remaining: 2 },
      { date: '2026-03-02', scope: 3, done: 2, remaining: 1 },
    ])
  })

  it('adds today after the last full week', () => {
    const points = burndownSeries([{ created: day('2026-02-20'), closed: null }], TODAY)
    expect(points.map((point) => point.date)).toEqual(['2026-02-20', '2026-02-27', '2026-03-02'])
  })

  it('counts a job closed on a point day as gone at the end of that day', () => {
    const points = burndownSeries([{ created: day('2026-02-23'), closed: day('2026-03-02') }], TODAY)
    expect(points).toEqual([
      { date: '2026-02-23', scope: 1, done: 0, remaining: 1 },
      { date: '2026-03-02', scope: 1, done: 1, remaining: 0 },
    ])
  })

  it('is one point when the first job was created today (or in the future)', () => {
    expect(burndownSeries([{ created: TODAY + 3, closed: null }], TODAY)).toEqual([
      { date: '2026-03-02', scope: 0, done: 0, remaining: 0 },
    ])
  })

  it(`samples long migrations so a chart has at most ${MAX_BURNDOWN_POINTS} points`, () => {
    const jobs = Array.from({ length: 100 }, (_, index) => ({
      created: TODAY - 1000 + index,
      closed: index % 2 ? TODAY - 500 + index : null,
    }))
    const points = burndownSeries(jobs, TODAY)
    expect(points.length).toBeLessThanOrEqual(MAX_BURNDOWN_POINTS)
    expect(points[0]?.date).toBe('2023-06-06')
    expect(points.at(-1)).toEqual({ date: '2026-03-02', scope: 100, done: 50, remaining: 50 })
    const steps = points.slice(1, -1).map((point, index) => day(point.date) - day(points[index]?.date ?? ''))
    expect(new Set(steps)).toEqual(new Set([42]))
  })

  it('never goes below zero on inconsistent dates', () => {
    expect(burndownSeries([{ created: TODAY, closed: TODAY - 10 }], TODAY)).toEqual([
      { date: '2026-03-02', scope: 1, done: 1, remaining: 0 },
    ])
  })

  it('grows the scope as jobs are found and takes dropped jobs out of it on the day they are dropped', () => {
    const jobs = [
      { created: day('2026-02-16'), closed: day('2026-02-20'), outcome: 'done' as const },
      { created: day('2026-02-16'), closed: day('2026-02-25'), outcome: 'dropped' as const },
      { created: day('2026-02-24'), closed: null, outcome: 'remaining' as const }, // found a week later
      { created: day('2026-03-01'), closed: null }, // a detected job without an outcome: in scope
    ]
    expect(burndownSeries(jobs, TODAY)).toEqual([
      { date: '2026-02-16', scope: 2, done: 0, remaining: 2 },
      { date: '2026-02-23', scope: 2, done: 1, remaining: 1 },
      { date: '2026-03-02', scope: 3, done: 1, remaining: 2 },
    ])
  })
})
