import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError, type CliIo } from './cli-types.js'
import { isCalendarDate } from '../core/config/calendar-date.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * `node:util` parseArgs in strict mode, with its errors turned into a `UsageError` (one line, exit 2).
 * `--help`/`-h` is accepted by every command.
 */
export function parseCliArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, '.'))
  }
}

/** Checks a `--name value` option against a fixed list. */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} is "${value}", which is not one of: ${allowed.join(', ')}.`)
}

/** `--today YYYY-MM-DD` (checks as of that date), or the clock's today. */
export function readTodayOption(value: string | undefined, io: Pick<CliIo, 'today'>): string {
  if (value === undefined) return io.today()
  // Arithmetic, not Date.parse: parsing a date string first loads time zone data (a cold start's milliseconds).
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value)
  if (!valid)
    throw new UsageError(`--today is "${value}", which is not a date written YYYY-MM-DD, e.g. 2026-03-14.`)
  return value
}
