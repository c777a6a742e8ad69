import { isCalendarDate } from './calendar-date.js'

/**
 * The config schema as plain data (no zod), written from src/core/config/config.schema.ts by
 * `npm run schemas` into config-spec.generated.ts (see derive-config-spec.ts). It lets a command
 * validate a valid config without loading zod, which is most of a CLI cold start: `validateBySpec`
 * accepts only what the zod schema accepts, with the same output; anything else (every invalid
 * config, and anything unusual) returns null and the caller runs the zod schema for the messages.
 */
export type SpecNode =
  | {
      type: 'string'
      minLength?: number
      maxLength?: number
      patterns?: { source: string; flags: string }[]
      calendarDate?: true
    }
  | { type: 'number'; integer?: true; greaterThan?: SpecBound; lessThan?: SpecBound }
  | { type: 'boolean' }
  | { type: 'enum'; values: string[] }
  | { type: 'array'; element: SpecNode; minLength?: number; maxLength?: number }
  | { type: 'record'; value: SpecNode }
  | { type: 'union'; options: SpecNode[] }
  | { type: 'nullable'; inner: SpecNode }
  | { type: 'object'; keys: SpecKey[] }

export interface SpecBound {
  value: number
  inclusive: boolean
}

/** A key of a strict object: what happens when it is absent (`default` is the output as is, `prefault` is parsed). */
export interface SpecKey {
  key: string
  node: SpecNode
  absent: 'required' | 'optional' | 'default' | 'prefault'
  value?: unknown
}

/** Nothing the fast path can vouch for: the caller runs the zod schema. */
const NO = Symbol('no')
type Result = unknown | typeof NO

const regexCache = new Map<string, RegExp>()

function regex(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`
  let compiled = regexCache.get(key)
  if (compiled === undefined) {
    compiled = new RegExp(source, flags)
    regexCache.set(key, compiled)
  }
  return compiled
}

/**
 * The value the zod schema the spec was derived from would output for `data`, or null when the fast
 * path cannot vouch for it (invalid, or outside what it models). Never throws.
 *
 * @example validateBySpec(CONFIG_SPEC, { themes: [{ id: 'a', name: 'A' }] })?.pull_requests.require_theme // true
 */
export function validateBySpec(spec: SpecNode, data: unknown): unknown {
  const result = run(spec, data)
  return result === NO ? null : result
}

function run(node: SpecNode, value: unknown): Result {
  switch (node.type) {
    case 'string':
      return checkString(node, value)
    case 'number':
      return checkNumber(node, value)
    case 'boolean':
      return typeof value === 'boolean' ? value : NO
    case 'enum':
      return typeof value === 'string' && node.values.includes(value) ? value : NO
    case 'nullable':
      return value === null ? null : run(node.inner, value)
    case 'union':
      for (const option of node.options) {
        const result = run(option, value)
        if (result !== NO) return result
      }
      return NO
    case 'array':
      return checkArray(node, value)
    case 'record':
      return checkRecord(node, value)
    case 'object':
      return checkObject(node, value)
  }
}

function checkString(node: Extract<SpecNode, { type: 'string' }>, value: unknown): Result {
  if (typeof value !== 'string') return NO
  if (node.minLength !== undefined && value.length < node.minLength) return NO
  if (node.maxLength !== undefined && value.length > node.maxLength) return NO
  for (const { source, flags } of node.patterns ?? []) {
    const pattern = regex(source, flags)
    pattern.lastIndex = 0
    if (!pattern.test(value)) return NO
  }
  if (node.calendarDate && !isCalendarDate(value)) return NO
  return value
}

function checkNumber(node: Extract<SpecNode, { type: 'number' }>, value: unknown): Result {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO
  if (node.integer && !Number.isSafeInteger(value)) return NO
  const { greaterThan: low, lessThan: high } = node
  if (low && !(low.inclusive ? value >= low.value : value > low.value)) return NO
  if (high && !(high.inclusive ? value <= high.value : value < high.value)) return NO
  return value
}

function checkArray(node: Extract<SpecNode, { type: 'array' }>, value: unknown): Result {
  if (!Array.isArray(value)) return NO
  if (node.minLength !== undefined && value.length < node.minLength) return NO
  if (node.maxLength !== undefined && value.length > node.maxLength) return NO
  const out: unknown[] = []
  for (const item of value) {
    const result = run(node.element, item)
    if (result === NO) return NO
    out.push(result)
  }
  return out
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

function checkRecord(node: Extract<SpecNode, { type: 'record' }>, value: unknown): Result {
  if (!isPlainRecord(value)) return NO
  const keys = Reflect.ownKeys(value)
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    if (typeof key !== 'string' || key === '__proto__') return NO
    const result = run(node.value, value[key])
    if (result === NO) return NO
    out[key] = result
  }
  return out
}

function checkObject(node: Extract<SpecNode, { type: 'object' }>, value: unknown): Result {
  if (!isPlainRecord(value)) return NO
  const known = new Set(node.keys.map((k) => k.key))
  for (const key of Reflect.ownKeys(value)) if (typeof key !== 'string' || !known.has(key)) return NO
  const out: Record<string, unknown> = {}
  for (const { key, node: child, absent, value: fallback } of node.keys) {
    const present = Object.hasOwn(value, key) && value[key] !== undefined
    let result: Result
    if (present) result = run(child, value[key])
    else if (absent === 'optional') continue
    else if (absent === 'default') result = structuredClone(fallback)
    else if (absent === 'prefault') result = run(child, structuredClone(fallback))
    else return NO
    if (result === NO) return NO
    out[key] = result
  }
  return out
}

/**
 * The output of one top-level section of `spec` when the config leaves it out (its defaults), or null
 * when the section has no default.
 *
 * @example sectionDefaults(CONFIG_SPEC, 'adrs')?.statuses // ['proposed', 'accepted', …]
 */
export function sectionDefaults(spec: SpecNode, key: string): unknown {
  const entry = spec.type === 'object' ? spec.keys.find((k) => k.key === key) : undefined
  if (entry === undefined) return null
  if (entry.absent === 'default') return structuredClone(entry.value)
  if (entry.absent === 'prefault') return validateBySpec(entry.node, structuredClone(entry.value))
  return null
}
