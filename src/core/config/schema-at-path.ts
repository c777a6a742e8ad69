import { z } from 'zod'
import type { PathSegment } from './yaml-positions.js'

/** A schema with its wrappers (default, optional, …) removed, and the first description found on them. */
export interface SchemaInfo {
  schema: z.ZodType
  description: string | undefined
  /** `null` is accepted (a `.nullable()` wrapper was removed). */
  nullable: boolean
  /** The key may be left out (it has a default or is optional). */
  optional: boolean
}

/** Removes `.default()`, `.prefault()`, `.optional()`, `.nullable()` and pipes, keeping the description. */
export function unwrapSchema(schema: z.ZodType): SchemaInfo {
  let current: z.ZodType = schema
  const info = { description: schema.description, nullable: false, optional: false }
  for (;;) {
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodOptional
    ) {
      info.optional = true
      current = current.def.innerType as z.ZodType
    } else if (current instanceof z.ZodNullable) {
      info.nullable = true
      current = current.def.innerType as z.ZodType
    } else if (current instanceof z.ZodPipe) {
      current = current.def.in as z.ZodType
    } else {
      return { schema: current, ...info }
    }
    info.description ??= current.description
  }
}

/**
 * The schema that validates the value at `path` (mapping keys and list indexes), or null when the
 * path leaves the schema.
 *
 * @example schemaAt(strategyConfigSchema, ['themes', 0, 'status'])?.description
 */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[]): SchemaInfo | null {
  let info = unwrapSchema(root)
  for (const segment of path) {
    const next = childSchema(info.schema, segment)
    if (next === null) return null
    info = unwrapSchema(next)
  }
  return info
}

function childSchema(schema: z.ZodType, segment: PathSegment): z.ZodType | null {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>
    return Object.prototype.hasOwnProperty.call(shape, segment) ? (shape[segment] ?? null) : null
  }
  if (schema instanceof z.ZodArray && typeof segment === 'number') return schema.element as z.ZodType
  if (schema instanceof z.ZodRecord) return schema.def.valueType as z.ZodType
  return null
}

/** The keys an object schema allows, in declaration order; [] for anything else. */
export function allowedKeys(schema: z.ZodType): string[] {
  const { schema: inner } = unwrapSchema(schema)
  return inner instanceof z.ZodObject ? Object.keys(inner.shape as object) : []
}

/**
 * Where a key is allowed in the mappings nested below an object schema (not inside lists), as a
 * path such as `['pull_requests', 'exempt']`, when it is allowed in exactly one such place; helps
 * with keys written at the wrong level.
 *
 * @example findKeyBelow(strategyConfigSchema, 'exempt') // ['pull_requests', 'exempt']
 */
export function findKeyBelow(schema: z.ZodType, key: string): string[] | null {
  const found = keyPlacesBelow(schema).get(key)
  return found?.length === 1 ? (found[0] ?? null) : null
}

/** Every key's places below a schema, built once per schema: a file may hold thousands of unknown keys. */
const placesBySchema = new WeakMap<z.ZodType, Map<string, string[][]>>()

function keyPlacesBelow(schema: z.ZodType): Map<string, string[][]> {
  const cached = placesBySchema.get(schema)
  if (cached !== undefined) return cached
  const places = new Map<string, string[][]>()
  const queue: { schema: z.ZodType; path: string[] }[] = [{ schema, path: [] }]
  for (let i = 0; i < queue.length; i++) {
    const { schema: next, path } = queue[i] as { schema: z.ZodType; path: string[] }
    const { schema: inner } = unwrapSchema(next)
    if (!(inner instanceof z.ZodObject)) continue
    for (const [name, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      if (path.length > 0) places.set(name, [...(places.get(name) ?? []), [...path, name]])
      queue.push({ schema: child, path: [...path, name] })
    }
  }
  placesBySchema.set(schema, places)
  return places
}
