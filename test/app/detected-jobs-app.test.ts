/**
 * The app on the simulator with a migration detected from the code (issue 15): installing it opens one
 * job issue per repository that still declares the old dependency; a push that moves a repository on
 * closes its job issue as completed and counts the job done, dated by that push's commit; a push that
 * brings the old version back reopens it.
 */
import { describe, expect, it } from 'vitest'
import { appPerTest, trackingIssues, type AppOnSim } from './start-app-on-sim.js'

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
    issues_per_refresh: 2
teams:
  - name: Payments
    leader: dana-li
    repos: ['payments-*']
`
const pkg = (version: string) => `${JSON.stringify({ dependencies: { '@acme/auth-client': version } })}\n`

const startApp = appPerTest()

function jobIssues(t: AppOnSim) {
  return t.sim.state.repos
    .list('acme')
    .flatMap((repo) => [...repo.issues.values()].map((issue) => ({ repo: repo.name, issue })))
    .filter(({ issue }) => !issue.pull && issue.labels.includes(LABEL))
    .map(({ repo, issue }) => `${repo} ${issue.state}${issue.stateReason ? ` ${issue.stateReason}` : ''}`)
    .sort()
}

function board(t: AppOnSim): string {
  const issues = trackingIssues(t.sim, 'acme/.github')
  expect(issues).toHaveLength(1)
  return issues[0]?.body ?? ''
}

/**
 * Starts the app on a simulator whose org `acme` has the config and one repository per entry of
 * `versions` (its package.json's version of the old SDK); the app is not installed yet.
 */
async function startOrg(versions: Record<string, string>): Promise<AppOnSim> {
  const t = await startApp({
    sim: { install: false },
    today: (sim) => sim.state.clock.now().slice(0, 10),
  })
  t.sim.state.repos.create({ owner: 'acme', name: '.github', files: { '.github/strategy.yml': CONFIG } })
  for (const [name, version] of Object.entries(versions))
    t.sim.state.repos.create({ owner: 'acme', name, files: { 'package.json': pkg(version) } })
  return t
}

describe('the app with a migration detected from the code', () => {
  it('opens job issues at the configured rate, closes and reopens them with pushes', async () => {
    const t = await startOrg({
      'payments-api': '^2.1.0',
      'payments-web': '2.9.9',
      search: '~2.0.0',
      tools: '^3.0.0',
    })
    t.sim.state.installations.create({ account: 'acme' })
    await t.settle()
    // issues_per_refresh: 2 — the install's full refresh opens two, in name order; the third waits for
    // the next full refresh (the reconcile). Our own issue events never open more.
    const summaries = t.logs
      .map((line) => String(JSON.parse(line).msg))
      .filter((msg) => msg.startsWith('Job issues:'))
    expect(summaries[0]).toBe(
      'Job issues: 2 opened, 0 reopened, 0 closed, 0 found again, 1 left for later refreshes, 0 failed.',
    )
    expect(summaries).toHaveLength(1)
    expect(jobIssues(t)).toEqual(['payments-api open', 'payments-web open'])
    expect(board(t)).toContain('0 of 3 jobs done, 3 remaining')

    // A push that moves payments-api to version 3 closes its job issue as completed; the job is done
    // on the day of that commit.
    t.sim.state.clock.set('2026-11-18T12:00:00Z')
    t.sim.state.files.commit({ repo: 'acme/payments-api', files: { 'package.json': pkg('^3.2.0') } })
    await t.settle()
    expect(jobIssues(t)).toEqual(['payments-api closed completed', 'payments-web open'])
    expect(board(t)).toContain('1 of 3 jobs done, 2 remaining')
    expect(board(t)).toMatch(/- ✅ acme\/payments-api · \[#\d+\]\([^)]+\) — done 2026-11-18/)

    // The old version comes back: the same job issue is reopened, never a second one.
    t.sim.state.files.commit({ repo: 'acme/payments-api', files: { 'package.json': pkg('2.9.0') } })
    await t.settle()
    expect(jobIssues(t)).toEqual(['payments-api open reopened', 'payments-web open'])
    expect(board(t)).toContain('0 of 3 jobs done, 3 remaining')
  })

  it('never opens a second job issue when a person takes the label off one, or the repository is renamed', async () => {
    const t = await startOrg({ 'payments-api': '^2.1.0', 'payments-web': '2.9.9' })
    t.sim.state.installations.create({ account: 'acme' })
    await t.settle()
    /** Issues of the app carrying the job marker, per repository (whatever their labels). */
    const marked = () =>
      t.sim.state.repos
        .list('acme')
        .map((repo) => ({
          repo: repo.name,
          count: [...repo.issues.values()].filter(
            (issue) =>
              !issue.pull && (issue.body ?? '').includes('<!-- strategy-trace:job migration=auth-client-3 '),
          ).length,
        }))
        .filter(({ count }) => count > 0)
    expect(marked()).toEqual([
      { repo: 'payments-api', count: 1 },
      { repo: 'payments-web', count: 1 },
    ])

    // A person takes the migration label off payments-api's job issue: the app finds that issue again
    // by its marker instead of opening another.
    const [api] = [...t.sim.state.repos.get('acme/payments-api').issues.values()].filter(
      (issue) => !issue.pull,
    )
    t.sim.state.issues.removeLabel('acme/payments-api', api?.number ?? 0, LABEL, 'dana-li')
    await t.settle()
    // payments-web is renamed: its job issue's marker still names the old name, and is the one job issue.
    t.sim.state.repos.rename('acme/payments-web', 'payments-webapp')
    await t.settle()
    t.sim.state.clock.set('2026-11-20T12:00:00Z')
    t.sim.state.files.commit({ repo: 'acme/payments-api', files: { 'README.md': 'touch\n' } })
    await t.settle()
    expect(marked()).toEqual([
      { repo: 'payments-api', count: 1 },
      { repo: 'payments-webapp', count: 1 },
    ])
    expect(board(t)).toContain('0 of 2 jobs done, 2 remaining')
    const summaries = t.logs
      .map((line) => String(JSON.parse(line).msg))
      .filter((msg) => msg.startsWith('Job issues:'))
    expect(summaries.join('\n')).not.toMatch(
      /Job issues: [1-9]\d* opened, .*\n(?:.*\n)*.*Job issues: [1-9]\d* opened/,
    )
    expect(summaries.filter((msg) => !msg.startsWith('Job issues: 0 opened')).length).toBe(1)
  })

  it('finds its job issue past the first page of its own issues instead of opening a second', async () => {
    const t = await startOrg({ 'payments-api': '^2.1.0' })
    const bot = `${t.sim.app.slug}[bot]`
    // The job issue, from an earlier install, closed by mistake as completed; then 120 newer issues of
    // the app in the same repository.
    const old = t.sim.state.issues.create({
      repo: 'acme/payments-api',
      title: 'Leave the auth-client 2 SDK in payments-api',
      body: 'Found.\n\n<!-- strategy-trace:job migration=auth-client-3 repo=payments-api -->\n',
      labels: [LABEL],
      author: bot,
      state: 'closed',
      stateReason: 'completed',
    })
    for (let i = 0; i < 120; i++)
      t.sim.state.issues.create({ repo: 'acme/payments-api', title: `Other ${i}`, author: bot })
    t.sim.state.installations.create({ account: 'acme' })
    await t.settle()
    const jobs = [...t.sim.state.repos.get('acme/payments-api').issues.values()].filter((issue) =>
      (issue.body ?? '').includes('<!-- strategy-trace:job migration=auth-client-3 '),
    )
    expect(jobs.map((issue) => [issue.number, issue.state])).toEqual([[old.number, 'open']])
  })
})
