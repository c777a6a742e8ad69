import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'
import { octokitFor } from '../../sim/test/helpers.js'
import { silentLogger } from '../../src/core/logger.js'
import { GitHubError } from '../../src/github/errors.js'
import type { GitHubGateway } from '../../src/github/gateway.js'
import { createOctokitGateway } from '../../src/github/octokit-gateway.js'
import type { GatewayOctokit } from '../../src/github/octokit-types.js'

let sim: Simulator
let gateway: GitHubGateway
let base = ''
let head = ''
const repo = { owner: 'acme', repo: 'api' }

const GRAPHQL = 'POST /graphql'
const TREES = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}'
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}'

/** Runs `fn` and returns what it gave and the requests it made, by route. */
async function counted<T>(fn: () => Promise<T>): Promise<{ value: T; routes: Record<string, number> }> {
  const before = sim.counters.snapshot()
  const value = await fn()
  const after = sim.counters.snapshot()
  const routes = Object.fromEntries(
    Object.entries(after.byRoute)
      .map(([route, n]) => [route, n - (before.byRoute[route] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  )
  return { value, routes }
}

beforeAll(async () => {
  sim = await startSimulator()
  sim.state.repos.create({
    owner: 'acme',
    name: 'api',
    files: {
      '.github/strategy.yml': 'themes: []\n',
      'docs/adr/0001-a.md': '# A\n',
      'docs/adr/2024/0002-b.md': '# B\n',
      'docs/adr/img/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'src/index.ts': 'export {}\n',
    },
  })
  sim.state.repos.create({
    owner: 'acme',
    name: '.github',
    files: { '.github/strategy.yml': 'themes: [x]\n' },
  })
  const pr = sim.state.pulls.create({
    repo: 'acme/api',
    title: 'ADRs',
    head: 'adrs',
    files: {
      'docs/adr/0003-c.md': '# C\n',
      'docs/adr/teams/payments/2025/0004-d.md': '# D\n',
      'docs/adr/0001-a.md': null,
    },
  })
  base = pr.pull?.base.sha ?? ''
  head = pr.pull?.head.sha ?? ''
  // A plain client (no throttling, which spaces GraphQL queries a second apart): requests are what is measured.
  // A token that reads every repository (a job token would see only its own, and public ones).
  const token = sim.issueToken({ login: 'reader' })
  gateway = createOctokitGateway(octokitFor(sim, token) as unknown as GatewayOctokit, silentLogger)
})
afterAll(() => sim.stop())
afterEach(() => expectNoViolations(sim))

describe('readBatch (against the simulator)', () => {
  it('reads files at several refs and repositories, and folders two levels deep, in one GraphQL query', async () => {
    const { value, routes } = await counted(() =>
      gateway.readBatch({
        files: [
          { repo, path: '.github/strategy.yml', ref: base },
          { repo, path: 'docs/adr/0003-c.md', ref: head },
          { repo, path: 'docs/adr/0003-c.md', ref: base },
          { repo, path: 'docs/adr', ref: head },
          { repo: { owner: 'acme', repo: '.github' }, path: '.github/strategy.yml' },
          { repo: { owner: 'acme', repo: 'nowhere' }, path: '.github/strategy.yml' },
        ],
        folders: [
          { repo, path: 'docs/adr', ref: base },
          { repo, path: 'adr', ref: head },
        ],
      }),
    )
    expect(value).toEqual({
      files: ['themes: []\n', '# C\n', null, null, 'themes: [x]\n', null],
      folders: [['docs/adr/0001-a.md', 'docs/adr/2024/0002-b.md', 'docs/adr/img/logo.png'], []],
    })
    expect(routes).toEqual({ [GRAPHQL]: 1 })
  })

  it('lists the whole tree once for folders nested deeper than the query reaches, unless told they hold nothing', async () => {
    const deep = { repo, path: 'docs/adr', ref: head }
    const { value, routes } = await counted(() =>
      gateway.readBatch({
        files: [],
        folders: [deep, { repo, path: 'docs', ref: head }, { ...deep, path: '' }],
      }),
    )
    const atHead = [
      'docs/adr/0003-c.md',
      'docs/adr/2024/0002-b.md',
      'docs/adr/img/logo.png',
      'docs/adr/teams/payments/2025/0004-d.md',
    ]
    expect(value.folders).toEqual([atHead, atHead, ['.github/strategy.yml', ...atHead, 'src/index.ts']])
    expect(routes).toEqual({ [GRAPHQL]: 1, [TREES]: 1 })

    const pruned = await counted(() =>
      gateway.readBatch({
        files: [],
        folders: [{ ...deep, descend: (folder) => !folder.includes('teams') }],
      }),
    )
    expect(pruned.value.folders).toEqual([atHead.filter((path) => !path.includes('teams'))])
    expect(pruned.routes).toEqual({ [GRAPHQL]: 1 })
  })

  it('falls back to the contents API for a blob GraphQL gives no text for (binary)', async () => {
    const { value, routes } = await counted(() =>
      gateway.readBatch({ files: [{ repo, path: 'docs/adr/img/logo.png', ref: head }], folders: [] }),
    )
    expect(value.files[0]).toContain('PNG')
    expect(routes).toEqual({ [GRAPHQL]: 1, [CONTENTS]: 1 })
  })

  it('turns a query GitHub keeps failing into one GitHubError with the status', async () => {
    sim.faults.inject({ route: GRAPHQL, fault: 502, times: 3 })
    const files = [
      { repo, path: 'a.md', ref: head },
      { repo, path: 'b.md', ref: head },
    ]
    const error = await gateway.readBatch({ files, folders: [] }).catch((e: unknown) => e)
    sim.faults.clear()
    expect(error).toBeInstanceOf(GitHubError)
    expect(error).toMatchObject({ status: 502, message: expect.stringContaining('acme/api:a.md') })
  })

  it('splits more than 100 items into queries of 100', async () => {
    const files = Array.from({ length: 150 }, (_, i) => ({ repo, path: `missing-${i}.md`, ref: head }))
    const { value, routes } = await counted(() => gateway.readBatch({ files, folders: [] }))
    expect(value.files).toEqual(files.map(() => null))
    expect(routes).toEqual({ [GRAPHQL]: 2 })
  })
})
