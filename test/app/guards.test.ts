import { describe, expect, it } from 'vitest'
import {
  involvesMigrationLabel,
  isRefreshCommand,
  labelNames,
  pushChanges,
  type PushPayload,
} from '../../app/guards.js'
import { adrsSchema } from '../../src/core/config/config.schema.js'

const adrs = adrsSchema.parse({})
const labels = new Set(['migrate-auth'])

const push = (files: string[], over: Partial<PushPayload> = {}): PushPayload => ({
  ref: 'refs/heads/main',
  repository: { name: 'api', default_branch: 'main' },
  commits: [{ added: [], modified: files, removed: [] }],
  ...over,
})

describe('involvesMigrationLabel', () => {
  it('sees the label being added or removed, or one the issue carries', () => {
    expect(involvesMigrationLabel({ label: 'migrate-auth', issueLabels: [] }, labels)).toBe(true)
    expect(involvesMigrationLabel({ label: 'bug', issueLabels: ['migrate-auth'] }, labels)).toBe(true)
    expect(involvesMigrationLabel({ label: 'bug', issueLabels: ['bug'] }, labels)).toBe(false)
  })

  it('reads label names from objects and strings', () => {
    expect(labelNames([{ name: 'a' }, 'b', null, { id: 1 }])).toEqual(['a', 'b'])
  })
})

describe('pushChanges', () => {
  it('reports ADR and config changes on the default branch only', () => {
    expect(pushChanges(push(['docs/adr/0001-x.md']), adrs)).toBe('adrs')
    expect(pushChanges(push(['.github/strategy.yml']), adrs)).toBe('config')
    expect(pushChanges(push(['src/index.ts']), adrs)).toBeNull()
    expect(pushChanges(push(['docs/adr/0001-x.md'], { ref: 'refs/heads/feature' }), adrs)).toBeNull()
  })

  it('assumes ADRs changed when the commit list may be truncated', () => {
    const commits = Array.from({ length: 20 }, () => ({ modified: ['src/x.ts'] }))
    expect(pushChanges(push([], { commits }), adrs)).toBe('adrs')
  })

  it('without ADR settings only notices the config', () => {
    expect(pushChanges(push(['docs/adr/0001-x.md']), null)).toBeNull()
    expect(pushChanges(push(['.github/strategy.yml']), null)).toBe('config')
  })

  it('notices CODEOWNERS and catalog-info.yaml only when an ownership source reads them', () => {
    const owners = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', 'catalog-info.yaml']
    expect(pushChanges(push(['.github/CODEOWNERS']), adrs, undefined, owners)).toBe('adrs')
    expect(pushChanges(push(['catalog-info.yaml']), adrs, undefined, owners)).toBe('adrs')
    expect(pushChanges(push(['.github/CODEOWNERS']), adrs)).toBeNull()
  })
})

describe('isRefreshCommand', () => {
  it.each([
    ['/leaderboard refresh', true],
    ['  /Leaderboard   refresh  \nplease', true],
    ['/leaderboard refresh now', false],
    ['please /leaderboard refresh', false],
    [null, false],
  ])('%j → %s', (body, expected) => expect(isRefreshCommand(body)).toBe(expected))
})
