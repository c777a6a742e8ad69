import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  buildConfigJsonSchema,
  CONFIG_SCHEMA_ID,
  CONFIG_SCHEMA_PATH,
} from '../../../src/core/config/config-json-schema.js'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'
import { describeJsonType, type JsonSchema } from '../../../src/core/config/describe-json-type.js'
import { renderConfigReference } from '../../../src/core/config/render-config-reference.js'
import {
  CONFIG_REFERENCE_MARKERS,
  renderReadmeConfigReference,
  replaceMarkedBlock,
} from '../../../scripts/readme-config-block.js'

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')
const example = read('test/fixtures/config/complete.yml')
const STALE = 'is stale: run `npm run schemas` and commit the result'

/** Every key of every mapping in the schema, as `[sectionKey, key]` pairs. */
function allKeys(schema: JsonSchema): string[] {
  const keys: string[] = []
  const queue: JsonSchema[] = [schema]
  while (queue.length > 0) {
    const next = queue.shift() as JsonSchema
    for (const [key, child] of Object.entries(next.properties ?? {})) {
      keys.push(key)
      queue.push(child, ...(child.items ? [child.items] : []))
    }
  }
  return keys
}

describe('generated config files', () => {
  it(`${CONFIG_SCHEMA_PATH} is fresh`, () => {
    const expected = `${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`
    expect(read(CONFIG_SCHEMA_PATH), `${CONFIG_SCHEMA_PATH} ${STALE}`).toBe(expected)
  })

  it('docs/CONFIG.md is fresh', () => {
    const expected = renderConfigReference({ schema: buildConfigJsonSchema(), example })
    expect(read('docs/CONFIG.md'), `docs/CONFIG.md ${STALE}`).toBe(expected)
  })

  it('the configuration reference in README.md is fresh', () => {
    const readme = read('README.md')
    const block = renderReadmeConfigReference(buildConfigJsonSchema())
    expect(readme, `README.md's configuration reference ${STALE}`).toBe(
      replaceMarkedBlock(readme, block, 'README.md'),
    )
    expect(readme).toContain(
      `${CONFIG_REFERENCE_MARKERS.start}\n${block.trimEnd()}\n${CONFIG_REFERENCE_MARKERS.end}`,
    )
  })

  it('renders the README block with the same tables as docs/CONFIG.md, one heading level down', () => {
    const schema = buildConfigJsonSchema() as JsonSchema
    const block = renderReadmeConfigReference(schema)
    for (const key of allKeys(schema)) expect(block).toContain(`| \`${key}\` |`)
    const tables = (text: string) => text.split('\n').filter((line) => line.startsWith('|'))
    const reference = renderConfigReference({ schema, example })
    const keyTables = reference.slice(0, reference.indexOf('## Sharing a config'))
    expect(tables(block)).toEqual(tables(keyTables))
    expect(block).toContain('### `themes[]` (each entry)')
    expect(block).not.toMatch(/^## /m)
  })

  it('replaces only what lies between the README markers, and refuses a README without them', () => {
    const { start, end } = CONFIG_REFERENCE_MARKERS
    const text = `# Title\n\n${start}\nold\n${end}\n\nafter\n`
    expect(replaceMarkedBlock(text, 'new\n', 'X.md')).toBe(`# Title\n\n${start}\nnew\n${end}\n\nafter\n`)
    expect(() => replaceMarkedBlock('# Title\n', 'new', 'X.md')).toThrow(/X\.md must contain the line/)
    expect(() => replaceMarkedBlock(`${start}\n${end}\n${start}\n${end}\n`, 'new', 'X.md')).toThrow(
      /found 2 and 2/,
    )
    expect(() => replaceMarkedBlock(`${end}\n${start}\n`, 'new', 'X.md')).toThrow(/found 1 and 1/)
  })

  it('renders the same bytes every time', () => {
    const render = () => renderConfigReference({ schema: buildConfigJsonSchema(), example })
    expect(render()).toBe(render())
    expect(JSON.stringify(buildConfigJsonSchema())).toBe(JSON.stringify(buildConfigJsonSchema()))
  })

  it('describes the input side of the zod schema, with an id and a title', () => {
    const schema = buildConfigJsonSchema() as JsonSchema & Record<string, unknown>
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: CONFIG_SCHEMA_ID,
      title: 'Strategy Trace config',
      type: 'object',
      required: ['themes'],
      additionalProperties: false,
    })
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(strategyConfigSchema.shape))
    expect(schema.properties?.pull_requests?.properties?.sources?.default).toEqual([
      'label',
      'title',
      'body',
      'branch',
    ])
  })

  it('documents every key with its type and description, and the complete example', () => {
    const schema = buildConfigJsonSchema() as JsonSchema
    const reference = renderConfigReference({ schema, example })
    for (const key of allKeys(schema)) expect(reference).toContain(`| \`${key}\` |`)
    expect(reference).toContain('| `status` | `active` or `retired` | `active` |')
    expect(reference).toContain('| `horizon` | date `YYYY-MM-DD` | (none) |')
    expect(reference).toContain('| `review_after_days` | integer > 0 or `null` | `365` |')
    expect(reference).toContain(`\`\`\`yaml\n${example.trimEnd()}\n\`\`\``)
  })
})

describe('describeJsonType', () => {
  it.each<[JsonSchema, string]>([
    [{ type: 'string' }, 'text'],
    [{ type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' }, 'slug'],
    [{ type: 'string', pattern: '^x+$' }, 'text matching `^x+$`'],
    [{ type: 'string', enum: ['a', 'b', 'c'] }, '`a`, `b` or `c`'],
    [{ type: 'array', items: { type: 'string' }, minItems: 1 }, 'list of text (at least 1)'],
    [{ type: 'array', items: { type: 'object', properties: {} } }, 'list of mappings'],
    [{ type: 'integer', exclusiveMinimum: 0, maximum: 52 }, 'integer > 0, ≤ 52'],
    [{ type: 'object', additionalProperties: { type: 'string' } }, 'mapping of text to text'],
    [{ anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, 'text or list of text'],
  ])('describes %j as %j', (schema, expected) => {
    expect(describeJsonType(schema)).toBe(expected)
  })
})
