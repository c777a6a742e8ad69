import { describe, expect, it } from 'vitest'
import { fromDayNumber, toDayNumber } from '../../../src/core/leaderboard/day-number.js'

describe('toDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11_016],
    ['2026-03-02', 20_514],
    ['2026-03-02T23:59:59Z', 20_514],
  ])('%s → %d', (text, day) => {
    expect(toDayNumber(text)).toBe(day)
  })

  it.each(['', 'soon', '2026-13-01', '2026-00-10', '2026-01-32', '26-03-02'])('rejects %j', (text) => {
    expect(toDayNumber(text)).toBeNull()
  })

  it('round-trips every day of four years through fromDayNumber', () => {
    const start = toDayNumber('2024-01-01') as number
    for (let day = start; day < start + 4 * 366; day++) expect(toDayNumber(fromDayNumber(day))).toBe(day)
  })
})
