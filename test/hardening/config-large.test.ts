/**
 * Large configs, as the speed fixes of `src/core/config` handle them (timing itself is measured by
 * config-fuzz's large set): the size limits and what fits under them, a file read once by
 * `readConfigDocument` then `parseConfig`, and thousands of themes, migrations and problems, whose
 * checks and messages are the same as for a few.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConfigError, MAX_LISTED_PROBLEMS } from '../../src/core/config/config-error.js'
import { MAX_CONFIG_ENTRIES, MAX_CONFIG_TOKENS } from '../../src/core/config/compose-yaml.js'
import { parseConfig, readConfigDocument } from '../../src/core/config/parse-config.js'
import type { ThemeConfig } from '../../src/core/config/config.schema.js'
import { createThemeResolver, resolveTheme } from '../../src/core/themes/resolve-theme.js'
import {
  atTheLimits,
  countEntries,
  countTokens,
  estimateCount,
  largestFitting,
  teamsConfig,
  underEntryLimit,
  underSizeLimits,
} from './config-inputs.js'

const FILE = '.github/strategy.yml'
const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `${line(i)}\n`).join('')

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

const problemsOf = (text: string) => errorOf(text).problems.map((p) => `${p.line}:${p.column} ${p.message}`)

describe('config loader on large files', () => {
  const tooBig = (limit: string) =>
    `1:1 The file has more than ${limit}; a strategy config has at most ${limit.includes('tokens') ? 'a hundred and fifty thousand (one listing 5,000 teams about 150,000)' : 'tens of thousands (one listing 5,000 teams about 61,000)'}. Is this the right file? If it is, shorten it (comments count too); if it lists many teams, list fewer: one entry can claim many repositories with \`repos\` globs (\`payments-*\`), and a repository no team claims counts as its own team.`
  const tokenLimit = `${MAX_CONFIG_TOKENS.toLocaleString('en')} YAML tokens (names, values, punctuation, comments and line breaks)`

  it('refuses a file over the token limit that is under the entry limit (`k: v` lines, 7 tokens each)', () => {
    const make = (count: number) => lines(count, (i) => `k${i}: v`)
    const text = make(
      largestFitting(make, underEntryLimit, estimateCount(make, countEntries, MAX_CONFIG_ENTRIES)),
    )
    expect(countTokens(text)).toBeGreaterThan(MAX_CONFIG_TOKENS)
    expect(problemsOf(text)).toEqual([tooBig(tokenLimit)])
  })

  it('accepts a 5,000-team config and the most teams under the token limit; says how to fit 9,000', () => {
    expect(parseConfig(teamsConfig(5_000), FILE).teams).toHaveLength(5_000)
    const guess = estimateCount(teamsConfig, countTokens, MAX_CONFIG_TOKENS)
    const most = largestFitting(teamsConfig, underSizeLimits, guess)
    expect(most).toBeGreaterThan(5_000)
    expect(parseConfig(teamsConfig(most), FILE).teams.at(-1)).toEqual({
      name: `Team ${most - 1}`,
      leader: `@lead-${(most - 1) % 40}`,
      repos: [`svc-${most - 1}-*`, `lib-${most - 1}`],
    })
    expect(problemsOf(teamsConfig(most + 1))).toEqual([tooBig(tokenLimit)])
    expect(problemsOf(teamsConfig(9_000))).toEqual([
      tooBig(`${MAX_CONFIG_ENTRIES.toLocaleString('en')} lines, keys and list items`),
    ])
  })

  it('reads each input of the timed set "just under the token limit" whole: not refused for its size', () => {
    // underSizeLimits is the loader's own decision (size, entries, tokens, depth); the bench loads
    // and times these inputs (`config-load`).
    const atTokenLimit = atTheLimits().filter(([family]) => family.endsWith('the token limit'))
    expect(atTokenLimit.length).toBeGreaterThanOrEqual(9)
    for (const [family, text] of atTokenLimit) {
      expect(countTokens(text), family).toBeGreaterThan(MAX_CONFIG_TOKENS * 0.98)
      expect(underSizeLimits(text), family).toBe(true)
    }
  }, 120_000)

  it('reads a file once for readConfigDocument then parseConfig; each gets its own data', () => {
    const text = teamsConfig(3)
    const document = readConfigDocument(text, FILE)
    ;(document.data as { themes: unknown }).themes = 'changed by the caller'
    const config = parseConfig(text, FILE)
    expect(config.themes[0]?.id).toBe('global-scale')
    expect(parseConfig(text, FILE)).toEqual(config)
  })

  it('reports each of 400 themes with one name at the theme it clashes with, in one pass', () => {
    const themes = lines(400, (i) => `  - id: t${i}\n    name: Shared`)
    const problems = problemsOf(`themes:\n${themes}`)
    expect(problems[0]).toBe(
      '5:11 `Shared` also names the theme `t0` (`themes[0]`), so references to it would be ambiguous. Use a different name or alias.',
    )
    expect(problems.at(-1)).toMatch(/^103:11 350 more problems from here on are not listed/)
  })

  it('describes the first unknown theme of 140 migrations as for one, and counts the others', () => {
    const themes = lines(140, (i) => `  - {id: theme-${i}, name: Theme ${i}}`)
    const migrations = lines(140, (i) => `  - {id: m${i}, title: M, label: l, theme: theme-${i}x}`)
    const error = errorOf(`themes:\n${themes}migrations:\n${migrations}`)
    const [first] = error.problems
    expect(first?.message).toMatch(
      /^The migration `m0` names the theme "theme-0x", which is not a configured theme id, name or alias\. Did you mean `theme-0`\? Themes: `theme-0`, `theme-1`, .*, `theme-139`\.$/,
    )
    expect(error.problems).toHaveLength(MAX_LISTED_PROBLEMS)
    expect(error.problems.at(-1)?.message).toMatch(/^91 more problems from here on/)
  })

  it('lists problems as plain data: each message is a value, not worked out on read', () => {
    const error = errorOf('themes: [{id: a, name: A}]\nmigrations: [{id: m, title: M, label: l, theme: b}]\n')
    for (const problem of error.problems) {
      expect(Object.getOwnPropertyDescriptor(problem, 'message')).toHaveProperty('value', problem.message)
    }
  })
})

describe('createThemeResolver', () => {
  const word = fc.constantFrom('a', 'A', 'b', 'B b', 'b_b', ' c ', 'cc', 'ccc', 'dd-e', 'x y z')
  const theme = fc.record({ id: word, name: word, aliases: fc.array(word, { maxLength: 3 }) })

  it('resolves every reference as resolveTheme does, found or with the same suggestion', () => {
    fc.assert(
      fc.property(fc.array(theme, { maxLength: 8 }), fc.array(word, { maxLength: 6 }), (list, references) => {
        const themes = list.map((t) => ({ ...t, status: 'active' }) as ThemeConfig)
        const resolve = createThemeResolver(themes)
        for (const reference of references)
          expect(resolve(reference)).toEqual(resolveTheme(reference, themes))
      }),
      { numRuns: 500, seed: 7 },
    )
  })
})
