import fc from 'fast-check'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../../src/core/adr/parse-adr.js'
import { readSimpleFrontMatter } from '../../../src/core/adr/read-simple-front-matter.js'

/** What the `yaml` package reads, in the fast path's shape. */
function viaYaml(source: string): Record<string, unknown> | 'error' {
  const doc = parseDocument(source, { uniqueKeys: true })
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return 'error'
  const out: Record<string, unknown> = {}
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = String((pair.key as { value: unknown }).value)
    const value = pair.value
    out[key] = isScalar(value)
      ? value.value
      : isSeq(value)
        ? value.items.map((i) => (isScalar(i) ? i.value : i))
        : value
  }
  return out
}

describe('readSimpleFrontMatter', () => {
  const value = fc.oneof(
    fc.constantFrom(
      'accepted',
      '2021-03-02',
      '"quoted: value"',
      "'single'",
      '[a, b]',
      '[]',
      'true',
      'null',
      '~',
      '12',
      '1.5',
      '0x1F',
      '.inf',
      '{proposed | accepted}',
      '[ADR-1](x.md)',
      'a: b',
      'a #c',
      '- item',
      '*alias',
      '&anchor x',
      '!!str x',
      '|',
      '>',
      '"esc\\"aped"',
      'Global Scale & Performance',
      'superseded by ADR-0012',
      '',
    ),
    fc.string({ maxLength: 12 }),
  )
  const line = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('status', 'date', 'theme', 'strategic-theme', 'review_date', 'x y', '1st'),
        value,
      )
      .map(([k, v]) => `${k}:${v === '' ? '' : ' '}${v}`),
    fc.constantFrom('# a comment', '', '  indented: x', '  - item'),
  )

  it('returns exactly what the yaml package returns, or null', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const simple = readSimpleFrontMatter(lines)
        if (simple === null) return
        const yaml = viaYaml(lines.join('\n'))
        expect(yaml).not.toBe('error')
        expect(Object.fromEntries(simple.map((e) => [e.key, e.value]))).toEqual(yaml)
      }),
      { numRuns: 2000, seed: 7 },
    )
  })

  it('leaves values YAML reads as other types to the yaml package', () => {
    for (const text of [
      'status: true',
      'status: 12',
      'status: null',
      'status: 1e3',
      'a: [1, 2]',
      'a: x\na: y',
    ]) {
      expect(readSimpleFrontMatter(text.split('\n'))).toBeNull()
    }
  })
})

describe('parseAdr: front matter', () => {
  it('reads a BOM, CRLF and a `...` end marker', () => {
    const adr = parseAdr('a.md', '\uFEFF---\r\nstatus: accepted\r\n...\r\n# T\r\n').adr
    expect(adr).toMatchObject({ status: 'accepted', title: 'T', lines: { status: 2, title: 4 } })
  })

  it('reads nested YAML through the yaml package', () => {
    const text =
      '---\nstatus: accepted\nlinks:\n  related: [a, b]\nsupersedes:\n  - "[ADR-1](0001-a.md)"\n---\n'
    expect(parseAdr('a.md', text).adr).toMatchObject({
      status: 'accepted',
      supersedes: ['0001-a.md'],
      lines: { supersedes: 5 },
    })
  })

  it('reports broken YAML on its line and still reads the fields', () => {
    const parsed = parseAdr(
      'docs/adr/0001-x.md',
      '---\ntheme: enterprise-ready\nstatus: [accepted\n---\n# T\n',
    )
    expect(parsed.findings).toMatchObject([
      { code: 'ADR_FRONT_MATTER_INVALID', severity: 'warning', line: 3 },
    ])
    expect(parsed.findings[0]?.message).toContain(
      'ADR `docs/adr/0001-x.md` has front matter that is not valid YAML (line 3',
    )
    expect(parsed.adr).toMatchObject({
      theme: 'enterprise-ready',
      rawStatus: '[accepted',
      lines: { theme: 2, status: 3 },
    })
  })

  it('reports duplicate keys', () => {
    const parsed = parseAdr('a.md', '---\nstatus: accepted\nstatus: rejected\n---\n')
    expect(parsed.findings).toMatchObject([{ code: 'ADR_FRONT_MATTER_INVALID', line: 3 }])
    expect(parsed.adr.status).toBe('accepted')
  })

  it('reports front matter that is not a map', () => {
    expect(parseAdr('a.md', '---\n- a\n- b\n---\n').findings).toMatchObject([
      { code: 'ADR_FRONT_MATTER_INVALID', line: 2 },
    ])
  })

  it('does not expand aliases', () => {
    const text = '---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nstatus: *c\n---\n'
    const parsed = parseAdr('a.md', text)
    expect(parsed.adr.status).toBeNull()
    expect(parsed.adr.rawStatus).not.toContain('x')
  })

  it('treats an unclosed `---` as a thematic break, not front matter', () => {
    expect(parseAdr('a.md', '---\nStatus: Accepted\n').adr).toMatchObject({
      status: 'accepted',
      format: 'inline',
    })
  })

  it('reads front matter with placeholders line by line', () => {
    const parsed = parseAdr('a.md', '---\nstatus: {proposed | accepted}\ndate: {YYYY-MM-DD}\n---\n')
    expect(parsed.adr).toMatchObject({
      rawStatus: null,
      statusPlaceholder: '{proposed | accepted}',
      status: null,
      lines: { status: 2, date: 3 },
    })
    expect(parsed.findings.map((f) => f.code)).toEqual(['ADR_BAD_DATE'])
  })
})
