/**
 * Inputs the config fuzzing found or that were known to fail, each fixed in `src/core/config`. What
 * each one did before the fix is in its test's name; timing is covered by config-fuzz's large set.
 */
import { describe, expect, it } from 'vitest'
import { ConfigError, MAX_LISTED_PROBLEMS } from '../../src/core/config/config-error.js'
import { MAX_CONFIG_DEPTH, MAX_CONFIG_ENTRIES } from '../../src/core/config/compose-yaml.js'
import { MAX_ALIAS_COUNT, MAX_CONFIG_CHARS } from '../../src/core/config/load-config-yaml.js'
import { parseConfig, readConfigDocument } from '../../src/core/config/parse-config.js'
import { scanYamlShape } from '../../src/core/config/scan-yaml-shape.js'
import { tokenizeYaml } from '../../src/core/config/tokenize-yaml.js'

const FILE = '.github/strategy.yml'
const KB = 1024
const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => line(i)).join('\n')

/** `line:column message` of each problem parseConfig and readConfigDocument report for `text`. */
function problemsOf(text: string): string[] {
  for (const read of [() => readConfigDocument(text, FILE), () => parseConfig(text, FILE)]) {
    try {
      read()
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`)
    }
  }
  throw new Error('expected a ConfigError')
}

describe('config loader regressions', () => {
  it.each([
    ['a list', 'themes: &t [{id: a, name: *t}]\n', 't', '1:27'],
    ['a mapping', 'a: &x {b: *x}\n', 'x', '1:11'],
  ])(
    'reports an alias inside its own anchor (%s) instead of overflowing the stack',
    (_shape, text, name, at) => {
      expect(problemsOf(text)).toEqual([
        `${at} The alias \`*${name}\` is inside the value its anchor \`&${name}\` names, so that value would contain itself without end. Write the value out instead of the alias.`,
      ])
    },
  )

  it('refuses more than 100 aliases at the 101st, instead of resolving each in quadratic time (405 s for 30,000)', () => {
    const text = `x: &a v\n${lines(MAX_ALIAS_COUNT + 1, (i) => `k${i}: *a`)}\n`
    expect(problemsOf(text)).toEqual([
      `${MAX_ALIAS_COUNT + 2}:7 YAML aliases (\`*name\`) here expand to more than ${MAX_ALIAS_COUNT} copies, the shape of a "billion laughs" attack, so the file was not read. Write the values out, or use fewer aliases.`,
    ])
  })

  it('lists 50 problems of 1,001 and counts the rest, instead of locating each in quadratic time (7 s for 30,000)', () => {
    const problems = problemsOf(lines(1_000, (i) => `k${i}: v`))
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS)
    expect(problems[1]).toMatch(/^1:1 Unknown key `k0` at the top level of the config/)
    expect(problems.at(-1)).toBe(
      '49:1 952 more problems from here on are not listed. Fix the ones above first and run the check again; is this the right file?',
    )
  })

  it('describes only the first items of a long bad list, and counts the others (2,000 bad themes)', () => {
    const problems = problemsOf(`themes: [${'a,'.repeat(2_000)}]`)
    expect(problems[0]).toBe(
      '1:10 `themes[0]` must be a mapping of keys, but it is "a". Indent its keys below it, one `key: value` per line.',
    )
    expect(problems.at(-1)).toMatch(/^1:108 1,951 more problems from here on are not listed/)
  })

  it.each([
    ['[', '['.repeat(125 * KB), '1:33'],
    ['{a: ', '{a: '.repeat(31 * KB), '1:129'],
    ['- ', '- '.repeat(62 * KB), '1:65'],
  ])('refuses 125 KiB of %j before tokenizing it (1.1 s for 500 KiB before)', (_unit, text, at) => {
    expect(problemsOf(text)).toEqual([
      `${at} Lists and mappings nest more than ${MAX_CONFIG_DEPTH} levels deep here; a strategy config needs 4. Remove the extra brackets, dashes or indentation.`,
    ])
  })

  const over = MAX_CONFIG_ENTRIES + 1
  it.each([
    ['a flat flow list', `[${'a,'.repeat(over)}]`],
    ['double quotes', '"'.repeat(2 * over)],
    ['documents', '---\na: 1\n'.repeat(Math.ceil(over / 3))],
    ['duplicate keys', 'a: 1\n'.repeat(Math.ceil(over / 2))],
    ['tags', lines(Math.ceil(over / 2), (i) => `k${i}: !t v`)],
  ])(
    'refuses %s over the entry limit by its entry count (0.6 to 2.6 s for 500 KiB before)',
    (_shape, text) => {
      expect(text.length).toBeLessThanOrEqual(MAX_CONFIG_CHARS)
      expect(problemsOf(text)).toEqual([
        `1:1 The file has more than ${MAX_CONFIG_ENTRIES.toLocaleString('en')} lines, keys and list items; a strategy config has at most tens of thousands (one listing 5,000 teams about 61,000). Is this the right file? If it is, shorten it (comments count too); if it lists many teams, list fewer: one entry can claim many repositories with \`repos\` globs (\`payments-*\`), and a repository no team claims counts as its own team.`,
      ])
    },
  )

  it('puts problems after a NUL byte on their own line (yaml skipped the line break)', () => {
    const problems = problemsOf('\u0000\n#\n\u0000\nthemes:\n  - id: developer-velocity\n')
    expect(problems[0]).toMatch(/^3:1 YAML syntax error: Unexpected scalar token/)
    const text = '\u0000\n#\n\u0000\nthemes:\n  - id: developer-velocity\n'.split('\n')
    for (const problem of problems) {
      const [line, column] = problem.split(' ', 1)[0]!.split(':').map(Number) as [number, number]
      expect(column).toBeLessThanOrEqual((text[line - 1]?.length ?? 0) + 1)
    }
  })

  it('still reads brackets in block and quoted scalars, which the cheap scan does not confirm', () => {
    for (const name of [`|\n      ${'['.repeat(40)}`, `"${'['.repeat(40)}"`]) {
      const text = `themes:\n  - id: a\n    name: ${name}\n`
      expect(parseConfig(text, FILE).themes[0]?.name.trimEnd()).toBe('['.repeat(40))
    }
  })
})

describe('scanYamlShape and tokenizeYaml', () => {
  const limits = { depth: 2, entries: 100 }
  it.each([
    ['flow nesting', 'a: [[[x]]]', { kind: 'deep', offset: 6 }],
    ['compact block lists', '- - - x', { kind: 'deep', offset: 5 }],
    ['quoted brackets', 'a: "[[[" # [[[', null],
    ['an anchor before a list', 'a: &x [[[x]]]', { kind: 'deep', offset: 9 }],
    ['brackets inside a word', 'a: x[[[', null],
    ['too many entries', 'a\n'.repeat(101), { kind: 'large', offset: 202 }],
  ])('finds %s', (_name, text, hit) => {
    expect(scanYamlShape(text, limits)).toEqual(hit)
  })

  it('confirms a nesting hit on the tokens, at the first collection too deep', () => {
    expect(tokenizeYaml('a: [[[x]]]', limits)).toEqual({ hazard: 'deep', offset: 4 })
    expect(tokenizeYaml(`a: |\n  ${'['.repeat(10)}\n`, limits)).toHaveProperty('tokens')
  })
})
