/**
 * Hostile strategy configs: random bytes, YAML token soup, mutated real configs, alias bombs,
 * duplicate keys, deep nesting, huge scalars, tags and anchors (generated, CI-sized), and a dedicated
 * set of large adversarial documents up to 1 MB.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { Lexer } from 'yaml'
import {
  MAX_CONFIG_DEPTH,
  MAX_CONFIG_ENTRIES,
  MAX_CONFIG_TOKENS,
} from '../../src/core/config/compose-yaml.js'
import { MAX_CONFIG_CHARS } from '../../src/core/config/load-config-yaml.js'
import { tokenizeYaml } from '../../src/core/config/tokenize-yaml.js'
import { scanYamlShape } from '../../src/core/config/scan-yaml-shape.js'
import { awkwardText, mutated, soup, tagged, utf8Bytes, type Tagged } from './arbitraries.js'

const DIR = fileURLToPath(new URL('../fixtures/config/', import.meta.url))

/** A realistic config of `teams` teams (30 tokens each; 1,000 teams are 75 KiB, 5,000 teams 380 KiB). */
export function teamsConfig(teams: number): string {
  const lines = ['themes:', '  - id: global-scale', '    name: Global Scale', 'teams:']
  for (let i = 0; i < teams; i++) {
    lines.push(`  - name: Team ${i}`, `    leader: "@lead-${i % 40}"`, `    repos: [svc-${i}-*, "lib-${i}"]`)
  }
  return `${lines.join('\n')}\n`
}

/** The real configs of `test/fixtures/config`, and a generated one with teams. */
export const CONFIG_CORPUS: readonly string[] = [
  ...readdirSync(DIR)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => readFileSync(`${DIR}${name}`, 'utf8')),
  teamsConfig(5),
]

const YAML_FRAGMENTS = [
  'themes:',
  '\n  - id: a\n    name: A',
  '\n',
  '\r\n',
  '  ',
  '- ',
  '? ',
  ': ',
  ':',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '\\',
  '|',
  '>-',
  '#',
  ' # c',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '%TAG ! tag:x,2000:\n',
  '&a ',
  '*a',
  '!!binary ',
  '!!set ',
  '!!omap ',
  '!!str ',
  '!!int ',
  '!x ',
  '<<: ',
  '_extends: ',
  '.github',
  'owner/repo:path.yml',
  'pull_requests:',
  'adrs:',
  'teams:',
  'migrations:',
  '2027-02-30',
  '.inf',
  '~',
  '__proto__',
  '\t',
  '\uFEFF',
  '\u0000',
]

/** Mutation units for huge lines: YAML punctuation that tokenises into many pieces. */
const UNITS = ['[', '{', 'a,', '"', '- ', '&a ', '*a ', 'x', '\\"', '#']

const aliasBomb = fc
  .record({ levels: fc.integer({ min: 1, max: 12 }), width: fc.integer({ min: 1, max: 12 }) })
  .map(({ levels, width }) => {
    const lines = [`l0: &l0 [${Array(width).fill('lol').join(', ')}]`]
    for (let i = 1; i < levels; i++)
      lines.push(
        `l${i}: &l${i} [${Array(width)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      )
    return `themes: [{id: a, name: A}]\n${lines.join('\n')}\n`
  })

const duplicateKeys = fc
  .record({
    key: fc.constantFrom('themes', 'id', 'a', '"a"', "'a'", '? a'),
    times: fc.integer({ min: 2, max: 200 }),
  })
  .map(({ key, times }) => `themes:\n  - ${Array(times).fill(`${key}: x`).join('\n    ')}\n`)

const deepNesting = fc
  .record({
    prefix: fc.constantFrom('', 'a: ', 'themes:\n  - ', '- ', '? '),
    unit: fc.constantFrom('[', '{', '{a: ', '- ', '? ', '[{', '- [', '&a [', '!t {'),
    depth: fc.integer({ min: 1, max: 3_000 }),
    close: fc.boolean(),
  })
  .map(({ prefix, unit, depth, close }) => {
    const closing = close ? unit.replace(/[^[{]/g, '').replaceAll('[', ']').replaceAll('{', '}') : ''
    return `${prefix}${unit.repeat(depth)}x${closing.split('').reverse().join('').repeat(depth)}\n`
  })

const staircase = fc
  .record({ depth: fc.integer({ min: 1, max: 400 }), key: fc.constantFrom('a:', '- a:', '-') })
  .map(({ depth, key }) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}${key}`).join('\n'))

const hugeScalar = fc
  .record({
    style: fc.constantFrom('plain', 'double', 'single', 'block', 'folded', 'key'),
    char: fc.constantFrom('x', ' ', '\\n', "''", '"', ':', '#', '\u00e9', '\uD83D\uDE00'),
    size: fc.integer({ min: 100, max: 50_000 }),
  })
  .map(({ style, char, size }) => {
    const body = char.repeat(Math.ceil(size / char.length))
    if (style === 'double') return `themes: "${body}"\n`
    if (style === 'single') return `themes: '${body}'\n`
    if (style === 'block' || style === 'folded')
      return `themes: ${style === 'block' ? '|' : '>'}\n  ${body}\n`
    return style === 'key' ? `${body}: 1\n` : `themes: ${body}\n`
  })

const tagsAndAnchors = soup(
  ['&a ', '&b ', '*a', '*b', '!!str ', '!x ', '!<tag:x> ', '<<: *a\n', 'k: ', '\n', '[', ']', '- ', '? '],
  40,
).map((text) => `themes:\n  - id: a\n    name: A\n${text}`)

/** Every family of generated config input, with weights. */
export const configInput: fc.Arbitrary<Tagged> = fc.oneof(
  { arbitrary: tagged('bytes', utf8Bytes), weight: 1 },
  { arbitrary: tagged('awkward-text', awkwardText), weight: 1 },
  { arbitrary: tagged('yaml-soup', soup(YAML_FRAGMENTS)), weight: 3 },
  { arbitrary: tagged('mutated-config', mutated(CONFIG_CORPUS, UNITS)), weight: 4 },
  { arbitrary: tagged('alias-bomb', aliasBomb), weight: 1 },
  { arbitrary: tagged('duplicate-keys', duplicateKeys), weight: 1 },
  { arbitrary: tagged('deep-nesting', deepNesting), weight: 1 },
  { arbitrary: tagged('staircase', staircase), weight: 1 },
  { arbitrary: tagged('huge-scalar', hugeScalar), weight: 1 },
  { arbitrary: tagged('tags-anchors', tagsAndAnchors), weight: 1 },
)

const KB = 1024
const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => line(i)).join('\n')

/** `count` themes all named `T`: each name clashes with the first theme's. */
function sameNameThemes(count: number): string {
  return `themes:\n${lines(count, (i) => `  - id: t${i}\n    name: T`)}\n`
}

/** `count` themes, and as many migrations each naming a theme that does not exist. */
function unknownMigrationThemes(count: number): string {
  const themes = lines(count, (i) => `  - {id: t${i}, name: T${i}}`)
  const migrations = lines(count, (i) => `  - {id: m${i}, title: M, label: l, theme: x${i}}`)
  return `themes:\n${themes}\nmigrations:\n${migrations}\n`
}

/** Large adversarial configs, each up to 1 MiB (MAX_CONFIG_CHARS); the loader refuses more unread. */
export function largeConfigInputs(): Tagged[] {
  const inputs: [string, string][] = [
    ['1 MiB of valid YAML (9,000 teams, over the token limit)', teamsConfig(9_000)],
    ['1 MiB of one scalar', `themes: ${'x'.repeat(1024 * KB)}`],
    ['1 MiB of [', fill('[')],
    ['1 MiB of {a: ', fill('{a: ')],
    ['1 MiB of - ', fill('- ')],
    ['1 MiB of [a,a,…]', fill('a,', '[', ']')],
    ['1 MiB of k: v lines', fillLines((i) => `k${i}: v`)],
    ['1 MiB of duplicate keys', fill('a: 1\n')],
    ['1 MiB of anchors', fillLines((i) => `k${i}: &a${i} v`)],
    ['1 MiB of aliases', fillLines((i) => `k${i}: *a`, 'x: &a v\n')],
    ['1 MiB of tags', fillLines((i) => `k${i}: !t${i} v`)],
    ['1 MiB of "', fill('"')],
    ['1 MiB of documents', fill('---\na: 1\n')],
    ['1 MiB of directives', fill('%YAML 1.2\n')],
    ['1 MiB of escapes', fill('\\u00e9', 'themes: "', '"')],
    ['1 MiB block scalar', fill('  x\n', 'themes: |\n')],
    // One token each, whatever their length: bounded by MAX_CONFIG_CHARS, not by the token limit.
    ['1 MiB quoted scalar of 8,000 lines', fill(`${'x'.repeat(124)}\n`, 'themes: "', '"')],
    ['1 MiB plain scalar of 8,000 lines', fill(`  ${'x'.repeat(122)}\n`, 'themes: x\n')],
    ['an alias bomb', fc.sample(aliasBomb, { numRuns: 1, seed: 9 })[0] ?? ''],
    ['a circular alias', 'themes: &t [{id: a, name: *t}]\n'],
    ['1,000 teams (75 KiB)', teamsConfig(1_000)],
    ['5,000 teams (380 KiB)', teamsConfig(5_000)],
  ]
  return [...inputs, ...atTheLimits()].map(([family, text]) => ({ family, text }))
}

/** `unit` repeated between `prefix` and `suffix` to the most characters the loader reads. */
function fill(unit: string, prefix = '', suffix = ''): string {
  return `${prefix}${unit.repeat(Math.floor((MAX_CONFIG_CHARS - prefix.length - suffix.length) / unit.length))}${suffix}`
}

/** Numbered lines after `prefix`, as many as the loader reads. */
function fillLines(line: (i: number) => string, prefix = ''): string {
  const make = (count: number) => `${prefix}${lines(count, line)}`
  const fits = (text: string) => text.length <= MAX_CONFIG_CHARS
  return make(
    largestFitting(
      make,
      fits,
      estimateCount(make, (text) => text.length, MAX_CONFIG_CHARS),
    ),
  )
}

/** A shape of config that grows with a count, in words (`teams`) and as text. */
type Shape = [what: string, make: (count: number) => string]

/** The shapes costliest per entry or per token: valid teams, and problems of every kind. */
const SHAPES = {
  teams: ['teams', teamsConfig],
  keyLines: ['k: v lines', (n) => lines(n, (i) => `k${i}: v`)],
  unknownKeys: ['unknown keys', (n) => lines(n, (i) => `themes${i}: x`)],
  flowItems: ['flow items', (n) => `themes: [${'a,'.repeat(n)}]`],
  badFlowMaps: ['bad flow mappings', (n) => `themes: [${'{a: b},'.repeat(n)}]`],
  badThemes: ['bad themes', (n) => `themes:\n${'  - {id: A}\n'.repeat(n)}`],
  sameName: ['themes of one name', sameNameThemes],
  unknownThemes: ['migrations of unknown themes', unknownMigrationThemes],
  // After a stray `:` yaml makes an error of every token that follows (found by the fuzzer).
  syntaxErrors: [
    'lines of syntax errors',
    (n) => `x\n:\n${lines(n, (i) => `${'{a: '.repeat(1 + (i % 25))}x`)}\n`,
  ],
} satisfies Record<string, Shape>

/** How many tokens yaml's lexer reads in `text`, as the loader counts them against MAX_CONFIG_TOKENS. */
export function countTokens(text: string): number {
  let count = 0
  for (const _ of new Lexer().lex(text)) count++
  return count
}

/** Whether the loader's cheap scan lets `text` through to the tokenizer (MAX_CONFIG_ENTRIES). */
export function underEntryLimit(text: string): boolean {
  return (
    text.length <= MAX_CONFIG_CHARS &&
    scanYamlShape(text, { depth: Infinity, entries: MAX_CONFIG_ENTRIES }) === null
  )
}

/**
 * The loader's size limits by count alone (characters, entries, lexer tokens), without parsing: what
 * sizes the inputs at the token limit cheaply; `underSizeLimits` then confirms them with the parser.
 */
function underCountLimits(text: string): boolean {
  return underEntryLimit(text) && countTokens(text) <= MAX_CONFIG_TOKENS
}

/**
 * Whether the loader reads the whole of `text` (tokenizes and composes it), by its own decision: under
 * MAX_CONFIG_CHARS, and neither too large nor too deep for `tokenizeYaml` with the loader's limits.
 */
export function underSizeLimits(text: string): boolean {
  if (text.length > MAX_CONFIG_CHARS) return false
  // The loader counts the lexer's tokens: over the limit by that count alone, without parsing.
  if (countTokens(text) > MAX_CONFIG_TOKENS) return false
  const limits = { depth: MAX_CONFIG_DEPTH, entries: MAX_CONFIG_ENTRIES, tokens: MAX_CONFIG_TOKENS }
  return !('hazard' in tokenizeYaml(text, limits))
}

/** How many entries `scanYamlShape` counts in `text` (the least entry limit it passes). */
export function countEntries(text: string): number {
  let [low, high] = [0, 1]
  while (scanYamlShape(text, { depth: Infinity, entries: high }) !== null) [low, high] = [high, high * 2]
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (scanYamlShape(text, { depth: Infinity, entries: middle }) === null) high = middle
    else low = middle
  }
  return high
}

/**
 * The count at which `measure(make(count))` reaches `limit`, extrapolated from two small counts (the
 * shapes grow linearly), so finding the largest fitting count of a 1 MiB text takes a few reads of
 * it rather than a binary search's twenty.
 */
export function estimateCount(
  make: (count: number) => string,
  measure: (text: string) => number,
  limit: number,
): number {
  const [a, b] = [200, 400]
  const [ma, mb] = [measure(make(a)), measure(make(b))]
  const per = (mb - ma) / (b - a)
  return Math.max(1, Math.floor(a + (limit - ma) / per))
}

/**
 * The largest count for which `make(count)` still `fits`, for texts that grow with the count (once a
 * count does not fit, no larger one does), searched from `guess` (exact guesses cost two reads).
 * Throws when even 1 does not fit, or 2^24 still does.
 */
export function largestFitting(
  make: (count: number) => string,
  fits: (text: string) => boolean,
  guess = 1,
): number {
  if (guess > 1 && fits(make(guess))) {
    if (!fits(make(guess + 1))) return guess
  } else if (guess > 1) {
    let step = 1
    let high = guess
    let low = Math.max(1, guess - step)
    while (low > 1 && !fits(make(low))) [high, low, step] = [low, Math.max(1, low - step * 2), step * 2]
    return searchBetween(make, fits, low, high)
  }
  if (!fits(make(1))) throw new Error('largestFitting: even a count of 1 does not fit.')
  let low = Math.max(1, guess)
  let high = low + 1
  let step = 1
  while (fits(make(high))) {
    if (high >= 2 ** 24) throw new Error('largestFitting: every count fits; is `fits` bounded?')
    step *= 2
    ;[low, high] = [high, high + step]
  }
  return searchBetween(make, fits, low, high)
}

/** Binary search between a count that fits (`low`) and one that does not (`high`). */
function searchBetween(
  make: (count: number) => string,
  fits: (text: string) => boolean,
  low: number,
  high: number,
): number {
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (fits(make(middle))) low = middle
    else high = middle
  }
  return low
}

/**
 * Each shape as large as the loader reads in full (just under both limits), and, for the shapes
 * whose entries are cheapest to tokenize, just under the entry limit (then refused by the token limit).
 */
export function atTheLimits(): [string, string][] {
  const sized = ([what, make]: Shape, by: 'entry' | 'token'): [string, string] => {
    const guess =
      by === 'entry'
        ? estimateCount(make, countEntries, MAX_CONFIG_ENTRIES)
        : estimateCount(make, countTokens, MAX_CONFIG_TOKENS)
    const count = largestFitting(make, by === 'entry' ? underEntryLimit : underCountLimits, guess)
    return [`${count.toLocaleString('en')} ${what}, just under the ${by} limit`, make(count)]
  }
  const { teams, keyLines, unknownKeys, flowItems, badThemes } = SHAPES
  return [
    ...[teams, keyLines, unknownKeys, flowItems, badThemes].map((shape) => sized(shape, 'entry')),
    ...Object.values(SHAPES).map((shape) => sized(shape, 'token')),
  ]
}
