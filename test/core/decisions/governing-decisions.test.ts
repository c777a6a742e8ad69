import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../../src/core/adr/parse-adr.js'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'
import {
  decisionsFromAdrs,
  decisionsFromConfig,
  governingDecisions,
  outdatedAreaFindings,
  type Decision,
} from '../../../src/core/decisions/governing-decisions.js'
import { globProblem, pathMatcher } from '../../../src/core/decisions/path-globs.js'
import { renderGoverning } from '../../../src/core/report/render-governing.js'
import { expectGolden } from '../../helpers/expect-golden.js'

const config = strategyConfigSchema.parse({
  themes: [{ id: 'enterprise-ready', name: 'Enterprise-Ready Platform' }],
  decisions: [
    {
      title: 'Every service logs JSON',
      adr: 'https://github.com/acme/.github/blob/main/docs/adr/0009-json-logs.md',
      affects: ['**/logging/**'],
      theme: 'Enterprise-Ready Platform',
    },
  ],
})

function decision(over: Partial<Decision>): Decision {
  return {
    file: 'docs/adr/0001-x.md',
    number: 1,
    title: 'X',
    status: 'accepted',
    theme: null,
    supersededBy: null,
    affects: ['src/**'],
    origin: 'repository',
    ...over,
  }
}

describe('affects globs', () => {
  it.each([
    ['src/billing/**', null],
    ['!src/billing/legacy/**', null],
    ['*.tf', null],
    ['/src/**', /drop the leading/],
    ['src\\billing', /use `\/`/],
    ['../other/**', /cannot leave/],
    ['src/{a,b/**', /do not pair up/],
    ['!', /empty/],
  ])('%s', (glob, problem) => {
    const found = globProblem(glob)
    if (problem === null) expect(found).toBeNull()
    else expect(found).toMatch(problem)
  })

  it('includes with the first glob that matches and excludes with `!`', () => {
    const matcher = pathMatcher(['src/billing/**', 'lib/money.ts', '!src/billing/legacy/**'])
    expect(matcher.match('src/billing/invoice.ts')).toBe('src/billing/**')
    expect(matcher.match('lib/money.ts')).toBe('lib/money.ts')
    expect(matcher.match('src/billing/legacy/old.ts')).toBeNull()
    expect(matcher.match('src/other.ts')).toBeNull()
    expect(matcher.match('src/billing/.hidden/x')).toBe('src/billing/**')
  })
})

describe('ADRs that say which paths they govern', () => {
  it('reads `affects` from front matter, field lines and an Affects section, and warns on a bad glob', () => {
    const text = [
      '---',
      'status: accepted',
      'affects:',
      '  - src/billing/**',
      '  - "!src/billing/legacy/**"',
      '---',
      '# 3. Bill in cents',
      '',
      '**Affects**: `services/pay/**`, /abs/**',
      '',
      '## Affects',
      '',
      '- `docs/billing/**`',
    ].join('\n')
    const parsed = parseAdr('docs/adr/0003-cents.md', text)
    expect(parsed.adr.affects).toEqual([
      'src/billing/**',
      '!src/billing/legacy/**',
      'services/pay/**',
      'docs/billing/**',
    ])
    expect(parsed.findings.map((f) => `${f.code}:${f.severity}:${f.line}`)).toEqual([
      'ADR_BAD_GLOB:warning:9',
    ])
    expect(parsed.findings[0]?.message).toContain('"/abs/**"')
  })

  it('leaves `affects` out of ADRs that do not name it', () => {
    expect(parseAdr('a.md', '# A\n\n**Status**: Accepted\n').adr).not.toHaveProperty('affects')
  })
})

describe('governingDecisions', () => {
  const cents = decision({
    file: 'docs/adr/0003-cents.md',
    number: 3,
    title: 'Bill in cents',
    affects: ['src/billing/**', '!src/billing/legacy/**'],
    theme: 'enterprise-ready',
  })
  const floats = decision({
    file: 'docs/adr/0001-floats.md',
    number: 1,
    title: 'Bill in floats',
    status: 'superseded',
    supersededBy: '0003-cents.md',
    affects: ['src/billing/**', 'src/legacy-pay/**'],
  })
  const queue = decision({
    file: 'docs/adr/0004-queue.md',
    number: 4,
    title: 'Use a queue',
    status: 'proposed',
    affects: ['src/billing/**'],
  })
  const never = decision({
    file: 'docs/adr/0005-no.md',
    number: 5,
    title: 'Rejected idea',
    status: 'rejected',
    affects: ['**'],
  })
  const paths = [
    'src/billing/a.ts',
    'src/billing/b.ts',
    'src/billing/legacy/c.ts',
    'src/legacy-pay/d.ts',
    'README.md',
    'svc/logging/x.go',
  ]
  const report = governingDecisions({
    decisions: [cents, floats, queue, never, ...decisionsFromConfig(config)],
    paths,
  })

  it('shows accepted decisions as governing, most files first, with the glob that matched', () => {
    expect(report.governing.map((m) => [m.decision.title, m.via, m.paths])).toEqual([
      ['Bill in cents', 'src/billing/**', ['src/billing/a.ts', 'src/billing/b.ts']],
      ['Every service logs JSON', '**/logging/**', ['svc/logging/x.go']],
    ])
  })

  it('lists proposed decisions apart, and never a rejected one', () => {
    expect(report.underDiscussion.map((m) => m.decision.title)).toEqual(['Use a queue'])
    expect(JSON.stringify(report)).not.toContain('Rejected idea')
  })

  it('flags paths only an outdated decision governs, naming the successor', () => {
    // src/billing/legacy/ is excluded from the accepted ADR; a proposed one is not in force.
    expect(report.outdated.map((m) => [m.decision.title, m.via, m.paths])).toEqual([
      ['Bill in floats', 'src/billing/**', ['src/billing/legacy/c.ts']],
      ['Bill in floats', 'src/legacy-pay/**', ['src/legacy-pay/d.ts']],
    ])
    const findings = outdatedAreaFindings(report)
    expect(findings).toHaveLength(1)
    const [warning] = findings
    expect(warning).toMatchObject({
      code: 'DECISION_SUPERSEDED_AREA',
      severity: 'warning',
      file: 'docs/adr/0001-floats.md',
    })
    expect(warning?.message).toContain('`src/billing/legacy/c.ts`, `src/legacy-pay/d.ts`')
    expect(warning?.message).toContain('Follow its successor, 0003-cents.md')
  })

  it('answers per path, the outdated decision only where nothing in force covers it', () => {
    const titles = (path: string) =>
      report.perPath.find((e) => e.path === path)?.decisions.map((d) => d.decision.title)
    expect(titles('src/billing/a.ts')).toEqual(['Bill in cents', 'Use a queue'])
    expect(titles('src/legacy-pay/d.ts')).toEqual(['Bill in floats'])
    expect(titles('README.md')).toBeUndefined()
  })

  it('takes decisions from ADRs with `affects` only, themes resolved', () => {
    const adr = parseAdr(
      'docs/adr/0003-cents.md',
      '# 3. Cents\n\n**Status**: Accepted\n**Strategic Theme**: Enterprise-Ready Platform\n**Affects**: `src/**`\n',
    ).adr
    const plain = parseAdr('docs/adr/0004-x.md', '# 4. X\n\n**Status**: Accepted\n').adr
    expect(decisionsFromAdrs([adr, plain], config.themes)).toMatchObject([
      { file: 'docs/adr/0003-cents.md', theme: 'enterprise-ready', affects: ['src/**'], status: 'accepted' },
    ])
  })
})

describe('the "Decisions governing this change" section', () => {
  const context = { repo: { owner: 'acme', repo: 'payments' }, headSha: 'a'.repeat(40), config }
  const cents = decision({
    file: 'docs/adr/0003-cents.md',
    number: 3,
    title: 'Bill in cents',
    theme: 'enterprise-ready',
    affects: ['src/billing/**'],
  })
  const queue = decision({
    file: 'docs/adr/0004-queue.md',
    number: 4,
    title: 'Use a queue',
    status: 'proposed',
    affects: ['src/billing/**'],
  })

  it('renders a small pull request', () => {
    const report = governingDecisions({
      decisions: [cents, queue, ...decisionsFromConfig(config)],
      paths: ['src/billing/a.ts', 'svc/logging/x.go'],
    })
    expectGolden('comment-governing-small', renderGoverning(report, context).join('\n') + '\n')
  })

  it('keeps a 300-file pull request readable: one row per decision and glob, three files named', () => {
    const paths = Array.from({ length: 300 }, (_, i) => `src/billing/file-${String(i).padStart(3, '0')}.ts`)
    const lines = renderGoverning(governingDecisions({ decisions: [cents, queue], paths }), context)
    expect(lines.filter((line) => line.startsWith('| [ADR-'))).toHaveLength(2)
    expect(lines.join('\n')).toContain(
      '300: `src/billing/file-000.ts`, `src/billing/file-001.ts`, `src/billing/file-002.ts`, … 297 more',
    )
    expect(lines.join('\n').length).toBeLessThan(2000)
  })

  it('fits its budget by leaving out whole rows, saying how to see them all', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      decision({
        file: `docs/adr/${String(i).padStart(4, '0')}-d.md`,
        number: i,
        title: `Decision ${i}`,
        affects: [`src/m${i}/**`],
      }),
    )
    const paths = many.map((_, i) => `src/m${i}/x.ts`)
    const text = renderGoverning(governingDecisions({ decisions: many, paths }), context, 3000).join('\n')
    expect(text.length).toBeLessThanOrEqual(3000)
    expect(text).toMatch(/… and \d+ more decisions: `strategy-trace decisions <paths>` lists them all\._$/)
  })

  it('escapes hostile titles and links only https', () => {
    const evil = decision({ title: '<img src=x> @everyone [x](javascript:alert(1))', affects: ['**'] })
    const org = { ...evil, origin: 'organisation' as const, file: 'javascript:alert(1)' }
    const text = renderGoverning(governingDecisions({ decisions: [evil, org], paths: ['a'] }), context).join(
      '\n',
    )
    expect(text).not.toContain('<img')
    expect(text).not.toMatch(/\]\(javascript:/)
    expect(text).not.toMatch(/(^|[^`\\])@everyone/)
  })
})
