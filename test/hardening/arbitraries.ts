/**
 * fast-check arbitraries for bad input shared by the hardening fuzz tests: random bytes decoded as
 * UTF-8, lone surrogates, byte order marks, line-ending changes, and line-level mutations of real
 * documents (truncate, splice two documents, duplicate or shuffle lines, insert junk, huge lines,
 * deep nesting, unclosed regions). Every input is tagged with the family it came from, so a
 * stress report can say which kind of input was slowest.
 */
import fc from 'fast-check'

/** One generated input, and the family of inputs it belongs to. */
export interface Tagged {
  family: string
  text: string
}

const decoder = new TextDecoder('utf-8')

/** Random bytes read as UTF-8 the way Node reads a file: invalid sequences become U+FFFD. */
export const utf8Bytes: fc.Arbitrary<string> = fc
  .uint8Array({ maxLength: 2_000 })
  .map((bytes) => decoder.decode(bytes))

/** A lone high or low surrogate, which no valid UTF-8 file can hold but a JS string can. */
export const loneSurrogate: fc.Arbitrary<string> = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code))

/** Text with lone surrogates, control characters and astral characters mixed in. */
export const awkwardText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
      loneSurrogate,
      fc.constantFrom('\u0000', '\u0085', '\u2028', '\u2029', '\u200b', '\t', '\v', '\f', '\uFEFF', '😀'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

/** Characters that start, end or break a Markdown or YAML construct. */
export const JUNK_LINES = [
  '',
  ' ',
  '---',
  '...',
  '<!--',
  '-->',
  '```',
  '````md',
  '~~~',
  '|',
  '| --- | --- |',
  '#',
  '## ',
  '\t- ',
  '* * *',
  '[',
  ']]',
  '{',
  '"',
  "'",
  ':',
  '- - - -',
  '&a *a !tag',
  '\u0000',
  '\uFEFF',
  '\uFFFD\uFFFD',
  '\uD800',
  '\r',
]

/** A junk line: a constant from JUNK_LINES, random bytes or awkward text. */
export const junkLine: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...JUNK_LINES), weight: 3 },
  { arbitrary: utf8Bytes.map((text) => text.slice(0, 80)), weight: 1 },
  { arbitrary: awkwardText, weight: 1 },
)

/** A change to a document's lines; `at`/`to` are fractions of the length, so any document fits. */
export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'cut-char'; at: number }
  | { op: 'splice'; at: number; to: number; donor: number }
  | { op: 'duplicate'; at: number; to: number; times: number }
  | { op: 'insert'; at: number; lines: string[] }
  | { op: 'delete'; at: number; to: number }
  | { op: 'huge-line'; at: number; unit: string; times: number }
  | { op: 'nest'; at: number; depth: number; unit: string }
  | { op: 'indent'; at: number; to: number; by: string }
  | { op: 'line-ends'; style: '\r\n' | '\r' | '\n\n' | '\u2028' }
  | { op: 'bom'; count: number }

const fraction = fc.double({ min: 0, max: 1, noNaN: true })

/** Mutations with sizes small enough for fast CI runs; the dedicated large sets go to 1 MB. */
export function mutation(units: readonly string[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ op: fc.constant('truncate' as const), at: fraction }),
    fc.record({ op: fc.constant('cut-char' as const), at: fraction }),
    fc.record({ op: fc.constant('splice' as const), at: fraction, to: fraction, donor: fc.nat() }),
    fc.record({
      op: fc.constant('duplicate' as const),
      at: fraction,
      to: fraction,
      times: fc.integer({ min: 1, max: 5 }),
    }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fraction,
      lines: fc.array(junkLine, { maxLength: 8 }),
    }),
    fc.record({ op: fc.constant('delete' as const), at: fraction, to: fraction }),
    fc.record({
      op: fc.constant('huge-line' as const),
      at: fraction,
      unit: fc.constantFrom(...units),
      times: fc.integer({ min: 100, max: 5_000 }),
    }),
    fc.record({
      op: fc.constant('nest' as const),
      at: fraction,
      depth: fc.integer({ min: 10, max: 300 }),
      unit: fc.constantFrom('- ', '  - ', '> ', '* ', '1. ', '[', '{a: ', '  '),
    }),
    fc.record({
      op: fc.constant('indent' as const),
      at: fraction,
      to: fraction,
      by: fc.constantFrom(' ', '  ', '\t', '    '),
    }),
    fc.record({
      op: fc.constant('line-ends' as const),
      style: fc.constantFrom('\r\n' as const, '\r' as const, '\n\n' as const, '\u2028' as const),
    }),
    fc.record({ op: fc.constant('bom' as const), count: fc.integer({ min: 1, max: 3 }) }),
  )
}

/** Applies mutations in order to `text`; `donors` supply the other half of a splice. */
export function mutate(text: string, mutations: readonly Mutation[], donors: readonly string[]): string {
  return mutations.reduce((current, m) => applyMutation(current, m, donors), text)
}

function applyMutation(text: string, m: Mutation, donors: readonly string[]): string {
  const lines = text.split('\n')
  const index = (f: number, length = lines.length) => Math.min(length, Math.floor(f * (length + 1)))
  const range = (a: number, b: number) => [index(Math.min(a, b)), index(Math.max(a, b))] as const
  switch (m.op) {
    case 'truncate':
      return text.slice(0, index(m.at, text.length))
    case 'cut-char': {
      const at = index(m.at, text.length)
      return text.slice(0, at) + text.slice(at + 1)
    }
    case 'splice': {
      const donor = (donors[m.donor % Math.max(donors.length, 1)] ?? '').split('\n')
      return [...lines.slice(0, index(m.at)), ...donor.slice(index(m.to, donor.length))].join('\n')
    }
    case 'duplicate': {
      const [from, to] = range(m.at, m.to)
      const copies = Array.from({ length: m.times }, () => lines.slice(from, to)).flat()
      return [...lines.slice(0, to), ...copies, ...lines.slice(to)].join('\n')
    }
    case 'insert':
      return [...lines.slice(0, index(m.at)), ...m.lines, ...lines.slice(index(m.at))].join('\n')
    case 'delete': {
      const [from, to] = range(m.at, m.to)
      return [...lines.slice(0, from), ...lines.slice(to)].join('\n')
    }
    case 'huge-line':
      return insertLines(lines, index(m.at), [m.unit.repeat(m.times)])
    case 'nest': {
      const nested = Array.from({ length: m.depth }, (_, depth) => `${m.unit.repeat(depth + 1)}x`)
      return insertLines(lines, index(m.at), nested)
    }
    case 'indent': {
      const [from, to] = range(m.at, m.to)
      return lines.map((line, i) => (i >= from && i < to ? m.by + line : line)).join('\n')
    }
    case 'line-ends':
      return text.replaceAll('\n', m.style)
    case 'bom':
      return '\uFEFF'.repeat(m.count) + text
  }
}

function insertLines(lines: readonly string[], at: number, inserted: readonly string[]): string {
  return [...lines.slice(0, at), ...inserted, ...lines.slice(at)].join('\n')
}

/** Joins 0–`max` fragments (and random text between them) into one text: a "token soup". */
export function soup(fragments: readonly string[], max = 60): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...fragments), weight: 4 },
        { arbitrary: awkwardText, weight: 1 },
      ),
      {
        maxLength: max,
      },
    )
    .map((parts) => parts.join(''))
}

/** `base` documents, each changed by 1–4 mutations (some documents also serve as splice donors). */
export function mutated(base: readonly string[], units: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...base), fc.array(mutation(units), { minLength: 1, maxLength: 4 }))
    .map(([text, mutations]) => mutate(text, mutations, base))
}

/** Tags every value of `arbitrary` with `family`. */
export function tagged(family: string, arbitrary: fc.Arbitrary<string>): fc.Arbitrary<Tagged> {
  return arbitrary.map((text) => ({ family, text }))
}

/** Number of lines as a line-based parser counts them: CRLF, CR and LF each end a line. */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length
}
