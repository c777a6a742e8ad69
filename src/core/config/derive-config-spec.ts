import type { z } from 'zod'
import { isCalendarDate } from './calendar-date.js'
import type { SpecBound, SpecKey, SpecNode } from './config-spec.js'

/**
 * The plain-data spec of a zod schema (see config-spec.ts), for `npm run schemas` to write into
 * config-spec.generated.ts. Throws on any zod feature the fast path does not model (a transform, an
 * unknown refinement, a non-strict object…), so a schema change can never make the fast path accept
 * what zod rejects: extend `validateBySpec` and this function together.
 *
 * @example deriveConfigSpec(z.strictObject({ id: z.string().min(1) }))
 * // { type: 'object', keys: [{ key: 'id', absent: 'required', node: { type: 'string', minLength: 1 } }] }
 */
export function deriveConfigSpec(schema: z.ZodType, at = '(root)'): SpecNode {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>
  const checks = (def.checks ?? []) as z.core.$ZodCheck[]
  switch (def.type) {
    case 'string':
      return deriveString(checks, at)
    case 'number':
      return deriveNumber(checks, at)
    case 'boolean':
      return noChecks(checks, at, { type: 'boolean' })
    case 'enum': {
      const values = Object.values(def.entries as Record<string, unknown>)
      if (!values.every((v): v is string => typeof v === 'string')) unsupported(at, 'a non-text enum')
      return noChecks(checks, at, { type: 'enum', values })
    }
    case 'nullable':
      return noChecks(checks, at, {
        type: 'nullable',
        inner: deriveConfigSpec(def.innerType as z.ZodType, at),
      })
    case 'union':
      return noChecks(checks, at, {
        type: 'union',
        options: (def.options as z.ZodType[]).map((option) => deriveConfigSpec(option, at)),
      })
    case 'array': {
      const node: SpecNode = { type: 'array', element: deriveConfigSpec(def.element as z.ZodType, `${at}[]`) }
      for (const check of checks) {
        const c = checkDef(check)
        if (c.check === 'min_length' && typeof c.minimum === 'number') node.minLength = c.minimum
        else if (c.check === 'max_length' && typeof c.maximum === 'number') node.maxLength = c.maximum
        else unsupported(at, `the array check ${String(c.check)}`)
      }
      return node
    }
    case 'record': {
      const key = (def.keyType as z.ZodType)._zod.def
      if (key.type !== 'string' || (key.checks ?? []).length > 0)
        unsupported(at, 'a record key other than text')
      return noChecks(checks, at, {
        type: 'record',
        value: deriveConfigSpec(def.valueType as z.ZodType, `${at}.*`),
      })
    }
    case 'object': {
      const catchall = (def.catchall as z.ZodType | undefined)?._zod.def.type
      if (catchall !== 'never') unsupported(at, 'an object that is not strict')
      const shape = def.shape as Record<string, z.ZodType>
      return noChecks(checks, at, {
        type: 'object',
        keys: Object.entries(shape).map(([key, child]) =>
          deriveKey(key, child, `${at === '(root)' ? '' : `${at}.`}${key}`),
        ),
      })
    }
    default:
      return unsupported(at, `the zod type ${def.type}`)
  }
}

function deriveKey(key: string, schema: z.ZodType, at: string): SpecKey {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>
  if (def.type === 'optional')
    return { key, absent: 'optional', node: deriveConfigSpec(def.innerType as z.ZodType, at) }
  if (def.type === 'default' || def.type === 'prefault') {
    // zod computes a function default on each read; the spec keeps one read, so it must be plain data.
    const json = JSON.stringify(def.defaultValue)
    if (json === undefined || json !== JSON.stringify(def.defaultValue))
      unsupported(at, 'a default that is not plain data')
    return {
      key,
      absent: def.type,
      value: JSON.parse(json) as unknown,
      node: deriveConfigSpec(def.innerType as z.ZodType, at),
    }
  }
  return { key, absent: 'required', node: deriveConfigSpec(schema, at) }
}

function deriveString(checks: z.core.$ZodCheck[], at: string): SpecNode {
  const node: Extract<SpecNode, { type: 'string' }> = { type: 'string' }
  for (const check of checks) {
    const c = checkDef(check)
    if (c.check === 'min_length' && typeof c.minimum === 'number') node.minLength = c.minimum
    else if (c.check === 'max_length' && typeof c.maximum === 'number') node.maxLength = c.maximum
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp)
      (node.patterns ??= []).push({ source: c.pattern.source, flags: c.pattern.flags })
    else if (c.check === 'custom' && c.fn === isCalendarDate) node.calendarDate = true
    else unsupported(at, `the text check ${String(c.check)}${c.format ? ` ${String(c.format)}` : ''}`)
  }
  return node
}

function deriveNumber(checks: z.core.$ZodCheck[], at: string): SpecNode {
  const node: Extract<SpecNode, { type: 'number' }> = { type: 'number' }
  for (const check of checks) {
    const c = checkDef(check)
    const bound = (): SpecBound => ({ value: c.value as number, inclusive: c.inclusive === true })
    if (c.check === 'number_format' && c.format === 'safeint') node.integer = true
    else if (c.check === 'greater_than' && typeof c.value === 'number') node.greaterThan = bound()
    else if (c.check === 'less_than' && typeof c.value === 'number') node.lessThan = bound()
    else unsupported(at, `the number check ${String(c.check)}`)
  }
  return node
}

function checkDef(check: z.core.$ZodCheck): Record<string, unknown> {
  return check._zod.def as unknown as Record<string, unknown>
}

function noChecks(checks: z.core.$ZodCheck[], at: string, node: SpecNode): SpecNode {
  if (checks.length > 0) unsupported(at, `a check on ${node.type}`)
  return node
}

function unsupported(at: string, what: string): never {
  throw new Error(
    `[strategy-trace] deriveConfigSpec: ${at} uses ${what}, which the schema-free fast path (config-spec.ts) does not model. Model it there and in derive-config-spec.ts.`,
  )
}
