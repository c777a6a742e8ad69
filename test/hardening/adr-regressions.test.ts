/**
 * Inputs that made the ADR parser fail or slow, each fixed in `src/core/adr`. What each one did
 * before the fix is in its test's name; timing is covered by adr-fuzz's large set.
 */
import { describe, expect, it } from 'vitest'
import { MAX_ADR_LINES, parseAdr } from '../../src/core/adr/parse-adr.js'
import { splitLines } from '../../src/core/adr/split-lines.js'

const KB = 1024
const PATH = 'docs/adr/0001-x.md'

describe('ADR parser regressions', () => {
  it.each([
    [
      '[ as a key',
      `---\n${'['.repeat(63 * KB)}\n---\n# T\n`,
      'aborted the process (RegExpCompiler out of memory)',
    ],
    ['[ as a value', `---\nstatus: ${'['.repeat(63 * KB)}\n---\n# T\n`, '"Maximum call stack size exceeded"'],
    ['{a: ', `---\nx: ${'{a: '.repeat(15 * KB)}\n---\n# T\n`, 'overflowed the stack'],
  ])('reads deeply nested front matter (%s) line by line; it %s', (_shape, text) => {
    const { adr, findings } = parseAdr(PATH, text)
    expect(findings.map((f) => [f.code, f.line])).toEqual([['ADR_FRONT_MATTER_INVALID', 2]])
    expect(findings[0]?.message).toContain('(line 2: lists and mappings nest more than 16 levels deep)')
    expect(adr.title).toBe('T')
  })

  it('reads front matter with thousands of entries line by line (yaml checks duplicate keys in quadratic time)', () => {
    const text = `---\nstatus: accepted\n${'k: v\n'.repeat(999)}---\n# T\n`
    const { adr, findings } = parseAdr(PATH, text)
    expect(findings[0]?.message).toContain('it has more than 1,000 lines, keys and list items')
    expect(adr.status).toBe('accepted')
  })

  it(`reads the first ${MAX_ADR_LINES.toLocaleString('en')} lines of an ADR (1 MB of short lines took 120 ms)`, () => {
    const text = `\uFEFF# T\n${'\uD800\n'.repeat(MAX_ADR_LINES)}Status: Accepted\n`
    expect(parseAdr(PATH, text).adr).toMatchObject({ title: 'T', status: null })
    const near = `# T\n${'x\n'.repeat(MAX_ADR_LINES - 3)}Status: Accepted\n`
    expect(parseAdr(PATH, near).adr).toMatchObject({
      status: 'accepted',
      lines: { status: MAX_ADR_LINES - 1 },
    })
  })
})

describe('splitLines', () => {
  it.each([
    ['', 5, ['']],
    ['a', 5, ['a']],
    ['a\r\nb\rc\nd', 9, ['a', 'b', 'c', 'd']],
    ['a\r\nb\rc\nd', 3, ['a', 'b', 'c']],
    ['\r\r\n\n', 9, ['', '', '', '']],
    ['a\n', 1, ['a']],
  ])('splits %j into at most %i lines', (text, max, lines) => {
    expect(splitLines(text, max)).toEqual(lines)
  })

  it('splits like String.split on any mix of line endings', () => {
    const text = Array.from({ length: 500 }, (_, i) => `l${i}${['\n', '\r\n', '\r'][i % 3]}`).join('')
    expect(splitLines(text, Infinity)).toEqual(text.split(/\r\n|\r|\n/))
  })
})
