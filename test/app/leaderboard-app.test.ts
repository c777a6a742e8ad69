import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/core/config/parse-config.js'
import { type GenerateOrgOptions } from '../../sim/index.js'
import { appPerTest, type startAppOnSim, trackingIssues, type AppOnSim } from './start-app-on-sim.js'
import { expectedBody, truthSnapshot } from './truth-snapshot.js'

const TODAY = '2026-11-16'
const ORG: GenerateOrgOptions = {
  seed: 'app-e2e',
  repos: 24,
  issuesPerRepo: 8,
  adrsPerRepo: 3,
  mergedPullsPerRepo: 3,
}
const GOLDEN = new URL('../golden/app-generated-org.md', import.meta.url)

const startApp = appPerTest()

/** The app on a generated org that it is not installed on yet; installing it is the first event. */
async function start(webhook: Parameters<typeof startAppOnSim>[0]['webhook'] = {}) {
  return startApp({ sim: { seed: ORG, install: false }, today: TODAY, webhook })
}

function install(t: AppOnSim) {
  const installation = t.sim.state.installations.create({ account: 'acme' })
  return installation
}

function body(t: AppOnSim): string {
  const issues = trackingIssues(t.sim, 'acme/.github')
  expect(issues).toHaveLength(1)
  return issues[0]?.body ?? ''
}

/**
 * The board rendered from the simulator's records, with no request: what a perfect fetch gives. With
 * `configText`, counted with that config instead of the one in the org's `.github` repository.
 */
function truth(t: AppOnSim, configText?: string): string {
  const config = parseConfig(
    configText ?? t.sim.state.files.read('acme/.github', '.github/strategy.yml') ?? '',
    'strategy.yml',
  )
  return expectedBody(truthSnapshot(t.sim, config, TODAY), config, TODAY)
}

/** Labels a new issue in a team repository with the first migration's label (one issue event). */
function labelNewJob(t: AppOnSim, title = 'A new job'): void {
  const migration = t.sim.org?.strategy.migrations[0]
  const repo = t.sim.org?.repos.find((r) => r.team && !r.archived && r.name !== '.github')
  if (!migration || !repo) throw new Error('the generated org has no migration or team repository')
  const issue = t.sim.state.issues.insert({ repo: `acme/${repo.name}`, title, labels: [] })
  t.sim.state.issues.addLabels(`acme/${repo.name}`, issue.number, [migration.label], 'dana')
}

/** The cells of each team row of a migration's table, by team, without the rank column. */
function teamRows(board: string, migration: string): Map<string, string[]> {
  const section = board.split(`### ${migration}\n`)[1]?.split(/\n#{2,3} /)[0] ?? ''
  const rows = section.split('\n').filter((line) => /^\| \d+ \| /.test(line))
  return new Map(rows.map((row) => row.split(' | ').slice(1)).map((cells) => [cells[0] ?? '', cells]))
}

async function expectGolden(actual: string): Promise<void> {
  if (process.env.UPDATE_GOLDEN) await writeFile(GOLDEN, actual)
  expect(actual).toBe(await readFile(GOLDEN, 'utf8'))
}

describe('the leaderboard app on a generated org', () => {
  it('posts the board once installed, and a re-delivery changes nothing', async () => {
    const t = await start()
    install(t)
    await t.settle()
    await expectGolden(body(t))
    expect(body(t)).toBe(truth(t))

    const writes = t.sim.counters.writes
    const created = t.sim.webhooks.deliveries.find((d) => d.event === 'installation')
    expect(created?.status).toBe(200)
    await t.sim.deliver('installation', structuredClone(created?.payload ?? {}))
    await t.settle()
    expect(t.sim.counters.writes).toBe(writes)
    await expectGolden(body(t))
  })
})

describe('events on a warm installation', () => {
  it("a labelled issue changes exactly its team's row, in at most 5 requests", async () => {
    const t = await start()
    install(t)
    await t.settle()
    const before = body(t)
    const migration = t.sim.org?.strategy.migrations[0]
    const teamRepo = t.sim.org?.repos.find((repo) => repo.team && !repo.archived && repo.name !== '.github')
    if (!migration || !teamRepo?.team)
      throw new Error('the generated org has no migration or team repository')
    const issue = t.sim.state.issues.insert({
      repo: `acme/${teamRepo.name}`,
      title: 'Not a job yet',
      labels: ['bug'],
    })

    const requests = t.sim.counters.requests
    const started = performance.now()
    t.sim.state.issues.addLabels(`acme/${teamRepo.name}`, issue.number, [migration.label], 'dana')
    await t.settle()
    const cost = { requests: t.sim.counters.requests - requests, ms: Math.round(performance.now() - started) }
    console.info(`single labelled-issue event: ${cost.requests} requests, ${cost.ms} ms`)

    const after = body(t)
    expect(after).toBe(truth(t))
    const [old, now] = [teamRows(before, migration.title), teamRows(after, migration.title)]
    const changed = [...now.keys()].filter(
      (team) => JSON.stringify(now.get(team)) !== JSON.stringify(old.get(team)),
    )
    expect(changed).toEqual([teamRepo.team])
    // Cells after the rank: team, leader, jobs, done, remaining, …
    const counts = (rows: Map<string, string[]>) =>
      [2, 3, 4].map((i) => Number(rows.get(teamRepo.team as string)?.[i]))
    const [jobs, done, remaining] = counts(old)
    expect(counts(now)).toEqual([(jobs ?? 0) + 1, done, (remaining ?? 0) + 1])
    expect(cost.requests).toBeLessThanOrEqual(5)
  })

  it('acknowledges `/leaderboard refresh` from someone with write access, and ignores others', async () => {
    const t = await start()
    install(t)
    await t.settle()
    const [tracking] = trackingIssues(t.sim, 'acme/.github')
    if (!tracking) throw new Error('no tracking issue')
    t.sim.state.repos.setCollaborator('acme/.github', 'lead', 'write')
    const asked = t.sim.state.comments.create({
      repo: 'acme/.github',
      issue: tracking.number,
      body: '/leaderboard refresh',
      author: 'lead',
    })
    const stranger = t.sim.state.comments.create({
      repo: 'acme/.github',
      issue: tracking.number,
      body: '/leaderboard refresh',
      author: 'visitor',
    })
    await t.settle()
    const reactions = (id: number) =>
      t.sim.state.comments
        .get(id)
        ?.reactions.map((r) => r.content)
        .sort()
    expect(reactions(asked.id)).toEqual(['+1', 'eyes'])
    expect(reactions(stranger.id)).toEqual([])
    expect(body(t)).toBe(truth(t))
  })

  it('reads a pushed ADR change and nothing else', async () => {
    const t = await start()
    install(t)
    await t.settle()
    const repo = t.sim.org?.repos.find(
      (r) => !r.archived && Object.keys(r.files).some((f) => f.startsWith('docs/adr/')),
    )
    if (!repo) throw new Error('no repository with docs/adr')
    const text = '# ADR-0099: Adopt a pushed decision\n\n**Status**: Accepted\n**Date**: 2026-11-01\n'
    t.sim.state.files.commit({ repo: `acme/${repo.name}`, files: { 'docs/adr/0099-pushed.md': text } })
    await t.settle()
    expect(body(t)).toContain('Adopt a pushed decision')
    expect(body(t)).toBe(truth(t))
  })
})

describe('repositories joining and leaving', () => {
  it('follows repositories removed from and added to the installation, and new repositories', async () => {
    const t = await start()
    const installation = install(t)
    await t.settle()
    const repo = t.sim.org?.repos.find((r) => r.team && !r.archived && r.issues.length > 0)?.name ?? ''
    t.sim.state.installations.removeRepositories(installation.id, [repo])
    await t.settle()
    expect(body(t)).not.toContain(`acme/${repo}`)
    expect(body(t)).toBe(truth(t))

    t.sim.state.installations.addRepositories(installation.id, [repo])
    await t.settle()
    expect(body(t)).toBe(truth(t))

    t.sim.state.repos.create({ owner: 'acme', name: 'brand-new' })
    t.sim.state.installations.addRepositories(installation.id, ['brand-new'])
    const issue = t.sim.state.issues.insert({ repo: 'acme/brand-new', title: 'Migrate', labels: [] })
    t.sim.state.issues.addLabels('acme/brand-new', issue.number, [
      t.sim.org?.strategy.migrations[0]?.label ?? '',
    ])
    await t.settle()
    expect(body(t)).toContain('`brand-new` (repository)')
    expect(body(t)).toBe(truth(t))
  })
})

describe('failures', () => {
  it('keeps a good board while GitHub fails, and catches up once it answers again', async () => {
    const t = await start()
    install(t)
    await t.settle()
    const good = body(t)
    t.sim.state.repos.setCollaborator('acme/.github', 'lead', 'write')
    const [tracking] = trackingIssues(t.sim, 'acme/.github')
    const ask = () =>
      t.sim.state.comments.create({
        repo: 'acme/.github',
        issue: tracking?.number ?? 0,
        body: '/leaderboard refresh',
        author: 'lead',
      })

    t.sim.faults.inject({ route: 'POST /graphql', fault: 502, times: 100 })
    ask()
    await t.settle()
    expect(body(t)).toBe(good)
    expect(t.logs.join('')).toContain('could not be read this time')

    t.sim.faults.clear()
    t.sim.state.files.commit({ repo: 'acme/.github', files: { 'README.md': 'changed' } })
    ask()
    await t.settle()
    expect(body(t)).toBe(truth(t))
  })
})

describe('a broken org config', () => {
  it('keeps counting with the last config that loaded, says so on the board, and clears once fixed', async () => {
    const t = await start()
    install(t)
    await t.settle()
    const goodConfig = t.sim.state.files.read('acme/.github', '.github/strategy.yml') ?? ''
    const broken = goodConfig.replace('themes:', 'themes: [oops')
    t.sim.state.files.commit({ repo: 'acme/.github', files: { '.github/strategy.yml': broken } })
    await t.settle()
    const warning =
      /^> \[!WARNING\]\n> The strategy config `acme\/.github:.github\/strategy.yml` does not load since 2026-11-16, so this board still counts with the last config that loaded\./m
    expect(body(t)).toMatch(warning)
    expect(body(t)).toMatch(/\n> - `\.github\/strategy\.yml:\d+:\d+` `CONFIG_YAML_SYNTAX` /)

    // An issue event counts the new job with the old config, and keeps the warning; the log agrees.
    const logged = t.logs.length
    labelNewJob(t)
    await t.settle()
    const withoutWarning = body(t).replace(/^> \[!WARNING\][^]*?\n\n/m, '')
    expect(body(t)).toMatch(warning)
    expect(withoutWarning).toBe(truth(t, goodConfig))
    const after = t.logs.slice(logged).join('')
    expect(after).toContain('counts with the config that last loaded')
    expect(after).not.toContain('up to date again')

    // The fix: the warning goes, and the log says the board is up to date again.
    t.sim.state.files.commit({ repo: 'acme/.github', files: { '.github/strategy.yml': goodConfig } })
    await t.settle()
    expect(body(t)).toBe(truth(t))
    expect(t.logs.join('')).toContain('up to date again')
  })
})

describe('the tracking issue after a person replaced its body', () => {
  it('is written back on the next event, warm or after a restart, and never joined by a second one', async () => {
    const t = await start()
    const installation = install(t)
    await t.settle()
    const [tracking] = trackingIssues(t.sim, 'acme/.github')
    if (!tracking) throw new Error('no tracking issue')
    const replace = () =>
      t.sim.state.issues.update(
        'acme/.github',
        tracking.number,
        { body: 'Our notes, pasted over the board.' },
        'lead',
      )

    replace()
    labelNewJob(t, 'First job after the edit')
    await t.settle()
    expect(trackingIssues(t.sim, 'acme/.github')).toHaveLength(1)
    expect(body(t)).toBe(truth(t))

    replace()
    t.app.cache.drop(installation.id) // a restart: nothing remembered
    labelNewJob(t, 'Second job after the edit')
    await t.settle()
    expect(trackingIssues(t.sim, 'acme/.github')).toHaveLength(1)
    expect(body(t)).toBe(truth(t))
  })
})

describe('repository events', () => {
  /** A team repository with open migration jobs. */
  function repoWithJobs(t: AppOnSim, skip: string[] = []): string {
    const labels = new Set(t.sim.org?.strategy.migrations.map((m) => m.label))
    const repo = t.sim.org?.repos.find(
      (r) =>
        r.team &&
        !r.archived &&
        !skip.includes(r.name) &&
        r.issues.some((issue) => issue.labels.some((label) => labels.has(label))),
    )
    if (!repo) throw new Error('no repository with jobs')
    return repo.name
  }

  it('follows archiving, unarchiving, renaming and deleting, each with one event', async () => {
    const t = await start()
    install(t)
    await t.settle()
    const name = repoWithJobs(t)

    t.sim.state.repos.update(`acme/${name}`, { archived: true }, 'lead')
    await t.settle()
    expect(body(t)).toContain(`| \`acme/${name}\` | archived |`)
    expect(body(t)).toBe(truth(t))

    t.sim.state.repos.update(`acme/${name}`, { archived: false }, 'lead')
    await t.settle()
    expect(body(t)).not.toContain(`| \`acme/${name}\` | archived |`)
    expect(body(t)).toBe(truth(t))

    t.sim.state.repos.rename(`acme/${name}`, `${name}-renamed`, 'lead')
    await t.settle()
    expect(body(t)).toBe(truth(t)) // its jobs, under the new name
    expect(body(t)).not.toMatch(new RegExp(`\\b${name}\\b(?!-renamed)`))

    const other = repoWithJobs(t, [name])
    t.sim.state.repos.delete(`acme/${other}`, 'lead')
    await t.settle()
    expect(body(t)).toBe(truth(t))
    const events = t.sim.webhooks.deliveries.filter((d) => d.event === 'repository')
    expect(events.map((d) => [d.action, d.status])).toEqual([
      ['archived', 200],
      ['unarchived', 200],
      ['renamed', 200],
      ['deleted', 200],
    ])
  })

  it('moves a transferred repository from the board it left to the board it joined', async () => {
    const t = await start()
    install(t)
    await t.settle()
    t.sim.state.repos.create({ owner: 'globex', name: 'globex-config' })
    const strategy = t.sim.state.files.read('acme/.github', '.github/strategy.yml') ?? ''
    t.sim.state.repos.create({
      owner: 'globex',
      name: '.github',
      files: { '.github/strategy.yml': strategy },
    })
    t.sim.state.installations.create({ account: 'globex' })
    await t.settle()
    const name = repoWithJobs(t)
    const before = body(t)
    expect(trackingIssues(t.sim, 'globex/.github')[0]?.body).toContain('2 repositories read')

    t.sim.state.repos.transfer(`acme/${name}`, 'globex', 'lead')
    await t.settle()
    expect(body(t)).toBe(truth(t))
    expect(body(t)).not.toBe(before)
    const globex = trackingIssues(t.sim, 'globex/.github')
    expect(globex).toHaveLength(1)
    expect(globex[0]?.body).toContain('3 repositories read')
    // GitHub told only globex; acme's board followed because the app serves both.
    const events = t.sim.webhooks.deliveries.filter((d) => d.event === 'repository')
    expect(events.map((d) => d.installationId)).toEqual([t.sim.state.installations.forAccount('globex')?.id])
  })
})

describe('concurrent and duplicated deliveries', () => {
  it('20 concurrent deliveries (each sent twice) to a cold app end with exactly one tracking issue', async () => {
    const t = await start({ concurrent: true, duplicate: true })
    const installation = install(t)
    const migration = t.sim.org?.strategy.migrations[0]
    const repos = (t.sim.org?.repos ?? []).filter((r) => !r.archived && r.name !== '.github').slice(0, 19)
    for (const repo of repos) {
      const issue = t.sim.state.issues.insert({ repo: `acme/${repo.name}`, title: 'Job', labels: [] })
      t.sim.state.issues.addLabels(`acme/${repo.name}`, issue.number, [migration?.label ?? ''], 'dana')
    }
    await t.settle()
    const sent = t.sim.webhooks.deliveries.filter(
      (d) => d.installationId === installation.id && d.status === 200,
    )
    expect(sent.length).toBeGreaterThanOrEqual(40)
    expect(trackingIssues(t.sim, 'acme/.github')).toHaveLength(1)
    expect(body(t)).toBe(truth(t))
  })
})

describe('cost', () => {
  it('refreshes 100 repositories in a handful of requests', async () => {
    const t = await startApp({
      sim: { seed: { seed: 'cost-100', repos: 100 }, install: false },
      today: TODAY,
    })
    const started = performance.now()
    install(t)
    await t.settle()
    const c = t.sim.counters.snapshot()
    const ms = Math.round(performance.now() - started)
    console.info(
      `100-repo refresh: ${c.requests} requests (${JSON.stringify(c.byRoute)}), ${c.graphqlPoints} points, ${ms} ms`,
    )
    expect(body(t)).toBe(truth(t))
    expect(c.requests).toBeLessThanOrEqual(12)
  })
})
