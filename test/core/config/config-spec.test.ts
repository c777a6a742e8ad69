import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { checkConfigSemantics } from '../../../src/core/config/check-config-semantics.js'
import { ConfigError } from '../../../src/core/config/config-error.js'
import { sectionDefaults, validateBySpec } from '../../../src/core/config/config-spec.js'
import { CONFIG_SPEC } from '../../../src/core/config/config-spec.generated.js'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'
import { deriveConfigSpec } from '../../../src/core/config/derive-config-spec.js'
import { parseConfig } from '../../../src/core/config/parse-config.js'
import { parseValidConfig } from '../../../src/core/config/read-config.js'
import { createDefaultConfig } from '../../../src/jobs/default-config.js'

const FIXTURES = new URL('../../fixtures/', import.meta.url)

/** Every config file among the fixtures: test/fixtures/config/*.yml and each fixture repository's. */
function fixtureConfigs(): { name: string; text: string }[] {
  const configs = readdirSync(new URL('config/', FIXTURES)).map((name) => `config/${name}`)
  const repos = readdirSync(new URL('repos/', FIXTURES)).map((name) => `repos/${name}/.github/strategy.yml`)
  return [...configs, ...repos].flatMap((name) => {
    try {
      return [{ name, text: readFileSync(new URL(name, FIXTURES), 'utf8') }]
    } catch {
      return []
    }
  })
}

/** What the zod path says: the parsed config (with the semantic checks passed), or null. */
function byZod(data: unknown): unknown {
  const result = strategyConfigSchema.safeParse(data)
  return result.success && checkConfigSemantics(result.data).length === 0 ? result.data : null
}

function byFastPath(data: unknown): unknown {
  const config = validateBySpec(CONFIG_SPEC, data)
  return config !== null && checkConfigSemantics(config as never).length === 0 ? config : null
}

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Values a config author might write in the wrong place: wrong types, edge numbers, bad dates and slugs. */
const ODD_VALUES: unknown[] = [
  null,
  '',
  'x',
  'Not A Slug',
  'global-scale',
  '2027-02-30',
  '2028-02-29',
  '2027-13-01',
  '2027-6-30',
  0,
  -1,
  1.5,
  365,
  366,
  52,
  53,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  [],
  ['label'],
  ['label', 'nope'],
  [''],
  {},
  { id: 'x', name: 'X' },
  'npm',
  'hold',
  'retired',
  'warning',
  'notice',
]

type Path = (string | number)[]

function paths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => paths(item, [...at, i]))]
  if (value !== null && typeof value === 'object')
    return [at, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))]
  return [at]
}

/** A copy of `data` with one change at `path`: a new value, the key removed, or an unknown key added. */
function mutate(data: unknown, path: Path, next: () => number): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>
  if (path.length === 0) return copy
  let parent = copy
  for (const key of path.slice(0, -1)) {
    const node = parent[key]
    if (node === null || typeof node !== 'object') return copy // an earlier change replaced the way there
    parent = node as Record<string | number, unknown>
  }
  const key = path[path.length - 1] as string | number
  const roll = next()
  if (roll < 0.15 && !Array.isArray(parent)) delete parent[key]
  else if (roll < 0.25 && !Array.isArray(parent)) parent[`${String(key)}_typo`] = parent[key]
  else parent[key] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]
  return copy
}

describe('the config spec (the schema as data, for validating without zod)', () => {
  it('is the one derived from the zod schema (else run `npm run schemas`)', () => {
    expect(CONFIG_SPEC).toEqual(deriveConfigSpec(strategyConfigSchema))
  })

  it('accepts exactly what the zod schema accepts, with the same output, over 600 mutated configs', () => {
    const complete = parse(readFileSync(new URL('config/complete.yml', FIXTURES), 'utf8')) as unknown
    const next = random(14)
    const places = paths(complete)
    const tally = { accepted: 0, rejected: 0 }
    for (let i = 0; i < 600; i++) {
      let data = complete
      for (let changes = 1 + Math.floor(next() * 2); changes > 0; changes--)
        data = mutate(data, places[Math.floor(next() * places.length)] ?? [], next)
      const expected = byZod(data)
      const actual = byFastPath(data)
      // The same keys in the same order as zod's output, not only equal values.
      expect(JSON.stringify(actual), JSON.stringify(data)).toBe(JSON.stringify(expected))
      tally[expected === null ? 'rejected' : 'accepted']++
    }
    expect(tally.accepted).toBeGreaterThan(60)
    expect(tally.rejected).toBeGreaterThan(60)
  })

  it('reads every fixture config as parseConfig does; an invalid one is left to parseConfig', () => {
    const configs = fixtureConfigs()
    expect(configs.length).toBeGreaterThanOrEqual(6)
    for (const { name, text } of configs) {
      let expected: unknown = null
      let error: string | null = null
      try {
        expected = parseConfig(text, name)
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e
        error = e.message
      }
      let actual: unknown = null
      try {
        actual = parseValidConfig(text, name)
      } catch (e) {
        // YAML problems throw before validation, as parseConfig's do.
        expect(e instanceof ConfigError && e.message, name).toBe(error)
        continue
      }
      expect(JSON.stringify(actual), name).toBe(JSON.stringify(expected))
    }
  })

  it('fills an absent section with the schema defaults', () => {
    for (const key of ['pull_requests', 'adrs', 'decisions', 'technologies', 'migrations', 'leaderboard']) {
      const schema = strategyConfigSchema.shape[key as keyof typeof strategyConfigSchema.shape]
      expect(sectionDefaults(CONFIG_SPEC, key), key).toEqual(schema.parse(undefined))
    }
    expect(sectionDefaults(CONFIG_SPEC, 'themes')).toBeNull()
    const zodDefaults = strategyConfigSchema.parse({ themes: [{ id: 'unconfigured', name: 'Unconfigured' }] })
    expect(createDefaultConfig()).toEqual({
      ...zodDefaults,
      themes: [],
      adrs: { ...zodDefaults.adrs, require_theme: false },
    })
  })

  it('models maximum lengths of lists and texts as zod does', () => {
    const schema = z.strictObject({
      a: z.array(z.string()).max(2).default([]),
      b: z.string().max(3).optional(),
    })
    const spec = deriveConfigSpec(schema)
    for (const data of [{}, { a: ['x', 'y'] }, { a: ['x', 'y', 'z'] }, { b: 'abc' }, { b: 'abcd' }]) {
      const zod = schema.safeParse(data)
      expect(validateBySpec(spec, data)).toEqual(zod.success ? zod.data : null)
    }
  })

  it('refuses to derive a spec from what it does not model', () => {
    expect(() => deriveConfigSpec(z.object({ a: z.string() }))).toThrow(
      /\(root\) uses an object that is not strict/,
    )
    expect(() => deriveConfigSpec(z.strictObject({ a: z.string().email() }))).toThrow(
      /^\[strategy-trace\].* a uses/,
    )
    expect(() => deriveConfigSpec(z.strictObject({ a: z.string().refine((s) => s !== 'x') }))).toThrow(
      /a uses the text check custom/,
    )
    expect(() => deriveConfigSpec(z.strictObject({ a: z.string().transform((s) => s.length) }))).toThrow(
      /a uses the zod type pipe/,
    )
    let reads = 0
    expect(() => deriveConfigSpec(z.strictObject({ a: z.number().default(() => ++reads) }))).toThrow(
      /a default that is not plain data/,
    )
  })
})
