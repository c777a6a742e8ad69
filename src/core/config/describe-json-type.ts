/** The parts of a JSON Schema that `z.toJSONSchema` produces for the strategy config. */
export interface JsonSchema {
  type?: string
  description?: string
  default?: unknown
  enum?: unknown[]
  anyOf?: JsonSchema[]
  pattern?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  additionalProperties?: boolean | JsonSchema
  minItems?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
}

const PATTERN_NAMES: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'date `YYYY-MM-DD`',
  '^[a-z0-9][a-z0-9-]*$': 'slug',
}

/**
 * What a JSON Schema accepts, in the words of the config reference: `text`, `slug`,
 * `list of text (at least 1)`, `` `active` or `retired` ``, `integer > 0 or null`.
 *
 * @example describeJsonType({ type: 'array', items: { type: 'string' } }) // 'list of text'
 */
export function describeJsonType(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(describeJsonType).join(' or ')
  if (schema.enum) return orList(schema.enum.map((v) => `\`${String(v)}\``))
  switch (schema.type) {
    case 'string':
      return schema.pattern === undefined
        ? 'text'
        : (PATTERN_NAMES[schema.pattern] ?? `text matching \`${schema.pattern}\``)
    case 'integer':
    case 'number':
      return [schema.type, ...bounds(schema)].join(' ')
    case 'array': {
      const items = schema.items ? describeJsonType(schema.items) : 'values'
      const min = schema.minItems ? ` (at least ${schema.minItems})` : ''
      return `list of ${schema.items?.properties ? 'mappings' : items}${min}`
    }
    case 'object':
      if (schema.properties) return 'mapping'
      return typeof schema.additionalProperties === 'object'
        ? `mapping of text to ${describeJsonType(schema.additionalProperties)}`
        : 'mapping'
    case 'null':
      return '`null`'
    default:
      return schema.type ?? 'any value'
  }
}

function bounds(schema: JsonSchema): string[] {
  const parts: string[] = []
  if (schema.exclusiveMinimum !== undefined) parts.push(`> ${schema.exclusiveMinimum}`)
  if (schema.minimum !== undefined && schema.minimum > -Number.MAX_SAFE_INTEGER)
    parts.push(`≥ ${schema.minimum}`)
  // zod adds the safe-integer limits to every `.int()`; they say nothing to a reader.
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER)
    parts.push(`≤ ${schema.maximum}`)
  if (schema.exclusiveMaximum !== undefined) parts.push(`< ${schema.exclusiveMaximum}`)
  return parts.length === 0 ? [] : [parts.join(', ')]
}

/** `a`, `a or b`, `a, b or c`. */
function orList(items: string[]): string {
  return items.length <= 2 ? items.join(' or ') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}
