/**
 * Hostile ADRs: random bytes, Markdown token soup, and the real fixtures and generated ADRs of every
 * format mutated (truncated, spliced with another format, sections duplicated, junk and huge lines
 * inserted, lists nested deep, fences, comments and front matter left open). Plus a dedicated set
 * of large adversarial ADRs (1 MB).
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { generateAdr } from '../helpers/generate-adrs.js'
import { readAdrFixture } from '../helpers/read-adr-fixture.js'
import { awkwardText, mutated, soup, tagged, utf8Bytes, type Tagged } from './arbitraries.js'
import { configInput } from './config-inputs.js'

const FIXTURES = readdirSync(fileURLToPath(new URL('../fixtures/adrs/', import.meta.url)))
  .filter((name) => name.endsWith('.md'))
  .sort()

/** Real ADR fixtures and four rounds of every generated format. */
export const ADR_CORPUS: readonly { path: string; text: string }[] = [
  ...FIXTURES.map((name) => ({ path: `docs/adr/${name}`, text: readAdrFixture(name) })),
  ...Array.from({ length: 56 }, (_, i) => generateAdr(i)),
]

const TEXTS = ADR_CORPUS.map((adr) => adr.text)

const MARKDOWN_FRAGMENTS = [
  '# ',
  '# ADR-0007: ',
  '## Status',
  '## Decision',
  '---',
  '---\nstatus: accepted\n',
  'status: {',
  '* ',
  '- ',
  '  - ',
  '1. ',
  '> ',
  '**Status**: ',
  '**Status:** ',
  'Status: ',
  'Strategic Theme: ',
  'Review Date: ',
  'Date: ',
  '| ',
  '|---|',
  '| Status | Accepted |',
  '<!--',
  '-->',
  '<!-- toc -->',
  '```',
  '~~~',
  'Superseded by [x](',
  'Supersedes [ADR-0001](0001-x.md)',
  ')',
  '](',
  '2021-03-02',
  '2021-02-30',
  '03/04/2021',
  '9999-99-99',
  'Accepted',
  'Superceded',
  'Approved',
  'global-scale',
  '\r\n',
  '\n',
  '\r',
  '\uFEFF',
  ':',
  ']',
  '\t',
]

/** Units of huge lines: characters that open Markdown constructs or that naive patterns backtrack on. */
const UNITS = ['a', ' ', '[', '[a](', '*', '|', '<!--', '`', '-', '2021-', '#', '\\', 'Status: ']

const adrPath = fc.oneof(
  fc.constantFrom(...ADR_CORPUS.map((adr) => adr.path)),
  fc.nat({ max: 30 }).map((n) => `docs/adr/${String(n).padStart(4, '0')}-decision.md`),
  fc.constantFrom('docs/adr/README.md', 'adr.md', 'docs/adr/9999999999999999999999-x.md', 'docs/adr/-1-x.md'),
  awkwardText.map((name) => `docs/adr/${name}.md`),
)

/** Front matter holding any hostile config YAML (alias bombs, deep nesting, huge scalars, …). */
const hostileFrontMatter: fc.Arbitrary<Tagged> = configInput.map(({ family, text: yaml }) => ({
  family: `front-matter/${family}`,
  text: `---\n${yaml}\n---\n# Title\n\nStatus: Accepted\n`,
}))

const text: fc.Arbitrary<Tagged> = fc.oneof(
  { arbitrary: tagged('bytes', utf8Bytes), weight: 1 },
  { arbitrary: tagged('awkward-text', awkwardText), weight: 1 },
  { arbitrary: tagged('markdown-soup', soup(MARKDOWN_FRAGMENTS, 80)), weight: 3 },
  { arbitrary: tagged('mutated-adr', mutated(TEXTS, UNITS)), weight: 5 },
  { arbitrary: hostileFrontMatter, weight: 2 },
)

/** A generated ADR file: its path and text. */
export interface AdrInput extends Tagged {
  path: string
}

/** Every family of generated ADR, at a varied path. */
export const adrInput: fc.Arbitrary<AdrInput> = fc
  .tuple(text, adrPath)
  .map(([{ family, text: body }, path]) => ({ family, text: body, path }))

const MB = 1024 * 1024

/** Large adversarial ADRs, 1 MB each. */
export function largeAdrInputs(): AdrInput[] {
  const all = TEXTS.join('\n')
  const mixed = all.repeat(Math.ceil(MB / all.length)).slice(0, MB)
  const nested = Array.from({ length: 1_400 }, (_, i) => `${'  '.repeat(i)}- Status: x`).join('\n')
  const inputs: [string, string][] = [
    ['1 MB of every format, concatenated', mixed],
    ['1 MB of every format, CRLF', mixed.replaceAll('\n', '\r\n').slice(0, MB)],
    ['1 MB of every format, CR only', mixed.replaceAll('\n', '\r')],
    ['1 MB single line', 'a'.repeat(MB)],
    ['1 MB status line of link starts', `Status: ${'[a]('.repeat(MB / 4)}`],
    ['1 MB of unclosed comment', `<!--\n${'Status: accepted\n'.repeat(MB / 17)}`],
    ['1 MB of unclosed fence', `\`\`\`\n${'## Status\nAccepted\n'.repeat(MB / 19)}`],
    ['1 MB of unclosed front matter', `---\n${'status: accepted\n'.repeat(MB / 17)}`],
    ['1 MB of front matter markers', '---\n'.repeat(MB / 4)],
    ['1 MB of table rows', '| Status | Accepted |\n'.repeat(MB / 22)],
    ['1 MB of status headings', '## Status\n'.repeat(MB / 10)],
    ['1 MB of bold status fields', '**Status**: Accepted\n'.repeat(MB / 21)],
    ['1 MB of deep list nesting', nested.repeat(Math.ceil(MB / nested.length)).slice(0, MB)],
    ['1 MB of dates', `Date: ${'2021-'.repeat(MB / 5)}`],
    ['1 MB of supersession links', 'Superseded by [ADR-1](0001-x.md)\n'.repeat(MB / 33)],
    ['1 MB with a BOM and lone surrogates', `\uFEFF# T\n${'\uD800\n'.repeat(MB / 2)}`],
    ['63 KiB of [ in front matter', `---\n${'['.repeat(63 * 1024)}\n---\n# T\n`],
    ['63 KiB of flow items in front matter', `---\nx: [${'a,'.repeat(31 * 1024)}]\n---\n# T\n`],
  ]
  return inputs.map(([family, body], i) => ({
    family,
    text: body,
    path: `docs/adr/${String(i + 1).padStart(4, '0')}-large.md`,
  }))
}
