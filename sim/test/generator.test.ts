import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../src/core/adr/parse-adr.js'
import { strategyConfigSchema } from '../../src/core/config/config.schema.js'
import { demoOrg, generateOrg, seedState, SimState } from '../index.js'

const parseStrategy = (text: string) => strategyConfigSchema.parse(YAML.parse(text))

describe('generateOrg', () => {
  it('builds 1,000 repositories, 20,000 issues and about 5,000 ADRs in a few seconds', () => {
    const started = performance.now()
    const org = generateOrg({ seed: 42, repos: 1000 })
    const generated = performance.now()
    const state = new SimState()
    seedState(state, org)
    const seeded = performance.now()
    console.log(
      `generateOrg 1,000 repos: ${Math.round(generated - started)} ms; seedState: ${Math.round(seeded - generated)} ms`,
      org.stats,
    )
    expect(org.stats).toMatchObject({ repos: 1001, issues: 20_000, mergedPulls: 5_000 })
    expect(org.stats.adrs).toBeGreaterThan(4_500)
    expect(org.stats.migrationIssues).toBeGreaterThan(10_000)
    expect(state.repos.list('acme')).toHaveLength(1001)
    expect(state.installations.forAccount('acme')?.repositorySelection).toBe('all')
  })

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateOrg({ seed: 'x', repos: 30 })
    const b = generateOrg({ seed: 'x', repos: 30 })
    expect(b).toEqual(a)
    expect(generateOrg({ seed: 'y', repos: 30 }).repos.map((r) => r.name)).not.toEqual(
      a.repos.map((r) => r.name),
    )
  })

  it('writes a strategy config the schema accepts, consistent with repositories and labels', () => {
    const org = generateOrg({ seed: 5, repos: 200, themes: 6, migrations: 5 })
    const config = parseStrategy(org.repos[0]?.files['.github/strategy.yml'] ?? '')
    expect(config.themes.map((t) => t.status)).toContain('retired')
    const themeIds = new Set(config.themes.map((t) => t.id))
    expect(config.migrations.every((m) => themeIds.has(m.theme ?? ''))).toBe(true)
    const labels = new Set(org.repos.flatMap((r) => r.issues.flatMap((i) => i.labels)))
    expect(config.migrations.every((m) => labels.has(m.label ?? ''))).toBe(true)
    const claimed = (name: string) =>
      config.teams.some((t) => t.repos.some((glob) => name.startsWith(glob.replace(/\*$/, ''))))
    const repos = org.repos.filter((r) => r.name !== '.github')
    expect(repos.filter((r) => r.team !== null).every((r) => claimed(r.name))).toBe(true)
    expect(repos.filter((r) => r.team === null).every((r) => !claimed(r.name))).toBe(true)
  })

  it('mixes ADR formats, statuses and themes, and issue states over past months', () => {
    const org = generateOrg({ seed: 9, repos: 100 })
    const adrs = org.repos
      .flatMap((r) => Object.entries(r.files))
      .filter(([path]) => /\/\d{4}-[^/]+\.md$/.test(path))
      .map(([, text]) => text)
    expect(adrs.some((t) => t.startsWith('---\n'))).toBe(true)
    expect(adrs.some((t) => /^\* Status: /m.test(t))).toBe(true)
    expect(adrs.some((t) => /^- Status: /m.test(t))).toBe(true)
    expect(adrs.some((t) => /^\*\*Status\*\*: /m.test(t))).toBe(true)
    expect(adrs.some((t) => /^\| Status \| /m.test(t))).toBe(true)
    expect(adrs.some((t) => /^## Status\n\n/m.test(t))).toBe(true)
    expect(adrs.some((t) => /Superseded by \[ADR-\d{4}\]\(\d{4}-.+\.md\)/.test(t))).toBe(true)
    expect(adrs.some((t) => /cost-savings|platform-modernisation|mobile-first|ai-everywhere/.test(t))).toBe(
      true,
    )
    const issues = org.repos.flatMap((r) => r.issues)
    expect(new Set(issues.map((i) => `${i.state}:${i.stateReason}`))).toEqual(
      new Set(['open:null', 'closed:completed', 'closed:not_planned']),
    )
    expect(issues.every((i) => !i.closedAt || i.closedAt > i.createdAt)).toBe(true)
    const pulls = org.repos.flatMap((r) => r.mergedPulls)
    expect(pulls.some((p) => p.labels.some((l) => l.startsWith('theme:')))).toBe(true)
    expect(pulls.some((p) => /^\[[a-z-]+\] /.test(p.title))).toBe(true)
    expect(pulls.some((p) => p.head.startsWith('theme/'))).toBe(true)
    expect(
      pulls.some(
        (p) =>
          !p.labels.length &&
          !p.body.includes('Theme:') &&
          !p.title.startsWith('[') &&
          !p.head.startsWith('theme/'),
      ),
    ).toBe(true)
  })
})

describe('demoOrg', () => {
  const org = demoOrg()

  it('is the readable sample org acme: four themes, two migrations, five teams', () => {
    const config = parseStrategy(org.strategy.yaml)
    expect(config.themes.map((t) => t.id)).toEqual([
      'enterprise-ready',
      'global-scale',
      'developer-velocity',
      'data-driven',
    ])
    expect(config.themes.every((t) => t.driver && t.success && t.owner && t.horizon)).toBe(true)
    expect(config.migrations.map((m) => m.id)).toEqual(['auth-v2', 'node-24'])
    expect(config.teams.map((t) => t.name)).toEqual(['Payments', 'Identity', 'Platform', 'Data', 'Growth'])
    expect(org.org).toBe('acme')
    expect(org.repos.map((r) => r.name)).toContain('payments-api')
    expect(org.repos.length).toBeGreaterThanOrEqual(10)
  })

  it('has open pull requests for the Action demo: clean, without a theme, with an invalid ADR', () => {
    const pulls = org.repos.find((r) => r.name === 'payments-api')?.openPulls ?? []
    expect(pulls.map((p) => p.key)).toEqual(['clean', 'missing-theme', 'invalid-adr'])
    const invalid = Object.values(pulls[2]?.files ?? {}).join('\n')
    expect(invalid).toContain('**Status**: Aproved')
    expect(invalid).toContain('**Strategic Theme**: cost-savings')
  })

  it('writes ADRs the project’s parser reads as intended', () => {
    const files = org.repos.find((r) => r.name === 'payments-api')?.files ?? {}
    const pulls = org.repos.find((r) => r.name === 'payments-api')?.openPulls ?? []
    const read = (path: string, text: string) => parseAdr(path, text).adr
    expect(
      read('docs/adr/0001-x.md', files['docs/adr/0001-use-postgresql-for-the-ledger.md'] ?? ''),
    ).toMatchObject({
      number: 1,
      status: 'accepted',
      theme: 'global-scale',
    })
    const [path, text] = Object.entries(pulls[2]?.files ?? {})[0] as [string, string]
    expect(read(path, text)).toMatchObject({
      number: 5,
      status: null,
      rawStatus: 'Aproved',
      theme: 'cost-savings',
    })
  })
})
