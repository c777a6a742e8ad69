import { describe, expect, it } from 'vitest'
import { formatCount } from '../../src/core/format-count.js'

describe('formatCount', () => {
  it("writes whole numbers as toLocaleString('en') does", () => {
    const numbers = [0, 7, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 29_000, -1, -1000, -1_234_567]
    for (let n = 1; n < Number.MAX_SAFE_INTEGER / 7; n = n * 7 + 3) numbers.push(n, -n)
    for (const n of numbers) expect(formatCount(n), String(n)).toBe(n.toLocaleString('en'))
  })

  it('leaves fractions and huge numbers to toLocaleString', () => {
    expect(formatCount(1234.5)).toBe((1234.5).toLocaleString('en'))
    expect(formatCount(2 ** 60)).toBe((2 ** 60).toLocaleString('en'))
  })
})
