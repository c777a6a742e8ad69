import { z } from 'zod'
import { unwrapSchema } from './schema-at-path.js'

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a mapping of keys',
  record: 'a mapping of keys',
}

/** How messages name a zod type (`expected` of an issue, or a schema's `def.type`). */
export function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected
}

/** How messages name what a schema accepts: `text`, `a list of text`, `text or a list of text`. */
export function describeSchemaType(schema: z.ZodType): string {
  const inner = unwrapSchema(schema).schema
  if (inner instanceof z.ZodUnion) return (inner.options as z.ZodType[]).map(describeSchemaType).join(' or ')
  if (!(inner instanceof z.ZodArray)) return typeName(inner.def.type)
  const element = unwrapSchema(inner.element as z.ZodType).schema
  return element.def.type === 'string' ? 'a list of text' : 'a list'
}

/** A value as messages quote it: text in quotes (shortened), numbers and booleans in code. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `\`${String(value)}\``
}

/** " Did you mean `…`?" for the schema's two formats, dates and slugs, or '' without a good guess. */
export function formatHint(pattern: string | undefined, value: unknown): string {
  if (typeof value !== 'string') return ''
  // The date pattern is the one with a four-digit year; every other format in the schema is a slug.
  const guess = pattern?.includes('\\d{4}') ? guessDate(value) : guessSlug(value)
  return guess !== null && guess !== value ? ` Did you mean \`${guess}\`?` : ''
}

function guessSlug(value: string): string | null {
  const slug = value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? null : slug
}

/** Only year-first forms get a guess: `03/04/2027` could mean March or April. */
function guessDate(value: string): string | null {
  const date = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(value.trim())
  if (!date) return null
  return `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}`
}
