import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/cli/cli-types.js'
import { readTodayOption } from '../../src/cli/parse-cli-args.js'

const io = { today: () => '2026-06-01' }

/** What Date says: the text round-trips through a UTC date. */
function dateSays(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text)
}

describe('readTodayOption', () => {
  it('takes the clock without --today', () => {
    expect(readTodayOption(undefined, io)).toBe('2026-06-01')
  })

  it('accepts exactly the calendar dates Date accepts, in YYYY-MM-DD', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    for (const year of [1900, 2000, 2024, 2026, 2027, 2100, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
          if (dateSays(text)) expect(readTodayOption(text, io)).toBe(text)
          else expect(() => readTodayOption(text, io), text).toThrow(UsageError)
        }
  })

  it('refuses other shapes with the usage message', () => {
    for (const text of ['2026-6-1', '20260601', '2026-06-01T00:00', '', 'today'])
      expect(() => readTodayOption(text, io)).toThrow(
        `--today is "${text}", which is not a date written YYYY-MM-DD`,
      )
  })
})
