import { z } from 'zod'

/**
 * Config for the board's "Strategy at a glance" header and the weekly digest, kept apart from
 * config.schema.ts so the main schema only wires them in.
 */

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

export type Weekday = (typeof WEEKDAYS)[number]

/** Monday is 1 … Sunday is 7, as in ISO 8601. */
export function isoWeekday(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1
}

export const themeMetricSchema = z
  .object({
    name: z.string().min(1).describe('What is measured, e.g. "p95 API latency (ms)".'),
    current: z
      .union([z.number(), z.string().min(1)])
      .describe('Where it stands today, e.g. 240 or "SOC 2 Type I".'),
    target: z.union([z.number(), z.string().min(1)]).describe('Where it must be by the date, e.g. 200.'),
    by: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. 2027-06-30')
      .optional()
      .describe("Date the target is due, YYYY-MM-DD; default: the theme's horizon."),
  })
  .strict()

export const themeMetricsSchema = z
  .array(themeMetricSchema)
  .max(10)
  .optional()
  .describe('Key results shown current vs target in the board\'s "Strategy at a glance" header (at most 10).')

export const digestSchema = z
  .object({
    day: z
      .enum(WEEKDAYS)
      .default('monday')
      .describe("Weekday from which the week's digest is posted (it covers the 7 days ending on that day)."),
    mention_leaders: z
      .boolean()
      .default(false)
      .describe(
        'Mention the leaders of late teams once in the digest (otherwise names are shown without pinging).',
      ),
  })
  .strict()
  .optional()
  .describe('A weekly digest comment on the tracking issue; absent: no digest.')

export type ThemeMetric = z.output<typeof themeMetricSchema>
export type DigestConfig = NonNullable<z.output<typeof digestSchema>>
