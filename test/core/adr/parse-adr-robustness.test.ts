import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../../src/core/adr/parse-adr.js'
import { generateAdr } from '../../helpers/generate-adrs.js'

const MB = 1024 * 1024

describe('parseAdr: ignored regions', () => {
  it.each([
    ['an HTML comment', '<!-- Status: Rejected -->\n'],
    ['a multi-line HTML comment', '<!--\n**Status**: Rejected\nTheme: x\n-->\n'],
    ['a backtick fence', '```\nStatus: Rejected\n```\n'],
    ['a longer fence holding a shorter one', '````md\n```\n```\nStatus: Rejected\n````\n'],
    ['a tilde fence', '~~~\n## Status\nRejected\n~~~\n'],
    ['a fence inside a list item', '* example:\n  ```\n  Status: Rejected\n  ```\n'],
    ['a table of contents section', '## Contents\n\n* Status: Rejected\n  * [Context](#context)\n\n'],
    ['a toc marker region', '<!-- toc -->\n- Status: Rejected\n<!-- tocstop -->\n'],
    [
      'a doctoc region',
      '<!-- START doctoc generated TOC please keep comment here to allow auto update -->\n- Status: Rejected\n<!-- END doctoc generated TOC please keep comment here to allow auto update -->\n',
    ],
  ])('skips status words in %s', (_name, region) => {
    const text = `# T\n\n${region}\n**Status**: Accepted\n`
    const adr = parseAdr('a.md', text).adr
    expect(adr).toMatchObject({ status: 'accepted', theme: null })
    expect(adr.lines.status).toBe(text.split('\n').indexOf('**Status**: Accepted') + 1)
  })

  it('keeps the text around an inline comment', () => {
    expect(parseAdr('a.md', 'Status: accepted <!-- optional -->\n').adr).toMatchObject({
      rawStatus: 'accepted',
    })
  })

  it('treats an unclosed comment or fence as running to the end', () => {
    expect(parseAdr('a.md', '<!--\nStatus: Accepted\n').adr.status).toBeNull()
    expect(parseAdr('a.md', '```\nStatus: Accepted\n').adr.status).toBeNull()
  })
})

describe('parseAdr: robustness', () => {
  it('reports binary content as ADR_UNREADABLE instead of reading it', () => {
    const parsed = parseAdr('docs/adr/0003-logo.md', 'PNG\u0000\u0001\u0002')
    expect(parsed.findings).toMatchObject([
      { code: 'ADR_UNREADABLE', severity: 'error', file: 'docs/adr/0003-logo.md', line: 1 },
    ])
    expect(parsed.adr).toMatchObject({ number: 3, title: 'Logo', status: null })
  })

  it('reports content that is not a string as ADR_UNREADABLE', () => {
    const parsed = parseAdr('a.md', 42 as unknown as string)
    expect(parsed.findings.map((f) => f.code)).toEqual(['ADR_UNREADABLE'])
  })

  it('never throws and keeps every line inside the file, on arbitrary text', () => {
    const fragments = [
      '# ',
      '## Status',
      '---',
      '* ',
      '**Status**: ',
      '| ',
      '|---|',
      '<!--',
      '-->',
      '```',
      '~~~',
      'Superseded by [x](',
      ')',
      '2021-03-02',
      '03/04/2021',
      'Accepted',
      '\r\n',
      '\n',
      '\uFEFF',
      'status: {',
      ':',
      ']',
    ]
    const text = fc
      .array(
        fc.oneof(fc.constantFrom(...fragments), fc.string(), fc.string({ unit: 'binary', maxLength: 5 })),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join('').replaceAll('\u0000', ''))
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parseAdr('docs/adr/0001-x.md', input)
        const lineCount = input.split(/\r\n|\r|\n/).length
        expect(parsed.findings.filter((f) => f.code === 'ADR_UNREADABLE')).toEqual([])
        for (const line of Object.values(parsed.adr.lines)) expect(line).toBeGreaterThanOrEqual(1)
        for (const line of Object.values(parsed.adr.lines)) expect(line).toBeLessThanOrEqual(lineCount)
        for (const f of parsed.findings) expect(f.line).toBeLessThanOrEqual(lineCount)
      }),
      { numRuns: 500, seed: 20260314 },
    )
  })

  // Each input is 1 MB of one pattern that makes naive regexes backtrack (quadratic or worse). A
  // regression shows up as this test timing out; the times are printed, not asserted.
  const hostile: [string, string][] = [
    ['one line of letters', 'a'.repeat(MB)],
    ['a status line of letters', `Status: ${'a'.repeat(MB)}`],
    ['opening brackets', `Status: ${'['.repeat(MB)}`],
    ['link starts', `Status: ${'[a]('.repeat(MB / 4)}`],
    ['comment openers', '<!--'.repeat(MB / 4)],
    ['table pipes', `|${'|'.repeat(MB)}`],
    ['digits and dashes', `Date: ${'2021-'.repeat(MB / 5)}`],
    ['spaces before a date', `Status: Accepted${' '.repeat(MB)}x`],
    ['dashes', '-'.repeat(MB)],
    ['emphasis marks', `**Status**: ${'*'.repeat(MB)}a`],
    ['short status lines', '## Status\n\n' + 'Accepted on (((((( 2021 ))))))\n'.repeat(MB / 32)],
    ['many headings', '## Status\n'.repeat(MB / 10)],
    ['a long front matter', `---\n${'status: a\n'.repeat(MB / 10)}---\n`],
    ['empty lines', '\n'.repeat(MB)],
  ]
  it.each(hostile)(
    'parses 1 MB of %s quickly',
    (name, text) => {
      const start = performance.now()
      const parsed = parseAdr('docs/adr/0001-x.md', text)
      const ms = performance.now() - start
      console.log(`parseAdr on 1 MB of ${name}: ${ms.toFixed(1)} ms`)
      expect(parsed.findings.filter((f) => f.code === 'ADR_UNREADABLE')).toEqual([])
    },
    5_000,
  )
})

describe('parseAdr: generated ADRs', () => {
  const adrs = Array.from({ length: 1_400 }, (_, i) => generateAdr(i))

  it('reads every generated ADR as the generator wrote it', () => {
    for (const { path, text, expected } of adrs) {
      const { adr, findings } = parseAdr(path, text)
      const got = {
        number: adr.number,
        status: adr.status,
        date: adr.date,
        theme: adr.theme,
        supersededBy: adr.supersededBy,
      }
      const { format: _format, ...want } = expected
      expect({ path, ...got }).toEqual({ path, ...want })
      expect(findings).toEqual([])
    }
  })

  it('prints the parse throughput (not asserted; see scripts/measure-adr-parse.ts)', () => {
    const start = performance.now()
    for (let round = 0; round < 3; round++) for (const { path, text } of adrs) parseAdr(path, text)
    const perSecond = (3 * adrs.length) / ((performance.now() - start) / 1000)
    console.log(
      `parseAdr throughput: ${Math.round(perSecond).toLocaleString('en')} ADRs/s (${adrs.length} generated ADRs × 3)`,
    )
    expect(perSecond).toBeGreaterThan(0)
  })
})
