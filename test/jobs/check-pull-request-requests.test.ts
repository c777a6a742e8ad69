import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'
import { octokitFor } from '../../sim/test/helpers.js'
import { silentLogger } from '../../src/core/logger.js'
import type { GitHubGateway } from '../../src/github/gateway.js'
import { createOctokitGateway } from '../../src/github/octokit-gateway.js'
import type { GatewayOctokit } from '../../src/github/octokit-types.js'
import { checkPullRequest } from '../../src/jobs/check-pull-request.js'
import { generateAdr } from '../helpers/generate-adrs.js'
import { createFakeGateway, type Tree } from './fake-gateway.js'

// A big pull request, checked through the API against the simulator, costs a fixed handful of
// requests and finds exactly what the same check finds when every file is read on its own.

const PATH = '.github/strategy.yml'
const THEMES = `themes:
  - { id: enterprise-ready, name: Enterprise-Ready Platform }
  - { id: global-scale, name: Global Scale & Performance }
  - { id: developer-velocity, name: Developer Velocity }
  - { id: data-driven-product, name: Data-Driven Product }
`
const adr = (n: number, status: string, extra = '') =>
  `# ADR-${String(n).padStart(4, '0')}: Decision ${n}\n\n**Status**: ${status}\n**Date**: 2026-03-14\n**Strategic Theme**: global-scale\n${extra}`

let sim: Simulator
let gateway: GitHubGateway

/** Every file of `repo` at `ref`, as the in-memory reference gateway holds it. */
function snapshot(repo: string, ref?: string): Tree {
  return Object.fromEntries(
    sim.state.files.list(repo, ref).map((p) => [p, sim.state.files.read(repo, p, ref) ?? '']),
  )
}

/**
 * Opens a PR of `total` files, `adrs` of them ADRs under `folder` (one in the sub-folder `nest`),
 * three of them with problems: a duplicate number, a broken supersession link, an invalid status.
 */
function openPull(
  repo: string,
  p: { total: number; adrs: number; folder: string; head: string; nest: string },
) {
  const files: Record<string, string> = {
    [`${p.folder}/0003-same-number.md`]: adr(3, 'Accepted'), // the base has 0003 too
    [`${p.folder}/0900-superseded.md`]: adr(900, 'Superseded by [ADR-0999](0999-gone.md)'),
    [`${p.folder}/${p.nest}/0901-nested.md`]: adr(901, 'Aproved'),
  }
  for (let k = 0; Object.keys(files).length < p.adrs; k++) {
    const generated = generateAdr(100 + k)
    files[generated.path.replace(/^docs\/adr/, p.folder)] = generated.text
  }
  for (let k = 0; Object.keys(files).length < p.total; k++)
    files[`src/module-${k}.ts`] = `export const v${k} = ${k}\n`
  return sim.state.pulls.create({
    repo,
    title: 'Big change',
    head: p.head,
    body: 'Theme: global-scale',
    files,
  })
}

/** Checks the PR through the simulator and through the reference; returns both and the requests by route. */
async function checkBoth(repo: string, number: number, extra: Record<string, Tree> = {}) {
  const [owner, name] = repo.split('/') as [string, string]
  const ref = { owner, repo: name, number }
  const params = { logger: silentLogger, ref, configPath: PATH, today: '2026-06-01' }
  const before = sim.counters.snapshot()
  const actual = await checkPullRequest({ ...params, gateway })
  const after = sim.counters.snapshot()
  const routes = Object.fromEntries(
    Object.entries(after.byRoute)
      .map(
        ([route, n]) =>
          [
            route.replace(/^(\w+) \/repos\/\{owner\}\/\{repo\}/, '$1 '),
            n - (before.byRoute[route] ?? 0),
          ] as const,
      )
      .filter(([, n]) => n > 0),
  )
  const pr = actual.pr
  const reference = createFakeGateway({
    pr,
    changed: (await gateway.listChangedFiles(ref)).files,
    trees: {
      [`${repo}@${pr.baseSha}`]: snapshot(repo, pr.baseSha),
      [`${repo}@${pr.headSha}`]: snapshot(repo, pr.headSha),
      ...extra,
    },
  })
  const expected = await checkPullRequest({ ...params, gateway: reference })
  return { actual, expected, routes }
}

beforeAll(async () => {
  sim = await startSimulator()
  // A token that reads every repository (a job token would see only its own, and public ones).
  const token = sim.issueToken({ login: 'reader' })
  gateway = createOctokitGateway(octokitFor(sim, token) as unknown as GatewayOctokit, silentLogger)
})
afterAll(() => sim.stop())
afterEach(() => expectNoViolations(sim))

describe('checkPullRequest on a big pull request (against the simulator)', () => {
  it('checks 250 files with 30 ADRs in 3 requests, finding what reading every file on its own finds', async () => {
    const files: Record<string, string> = { [PATH]: THEMES, 'src/index.ts': 'export {}\n' }
    for (let i = 0; i < 20; i++) files[generateAdr(i).path] = generateAdr(i).text
    sim.state.repos.create({ owner: 'acme', name: 'api', files })
    const pr = openPull('acme/api', { total: 250, adrs: 30, folder: 'docs/adr', head: 'big', nest: 'teams' })

    const { actual, expected, routes } = await checkBoth('acme/api', pr.number)
    expect(routes).toEqual({
      'GET /pulls/{pull_number}': 1,
      'GET /compare/{basehead}': 1,
      'POST /graphql': 1,
    })
    expect(actual.findings).toEqual(expected.findings)
    expect(actual).toMatchObject({ adrsChecked: 30, themes: ['global-scale'], skipReason: null })
    const codes = actual.findings.map((f) => `${f.code} ${f.file}`)
    expect(codes).toEqual(
      expect.arrayContaining([
        'ADR_DUPLICATE_NUMBER docs/adr/0003-same-number.md',
        'ADR_BROKEN_LINK docs/adr/0900-superseded.md',
        'ADR_INVALID_STATUS docs/adr/teams/0901-nested.md',
      ]),
    )
  })

  it('pays one more query for `_extends`, one for ADR globs other than the defaults, one tree for deep folders', async () => {
    const config = `_extends: .github\nadrs:\n  paths: ['architecture/decisions/**/*.md']\n`
    sim.state.repos.create({ owner: 'acme', name: '.github', files: { [PATH]: THEMES } })
    sim.state.repos.create({
      owner: 'acme',
      name: 'web',
      files: { [PATH]: config, 'architecture/decisions/0003-base.md': adr(3, 'Accepted') },
    })
    const nest = 'teams/payments/2026' // deeper than the GraphQL listing reaches
    const pr = openPull('acme/web', {
      total: 80,
      adrs: 12,
      folder: 'architecture/decisions',
      head: 'arch',
      nest,
    })

    const org = { 'acme/.github@default': snapshot('acme/.github') }
    const { actual, expected, routes } = await checkBoth('acme/web', pr.number, org)
    // The PR, one page of files, the read-ahead, the `_extends` target, the ADRs under the configured
    // globs, and the head's tree to see below `teams/payments`.
    expect(routes).toEqual({
      'GET /pulls/{pull_number}': 1,
      'GET /pulls/{pull_number}/files': 1,
      'POST /graphql': 3,
      'GET /git/trees/{tree_sha}': 1,
    })
    expect(actual.findings).toEqual(expected.findings)
    expect(actual.adrsChecked).toBe(12)
    expect(actual.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['ADR_DUPLICATE_NUMBER', 'ADR_BROKEN_LINK', 'ADR_INVALID_STATUS']),
    )
  })
})
