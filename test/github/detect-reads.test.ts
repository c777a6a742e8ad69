import { Octokit } from '@octokit/rest'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/core/config/parse-config.js'
import { silentLogger } from '../../src/core/logger.js'
import { createLeaderboardGateway } from '../../src/github/leaderboard-gateway.js'
import type { GatewayOctokit } from '../../src/github/octokit-types.js'
import { refreshOrgSnapshot, refreshRepoSlices, type SnapshotParams } from '../../src/github/org-snapshot.js'
import { SnapshotCache, type InstallationState } from '../../src/github/snapshot-cache.js'
import { createRepoAdrsResolver } from '../../src/jobs/load-org-config.js'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'

const CONFIG = `themes:
  - id: global-scale
    name: Global Scale
migrations:
  - id: auth-sdk-3
    title: Leave auth-sdk 2
    detect: { dependency: { ecosystem: npm, name: auth-sdk, range: '<3.0.0' } }
  - id: node-22
    title: Node 22
    label: migrate-node
    detect: { file: { path: .nvmrc, matches: '^(1[0-9]|2[01])' } }
  - id: ci-workflow
    title: Every repository has a CI workflow
    detect: { file: { path: '.github/workflows/*.yml', must: present } }
`
const pkg = (version: string) => JSON.stringify({ dependencies: { 'auth-sdk': version } })

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator({ install: false })
  sim.state.repos.create({ owner: 'acme', name: '.github', files: { '.github/strategy.yml': CONFIG } })
})
afterEach(async () => {
  expectNoViolations(sim)
  await sim.stop()
})

function setup(): {
  octokit: GatewayOctokit
  queries: string[]
  state: InstallationState
  params: SnapshotParams
} {
  const installation = sim.state.installations.create({ account: 'acme' })
  const octokit = new Octokit({
    baseUrl: sim.apiUrl,
    auth: sim.installationToken(installation.id),
    log: { debug() {}, info() {}, warn() {}, error() {} },
  }) as unknown as GatewayOctokit
  const queries: string[] = []
  ;(octokit as unknown as Octokit).hook.before('request', (options) => {
    if (options.url === '/graphql') queries.push(String((options as { query?: unknown }).query))
  })
  const config = parseConfig(CONFIG, '.github/strategy.yml')
  const orgConfig = { config, owner: 'acme', repo: '.github', path: '.github/strategy.yml', text: CONFIG }
  const state = new SnapshotCache().open(installation.id, 'acme')
  const gateway = createLeaderboardGateway(octokit, silentLogger)
  const params: SnapshotParams = {
    octokit,
    logger: silentLogger,
    state,
    config: orgConfig,
    today: '2026-11-16',
    resolveRepoAdrs: createRepoAdrsResolver({ gateway, org: 'acme', orgConfig }),
  }
  return { octokit, queries, state, params }
}

describe('detectors read in the batched repository query', () => {
  it('finds the jobs in one query, skips archived repositories, and dates a job done by its commit', async () => {
    sim.state.repos.create({
      owner: 'acme',
      name: 'api',
      files: { 'package.json': pkg('^2.4.0'), '.nvmrc': '20\n' },
    })
    sim.state.repos.create({
      owner: 'acme',
      name: 'web',
      files: { 'package.json': pkg('3.1.0'), '.nvmrc': '22\n' },
    })
    sim.state.repos.create({
      owner: 'acme',
      name: 'ci',
      files: { '.github/workflows/test.yml': 'on: push\n', '.nvmrc': '16\n' },
    })
    sim.state.repos.create({
      owner: 'acme',
      name: 'old',
      archived: true,
      files: { 'package.json': pkg('1.0.0') },
    })
    const { queries, state, params } = setup()

    const snapshot = await refreshOrgSnapshot(params)
    const detected = (name: string) => snapshot.repos.find((r) => r.repo === `acme/${name}`)?.detected
    expect(detected('api')).toEqual([
      { migration: 'auth-sdk-3', matching: true, since: '2026-11-16', doneOn: null, paths: ['package.json'] },
      { migration: 'node-22', matching: true, since: '2026-11-16', doneOn: null, paths: ['.nvmrc'] },
      { migration: 'ci-workflow', matching: true, since: '2026-11-16', doneOn: null, paths: [] },
    ])
    expect(detected('web')).toEqual([
      { migration: 'ci-workflow', matching: true, since: '2026-11-16', doneOn: null, paths: [] },
    ])
    expect(detected('ci')).toEqual([
      { migration: 'node-22', matching: true, since: '2026-11-16', doneOn: null, paths: ['.nvmrc'] },
    ])
    expect(snapshot.repos.map((r) => r.repo)).not.toContain('acme/old')
    // The files travel in the one batch query: no extra request for detection.
    expect(queries).toHaveLength(1)
    expect(queries[0]).toContain('d0: object(expression: $d0)')
    expect(queries[0]?.match(/\$d0: String!/g)).toHaveLength(1)

    // api moves to auth-sdk 3 on 2026-11-20; web gets a workflow. Only changed repositories are dated.
    sim.state.clock.set('2026-11-20T10:00:00Z')
    sim.state.files.commit({ repo: 'acme/api', files: { 'package.json': pkg('^3.0.0') } })
    sim.state.clock.set('2026-11-21T10:00:00Z')
    sim.state.files.commit({ repo: 'acme/web', files: { '.github/workflows/ci.yml': 'on: push\n' } })
    queries.length = 0
    const later = await refreshRepoSlices({ ...params, today: '2026-11-23', names: ['api', 'web', 'ci'] })
    const after = (name: string) => later.repos.find((r) => r.repo === `acme/${name}`)?.detected
    expect(after('api')?.[0]).toEqual({
      migration: 'auth-sdk-3',
      matching: false,
      since: '2026-11-16',
      doneOn: '2026-11-20',
      paths: ['package.json'],
    })
    expect(after('web')).toEqual([
      { migration: 'ci-workflow', matching: false, since: '2026-11-16', doneOn: '2026-11-21', paths: [] },
    ])
    expect(after('ci')).toEqual(detected('ci'))
    // One batch query and one history query for both repositories that changed state.
    expect(queries).toHaveLength(2)
    expect(queries[1]).toContain('history(first: 1, path: $p0_0)')

    // The match returns: the job remains again, from its first day.
    sim.state.files.commit({ repo: 'acme/api', files: { 'package.json': pkg('2.9.0') } })
    const again = await refreshRepoSlices({ ...params, today: '2026-11-24', names: ['api'] })
    expect(again.repos.find((r) => r.repo === 'acme/api')?.detected?.[0]).toMatchObject({
      matching: true,
      since: '2026-11-16',
      doneOn: null,
    })
    expect(state.failed.size).toBe(0)
  })
})
