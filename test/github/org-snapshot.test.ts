import { Octokit } from '@octokit/rest'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/core/config/parse-config.js'
import { silentLogger } from '../../src/core/logger.js'
import { createLeaderboardGateway } from '../../src/github/leaderboard-gateway.js'
import type { GatewayOctokit } from '../../src/github/octokit-types.js'
import { refreshOrgSnapshot, refreshRepoSlices, type SnapshotParams } from '../../src/github/org-snapshot.js'
import { addRequestTimeout } from '../../src/github/request-timeout.js'
import { SnapshotCache, type InstallationState } from '../../src/github/snapshot-cache.js'
import { createRepoAdrsResolver } from '../../src/jobs/load-org-config.js'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'

const TODAY = '2026-11-16'
const ORG_CONFIG = `themes:
  - id: global-scale
    name: Global Scale
migrations:
  - id: auth
    title: Auth SDK
    label: migrate-auth
  - id: node
    title: Node 24
    label: migrate-node
`
const adr = (title: string, status = 'Accepted') =>
  `# ${title}\n\n**Status**: ${status}\n**Strategic Theme**: global-scale\n`

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator({ install: false })
  sim.state.repos.create({ owner: 'acme', name: '.github', files: { '.github/strategy.yml': ORG_CONFIG } })
})
afterEach(async () => {
  expectNoViolations(sim)
  await sim.stop()
})

/** An Octokit on the simulator that records the GraphQL documents it sends. */
function client(token = sim.installationToken(installationId)) {
  const quiet = { debug() {}, info() {}, warn() {}, error() {} }
  const octokit = new Octokit({ baseUrl: sim.apiUrl, auth: token, log: quiet })
  const queries: string[] = []
  octokit.hook.before('request', (options) => {
    if (options.url === '/graphql') queries.push(String((options as { query?: unknown }).query))
  })
  return { octokit: octokit as unknown as GatewayOctokit, queries }
}

function params(octokit: GatewayOctokit, state: InstallationState, configText = ORG_CONFIG): SnapshotParams {
  const config = parseConfig(configText, '.github/strategy.yml')
  const orgConfig = { config, owner: 'acme', repo: '.github', path: '.github/strategy.yml', text: configText }
  const gateway = createLeaderboardGateway(octokit, silentLogger)
  return {
    octokit,
    logger: silentLogger,
    state,
    config: orgConfig,
    today: TODAY,
    resolveRepoAdrs: createRepoAdrsResolver({ gateway, org: 'acme', orgConfig }),
  }
}

let installationId: number | undefined
function install() {
  const installation = sim.state.installations.create({ account: 'acme' })
  installationId = installation.id
  return installation
}

describe('refreshOrgSnapshot', () => {
  it('reads every page and nested folder, batching repositories and follow-ups', async () => {
    sim.state.repos.create({
      owner: 'acme',
      name: 'big',
      files: {
        'docs/adr/0001-a.md': adr('A'),
        'docs/adr/2024/q1/0002-b.md': adr('B'),
        'docs/adr/2024/x.png': 'PNG\0',
      },
    })
    for (let i = 0; i < 230; i++)
      sim.state.issues.insert({
        repo: 'acme/big',
        title: `Job ${i}`,
        labels: i % 5 === 0 ? ['migrate-auth', 'migrate-node'] : ['migrate-auth'],
      })
    sim.state.issues.insert({ repo: 'acme/big', title: 'Unrelated', labels: ['bug'] })
    for (let i = 0; i < 120; i++) {
      const at = new Date(Date.parse('2026-11-10T00:00:00Z') - i * 86_400_000).toISOString()
      sim.state.pulls.insertHistoric({
        repo: 'acme/big',
        title: `PR ${i}`,
        head: `b${i}`,
        createdAt: at,
        closedAt: at,
        merged: true,
        files: [],
      })
    }
    sim.state.repos.create({ owner: 'acme', name: 'small', files: { 'adr/0001-x.md': adr('X') } })
    sim.state.repos.create({ owner: 'acme', name: 'old', archived: true })
    install()
    const { octokit, queries } = client()
    const state = new SnapshotCache().open(1, 'acme')
    const snapshot = await refreshOrgSnapshot({ ...params(octokit, state), batchSize: 2 })

    const big = snapshot.repos.find((r) => r.repo === 'acme/big')
    expect(big?.issues).toHaveLength(230)
    expect(big?.issues.filter((i) => i.labels.length === 2)).toHaveLength(46)
    expect(big?.mergedPulls).toHaveLength(90 - 6 + 1) // merged on or after 2026-08-18
    expect(big?.adrs.map((a) => a.path)).toEqual(['docs/adr/0001-a.md', 'docs/adr/2024/q1/0002-b.md'])
    expect(snapshot.repos.find((r) => r.repo === 'acme/small')?.adrs.map((a) => a.title)).toEqual(['X'])
    expect(snapshot.skipped).toEqual([{ repo: 'acme/old', reason: 'archived' }])
    expect(snapshot.failed).toEqual([])
    // 3 repositories in batches of 2, then rounds of follow-ups: issues pages 2–3, PR page 2, q1 folder.
    expect(queries.length).toBeLessThanOrEqual(2 + 3)
  })

  it("follows a repository's own config for its ADR paths, and reports an invalid one", async () => {
    const custom = `_extends: .github\nadrs:\n  paths: ['architecture/decisions/*.md']\n`
    sim.state.repos.create({
      owner: 'acme',
      name: 'custom',
      files: {
        '.github/strategy.yml': custom,
        'architecture/decisions/0001-c.md': adr('C'),
        'docs/adr/0001-d.md': adr('D'),
      },
    })
    sim.state.repos.create({
      owner: 'acme',
      name: 'broken',
      files: { '.github/strategy.yml': 'adrs: [nope', 'docs/adr/0001-e.md': adr('E') },
    })
    install()
    const { octokit } = client()
    const snapshot = await refreshOrgSnapshot(params(octokit, new SnapshotCache().open(1, 'acme')))
    expect(snapshot.repos.find((r) => r.repo === 'acme/custom')?.adrs.map((a) => a.title)).toEqual(['C'])
    expect(snapshot.repos.find((r) => r.repo === 'acme/broken')?.adrs.map((a) => a.title)).toEqual(['E'])
    expect(snapshot.failed).toEqual([
      {
        repo: 'acme/broken',
        reason: expect.stringMatching(/its .github\/strategy.yml is invalid: .*organisation's ADR paths/),
      },
    ])
  })

  it('reads a repository-wide glob by listing names and fetching only matching files', async () => {
    const config = `${ORG_CONFIG}adrs:\n  paths: ['**/adr/*.md']\n`
    sim.state.repos.create({
      owner: 'acme',
      name: 'mono',
      files: { 'services/a/adr/0001-m.md': adr('M'), 'services/a/src/index.ts': 'x', 'README.md': '# mono' },
    })
    install()
    const { octokit, queries } = client()
    const snapshot = await refreshOrgSnapshot(params(octokit, new SnapshotCache().open(1, 'acme'), config))
    expect(snapshot.repos.find((r) => r.repo === 'acme/mono')?.adrs.map((a) => a.path)).toEqual([
      'services/a/adr/0001-m.md',
    ])
    expect(queries.join('\n')).not.toContain('...Folder')
  })
})

describe('a warm installation', () => {
  beforeEach(() => {
    sim.state.repos.create({
      owner: 'acme',
      name: 'api',
      files: { 'docs/adr/0001-a.md': adr('A', 'Proposed') },
    })
    sim.state.repos.create({ owner: 'acme', name: 'web', files: { 'docs/adr/0001-w.md': adr('W') } })
  })

  it('asks only for tree ids of unchanged ADR folders and re-reads a changed one', async () => {
    install()
    const { octokit, queries } = client()
    const state = new SnapshotCache().open(1, 'acme')
    const first = await refreshOrgSnapshot(params(octokit, state))
    queries.length = 0
    expect(await refreshOrgSnapshot(params(octokit, state))).toEqual(first)
    expect(queries).toHaveLength(1)
    expect(queries[0]).not.toContain('...Folder')

    sim.state.files.commit({ repo: 'acme/api', files: { 'docs/adr/0001-a.md': adr('A', 'Accepted') } })
    queries.length = 0
    const third = await refreshOrgSnapshot(params(octokit, state))
    expect(third.repos.find((r) => r.repo === 'acme/api')?.adrs[0]?.status).toBe('accepted')
    expect(queries).toHaveLength(2)
    expect(queries[1]).toContain('...Folder')
  })

  it('times out a hung query: retried in halves once, given up on when GitHub keeps hanging', async () => {
    install()
    const { octokit, queries } = client()
    addRequestTimeout(octokit, 200)
    sim.faults.inject({ route: 'POST /graphql', fault: 'hang' })
    const once = await refreshOrgSnapshot({
      ...params(octokit, new SnapshotCache().open(1, 'acme')),
      batchSize: 5,
    })
    expect(once.failed).toEqual([])
    expect(once.repos).toHaveLength(3)

    queries.length = 0
    sim.faults.inject({ route: 'POST /graphql', fault: 'hang', times: 10 })
    const always = await refreshOrgSnapshot({
      ...params(octokit, new SnapshotCache().open(1, 'acme')),
      batchSize: 5,
    })
    expect(always.failed.map((f) => f.repo)).toEqual(['acme/.github', 'acme/api', 'acme/web'])
    expect(always.failed[0]?.reason).toMatch(/^500 /)
    expect(queries).toHaveLength(3)
  })

  it('keeps the last data of a repository that cannot be read now, and says so', async () => {
    const installation = install()
    const state = new SnapshotCache().open(installation.id, 'acme')
    await refreshOrgSnapshot(params(client().octokit, state))
    const narrow = client(sim.installationToken(installation.id, ['acme/api']))
    const snapshot = await refreshRepoSlices({ ...params(narrow.octokit, state), names: ['api', 'web'] })
    expect(snapshot.repos.map((r) => r.repo)).toEqual(['acme/.github', 'acme/api', 'acme/web'])
    expect(snapshot.failed).toEqual([
      {
        repo: 'acme/web',
        reason: 'not found, or the app cannot read it; showing data from an earlier refresh',
      },
    ])
  })
})
