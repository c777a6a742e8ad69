/**
 * End to end against the simulator (issue 15): dependency files planted through GitHub's REST write
 * route (`PUT /repos/{owner}/{repo}/contents/{path}`), then `strategy-trace leaderboard --org --post`
 * counts the detected jobs and opens one job issue per repository, never twice, and closes a job issue
 * as completed once its repository leaves the old version.
 */
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/cli-types.js'
import { main } from '../../src/cli/main.js'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'

const LABEL = 'migration:auth-client-3'
const CONFIG = `themes:
  - id: enterprise-ready
    name: Enterprise-Ready Platform
migrations:
  - id: auth-client-3
    title: Leave the auth-client 2 SDK
    theme: enterprise-ready
    detect: { dependency: { ecosystem: npm, name: '@acme/auth-client', range: '<3.0.0' } }
    create_issues: true
`
const REPOS = ['billing', 'identity-service', 'search', 'web']

let sim: Simulator
let installationId: number
let rest: Octokit
/** A developer pushing to the repositories (the app may not write contents). */
let developer: Octokit
beforeAll(async () => {
  sim = await startSimulator({ install: false })
  sim.state.repos.create({ owner: 'acme', name: '.github', files: { '.github/strategy.yml': CONFIG } })
  for (const name of REPOS)
    sim.state.repos.create({ owner: 'acme', name, files: { 'README.md': `# ${name}\n` } })
  installationId = sim.state.installations.create({ account: 'acme' }).id
  rest = new Octokit({ baseUrl: sim.apiUrl, auth: sim.installationToken(installationId) })
  developer = new Octokit({ baseUrl: sim.apiUrl, auth: sim.issueToken({ login: 'dana-li' }) })
})
afterAll(async () => {
  expectNoViolations(sim)
  await sim.stop()
})

async function plant(repo: string, version: string): Promise<void> {
  const path = 'package.json'
  const current = await developer.repos.getContent({ owner: 'acme', repo, path }).catch(() => null)
  const sha = current && !Array.isArray(current.data) ? current.data.sha : undefined
  const text = JSON.stringify({ name: repo, dependencies: { '@acme/auth-client': version } }, null, 2)
  await developer.repos.createOrUpdateFileContents({
    owner: 'acme',
    repo,
    path,
    message: `auth-client ${version}`,
    content: Buffer.from(`${text}\n`).toString('base64'),
    ...(sha ? { sha } : {}),
  })
}

async function leaderboard(): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const io: CliIo = {
    cwd: process.cwd(),
    env: { GITHUB_TOKEN: sim.installationToken(installationId), GITHUB_API_URL: sim.apiUrl },
    stdout: () => {},
    stderr: (text) => void (stderr += text),
    today: () => '2026-11-16',
  }
  const args = [
    'leaderboard',
    '--org',
    'acme',
    '--post',
    '--bot-login',
    'strategy-trace[bot]',
    '--today',
    '2026-11-16',
  ]
  return { code: await main(args, io), stderr }
}

/** The job issues as the simulator holds them (what GitHub would show). */
function jobIssues() {
  return sim.state.repos
    .list('acme')
    .flatMap((repo) => [...repo.issues.values()].map((issue) => ({ repo: repo.name, issue })))
    .filter(({ issue }) => !issue.pull && issue.labels.includes(LABEL))
    .map(({ repo, issue }) => ({
      repo,
      state: issue.state,
      reason: issue.stateReason,
      marked: (issue.body ?? '').includes('<!-- strategy-trace:job migration=auth-client-3'),
    }))
}

async function board(): Promise<string> {
  const issues = await rest.paginate(rest.issues.listForRepo, {
    owner: 'acme',
    repo: '.github',
    state: 'all',
  })
  return issues.find((issue) => issue.title === 'Strategy leaderboard')?.body ?? ''
}

describe('strategy-trace leaderboard --org: jobs detected from the code', () => {
  it('counts planted dependencies, opens each job issue once, closes it when the dependency moves on', async () => {
    await plant('billing', '^2.3.0')
    await plant('identity-service', '2.8.1')
    await plant('search', '^3.0.0')
    const first = await leaderboard()
    expect(first.code).toBe(0)
    expect(first.stderr).toContain('Job issues: 2 opened, 0 reopened, 0 closed')
    const opened = jobIssues().filter((issue) => issue.state === 'open')
    expect(opened.map((issue) => issue.repo).sort()).toEqual(['billing', 'identity-service'])
    expect(opened.every((issue) => issue.marked)).toBe(true)
    const body = await board()
    expect(body).toContain('0 of 2 jobs done, 2 remaining')
    expect(body).toMatch(/- ⬜ acme\/billing · \[#\d+\]\(http/)

    // A second, cold run finds the job issues by their marker: nothing is opened twice.
    const writes = sim.counters.writes
    const second = await leaderboard()
    expect(second.stderr).toContain('Job issues: 0 opened, 0 reopened, 0 closed, 2 found again')
    expect(sim.counters.writes).toBe(writes)

    await plant('identity-service', '^3.0.0')
    const third = await leaderboard()
    expect(third.stderr).toContain('1 closed')
    const closed = jobIssues().filter((issue) => issue.repo === 'identity-service')
    expect(closed).toEqual([{ repo: 'identity-service', state: 'closed', reason: 'completed', marked: true }])
    // The closed job issue is the durable record: this cold run counts the job done.
    expect(await board()).toContain('1 of 2 jobs done, 1 remaining')

    // A person closes billing's job issue as not planned: a cold run must not reopen it (nor open
    // another), and the job counts as dropped.
    const billing = [
      ...(sim.state.repos
        .list('acme')
        .find((r) => r.name === 'billing')
        ?.issues.values() ?? []),
    ]
      .filter((issue) => !issue.pull && issue.labels.includes(LABEL))
      .map((issue) => issue.number)
    expect(billing).toHaveLength(1)
    await developer.issues.update({
      owner: 'acme',
      repo: 'billing',
      issue_number: billing[0] as number,
      state: 'closed',
      state_reason: 'not_planned',
    })
    const fourth = await leaderboard()
    expect(fourth.code).toBe(0)
    expect(fourth.stderr).toContain('Job issues: 0 opened, 0 reopened, 0 closed')
    expect(jobIssues().filter((issue) => issue.repo === 'billing')).toEqual([
      { repo: 'billing', state: 'closed', reason: 'not_planned', marked: true },
    ])
    expect(await board()).toContain('1 of 1 job done, 0 remaining, 1 dropped (not counted)')
  }, 120_000) // three CLI runs; Octokit's throttling spaces issue writes 3 s apart
})
