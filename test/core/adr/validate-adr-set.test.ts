import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../../src/core/adr/parse-adr.js'
import { validateAdrSet } from '../../../src/core/adr/validate-adr-set.js'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'
import type { Adr } from '../../../src/core/types.js'
import { readAdrFixture } from '../../helpers/read-adr-fixture.js'

const config = strategyConfigSchema.parse({ themes: [{ id: 'x', name: 'X' }] })
const adr = (path: string, text = ''): Adr => parseAdr(path, text).adr

describe('validateAdrSet', () => {
  it('reports ADR_DUPLICATE_NUMBER on each file, naming the other and the next free number', () => {
    const adrs = [
      adr('docs/adr/0007-a.md', '# ADR-0007: A\n'),
      adr('docs/adr/0007-b.md'),
      adr('docs/adr/0009-c.md'),
    ]
    const findings = validateAdrSet({ adrs, config })
    expect(findings).toMatchObject([
      { code: 'ADR_DUPLICATE_NUMBER', severity: 'error', file: 'docs/adr/0007-a.md', line: 1 },
      { code: 'ADR_DUPLICATE_NUMBER', severity: 'error', file: 'docs/adr/0007-b.md', line: 1 },
    ])
    expect(findings[1]?.message).toBe(
      'ADR `docs/adr/0007-b.md` has number 7, like `docs/adr/0007-a.md`. ADR numbers must be unique within a folder: ' +
        'renumber one of them (the next free number is 10) and update the links to it.',
    )
  })

  it('allows the same number in different ADR folders', () => {
    expect(
      validateAdrSet({ adrs: [adr('svc-a/docs/adr/0001-a.md'), adr('svc-b/docs/adr/0001-a.md')], config }),
    ).toEqual([])
  })

  it('resolves the fixtures’ links to each other', () => {
    const names = [
      '0004-madr2-star-bullets.md',
      '0001-record-architecture-decisions.md',
      '0015-adr-tools-superseded.md',
      '0016-adr-tools-supersedes.md',
      '0012-bold-bullets.md',
      '0003-nygard-history-newest-first.md',
      '0005-madr2-dash-bullets.md',
    ]
    const adrs = names.map((name) => adr(`docs/adr/${name}`, readAdrFixture(name)))
    expect(validateAdrSet({ adrs, config })).toEqual([])
  })

  it.each([
    ['a relative link', '0002-b.md'],
    ['a link with an anchor', './0002-b.md#status'],
    ['a link from another folder', '../adr/0002-b.md'],
    ['a root-relative link', '/docs/adr/0002-b.md'],
    ['an ADR reference', 'ADR-0002'],
    ['a bare number', '2'],
    ['a slug without extension', '0002-b'],
    ['an encoded link', '0002%2Db.md'],
    ['a URL (not checked)', 'https://example.com/adr/9'],
  ])('accepts %s', (_name, target) => {
    const a = adr('docs/adr/0001-a.md', `# A\n\nStatus: Superseded by [B](${target})\n`)
    const b = adr('docs/adr/0002-b.md')
    expect(validateAdrSet({ adrs: [a, b], config })).toEqual([])
  })

  it('reports ADR_BROKEN_LINK for a superseded-by link to a missing file, on its line', () => {
    const a = adr('docs/adr/0001-a.md', '# A\n\n## Status\n\nSuperseded by [ADR-0012](0012-foo.md)\n')
    expect(validateAdrSet({ adrs: [a], config })).toMatchObject([
      {
        code: 'ADR_BROKEN_LINK',
        severity: 'warning',
        file: 'docs/adr/0001-a.md',
        line: 5,
        message:
          'ADR `docs/adr/0001-a.md` says it is superseded by "0012-foo.md" on line 5, but there is no `docs/adr/0012-foo.md` ' +
          'among the ADRs. Link the other ADR by its file, relative to this one, e.g. `[ADR-0012](0012-newer-decision.md)`.',
      },
    ])
  })

  it('reports ADR_BROKEN_LINK for each supersedes reference that names no ADR', () => {
    const a = adr(
      'docs/adr/0003-a.md',
      '# A\n\n**Supersedes**: ADR-0042\n\n## Links\n\n* Supersedes [old](../../gone.md)\n',
    )
    const findings = validateAdrSet({ adrs: [a], config })
    expect(findings.map((f) => `${f.code}:${f.line}`)).toEqual(['ADR_BROKEN_LINK:3', 'ADR_BROKEN_LINK:3'])
    expect(findings[0]?.message).toContain(
      'says it supersedes "ADR-0042" on line 3, but there is no ADR numbered 42 among',
    )
    expect(findings[1]?.message).toContain('there is no `gone.md`')
  })
})
