import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'
import { octokitFor } from '../../sim/test/helpers.js'
import { silentLogger } from '../../src/core/logger.js'
import type { GitHubGateway } from '../../src/github/gateway.js'
import { createOctokitGateway } from '../../src/github/octokit-gateway.js'
import type { GatewayOctokit } from '../../src/github/octokit-types.js'

let sim: Simulator
let gateway: GitHubGateway
const repo = { owner: 'acme', repo: 'api' }
const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}'
const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'

const BASE_FILES: Record<string, string> = {}
for (let i = 0; i < 40; i++) BASE_FILES[`src/old-${i}.ts`] = `export const old${i} = ${i}\n`

/** A pull request changing `count` files: 2 removed, 1 renamed as is, the rest added. */
function openPull(count: number, extra: { renames?: Record<string, string> } = {}) {
  const files: Record<string, string | null> = { 'src/old-0.ts': null, 'src/old-1.ts': null }
  for (let i = 0; i < count - 3; i++) files[`src/new-${count}-${i}.ts`] = `export const n = ${i}\n`
  const renames = extra.renames ?? { 'src/old-2.ts': 'lib/old-2.ts' }
  return sim.state.pulls.create({
    repo: 'acme/api',
    title: 'Big',
    head: `big-${count}-${Math.random()}`,
    files,
    renames,
  })
}

async function list(number: number) {
  const before = sim.counters.snapshot().byRoute
  const pr = await gateway.getPullRequest({ ...repo, number })
  const listed = await gateway.listChangedFiles(pr)
  const after = sim.counters.snapshot().byRoute
  const routes = {
    compare: (after[COMPARE] ?? 0) - (before[COMPARE] ?? 0),
    pages: (after[FILES] ?? 0) - (before[FILES] ?? 0),
  }
  return { pr, listed, routes }
}

beforeAll(async () => {
  sim = await startSimulator()
  sim.state.repos.create({ owner: 'acme', name: 'api', files: BASE_FILES })
  // A token that reads every repository (a job token would see only its own, and public ones).
  const token = sim.issueToken({ login: 'reader' })
  gateway = createOctokitGateway(octokitFor(sim, token) as unknown as GatewayOctokit, silentLogger)
})
afterAll(() => sim.stop())
afterEach(() => expectNoViolations(sim))

describe('listChangedFiles (against the simulator)', () => {
  it('lists 101–300 files with one comparison, the same files the pages list', async () => {
    const pr = openPull(250)
    const { listed, routes } = await list(pr.number)
    expect(routes).toEqual({ compare: 1, pages: 0 })
    expect(listed.truncated).toBe(false)
    const paged = await gateway.listChangedFiles({ ...repo, number: pr.number })
    expect(listed.files).toEqual(paged.files)
    expect(listed.files).toHaveLength(250)
    expect(listed.files).toEqual(
      expect.arrayContaining([
        { path: 'src/old-0.ts', status: 'removed' },
        { path: 'lib/old-2.ts', status: 'renamed', previousPath: 'src/old-2.ts' },
      ]),
    )
  })

  it('reads one page for up to 100 files, and pages beyond 300', async () => {
    expect((await list(openPull(60).number)).routes).toEqual({ compare: 0, pages: 1 })
    const big = await list(openPull(320).number)
    expect(big.routes).toEqual({ compare: 0, pages: 4 })
    expect(big.listed.files).toHaveLength(320)
  })

  it('falls back to the pages when the comparison disagrees with the pull request', async () => {
    // A rename with new content: the pull request says renamed (1 file), a comparison removed + added (2).
    sim.state.repos.create({ owner: 'acme', name: 'moved', files: { 'a.md': 'one\n' } })
    const files: Record<string, string> = { 'b.md': 'two\n' }
    for (let i = 0; i < 150; i++) files[`gen/${i}.ts`] = `${i}\n`
    const pr = sim.state.pulls.create({
      repo: 'acme/moved',
      title: 'Move',
      head: 'move',
      files,
      renames: { 'a.md': 'b.md' },
    })
    const before = sim.counters.snapshot().byRoute
    const info = await gateway.getPullRequest({ owner: 'acme', repo: 'moved', number: pr.number })
    const listed = await gateway.listChangedFiles(info)
    const after = sim.counters.snapshot().byRoute
    expect(info.changedFiles).toBe(151)
    expect(listed.files).toHaveLength(151)
    expect(listed.files).toContainEqual({ path: 'b.md', status: 'renamed', previousPath: 'a.md' })
    expect([
      (after[COMPARE] ?? 0) - (before[COMPARE] ?? 0),
      (after[FILES] ?? 0) - (before[FILES] ?? 0),
    ]).toEqual([1, 2])
  })
})
