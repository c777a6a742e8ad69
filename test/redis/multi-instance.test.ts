/**
 * End to end: three app processes (real Probot servers, Probot's production Octokit with its throttling
 * clustered over Redis) on one real Redis, the simulator delivering signed webhooks round-robin to
 * them, 50 installations of 100 repositories each. After each burst of events every board equals the
 * truth, each installation has exactly one tracking issue, and no installation was refreshed by two
 * instances at once; an instance killed (SIGKILL) in the middle of a refresh loses no refresh.
 */
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SECRET, startAppProcess, type AppProcess } from '../../bench/app-process.js'
import { hasMarker, MARKERS } from '../../src/core/report/markers.js'
import { parseConfig } from '../../src/core/config/parse-config.js'
import {
  expectNoViolations,
  generateOrg,
  seedState,
  startSimulator,
  type IssueRecord,
  type Simulator,
} from '../../sim/index.js'
import { expectedBody, truthSnapshot } from '../app/truth-snapshot.js'
import { redisAvailable, startRedisServer, type RedisServer } from '../helpers/redis-server.js'

const TODAY = '2026-11-16'
const INSTALLATIONS = 50
const REPOS = 100
const PREFIX = 'multi-instance-e2e'

const available = redisAvailable()
let server: RedisServer | null = null
let sim: Simulator | null = null
let redis: Redis | null = null
const apps: AppProcess[] = []
const orgs = Array.from({ length: INSTALLATIONS }, (_, i) => `org-${String(i).padStart(2, '0')}`)

beforeAll(async () => {
  if (!available) return
  server = await startRedisServer()
  redis = new Redis(server.url)
  sim = await startSimulator({})
  for (const org of orgs) {
    const generated = generateOrg({
      seed: org,
      org,
      repos: REPOS,
      issuesPerRepo: 2,
      adrsPerRepo: 1,
      mergedPullsPerRepo: 1,
    })
    seedState(sim.state, generated, { install: true })
  }
  const settings = { url: server.url, prefix: PREFIX, lockMs: 10_000, concurrency: 4 }
  apps.push(
    ...(await Promise.all(
      [0, 1, 2].map(() =>
        startAppProcess(sim as Simulator, {
          today: TODAY,
          delayMs: 100,
          redis: settings,
          ...(process.env.NOTHROTTLE ? { throttle: false } : {}),
        }),
      ),
    )),
  )
  deliverTo(apps)
}, 120_000)

afterAll(async () => {
  for (const app of apps) await app.stop().catch(() => undefined)
  redis?.disconnect()
  await sim?.stop()
  await server?.stop()
})

function deliverTo(receivers: AppProcess[]): void {
  const [first, ...rest] = receivers.map((app) => app.webhookUrl)
  sim?.configureWebhooks({
    url: first ?? '',
    alsoTo: rest,
    secret: SECRET,
    timeoutMs: 30_000,
    jitterMs: 1000,
  })
}

/** New migration jobs (some closed at once) in a few repositories of every installation. */
function burst(s: Simulator, tag: string, perOrg: number): void {
  for (const org of orgs) changeJobs(s, org, tag, perOrg)
}

function changeJobs(s: Simulator, org: string, tag: string, perOrg: number): void {
  {
    const repos = s.state.installations
      .repositoriesOf(s.state.installations.forAccount(org) as never)
      .filter((repo) => !repo.archived && repo.name !== '.github')
    const config = configOf(s, org)
    const label = config.migrations[0]?.label ?? ''
    for (let i = 0; i < perOrg; i++) {
      const repo = `${org}/${repos[(i * 13 + tag.length) % repos.length]?.name}`
      const issue = s.state.issues.create({ repo, title: `Job ${tag}-${i}`, labels: [label] })
      if (i % 2 === 0) s.state.issues.update(repo, issue.number, { state: 'closed' })
    }
  }
}

function configOf(s: Simulator, org: string) {
  return parseConfig(s.state.files.read(`${org}/.github`, '.github/strategy.yml') ?? '', 'strategy.yml')
}

function boards(s: Simulator, org: string): IssueRecord[] {
  const bot = `${s.app.slug}[bot]`
  return [...s.state.repos.get(`${org}/.github`).issues.values()].filter(
    (issue) => !issue.pull && issue.author.login === bot && hasMarker(issue.body ?? '', MARKERS.leaderboard),
  )
}

function expectBoardsTrue(s: Simulator): void {
  for (const org of orgs) {
    const found = boards(s, org)
    expect(found, org).toHaveLength(1)
    const config = configOf(s, org)
    expect(found[0]?.body, org).toBe(expectedBody(truthSnapshot(s, config, TODAY, org), config, TODAY))
  }
}

interface Interval {
  installationId: number
  instance: string
  started: number
  ended: number
}

async function refreshLog(): Promise<Interval[]> {
  const raw = (await redis?.lrange(`${PREFIX}:refresh-log`, 0, -1)) ?? []
  return raw.map((line) => JSON.parse(line) as Interval)
}

/** Pairs of refreshes of one installation that overlapped in time (should be none). */
function overlaps(intervals: Interval[]): number {
  let count = 0
  const byInstallation = new Map<number, Interval[]>()
  for (const interval of intervals)
    byInstallation.set(interval.installationId, [
      ...(byInstallation.get(interval.installationId) ?? []),
      interval,
    ])
  for (const runs of byInstallation.values()) {
    const sorted = [...runs].sort((a, b) => a.started - b.started)
    for (let i = 1; i < sorted.length; i++)
      if ((sorted[i]?.started ?? 0) < (sorted[i - 1]?.ended ?? 0)) count++
  }
  return count
}

/** Waits until every delivery is answered and the shared queue has nothing waiting or running. */
async function settle(via: AppProcess): Promise<void> {
  await via.settle()
}

describe.skipIf(!available)('three app instances on one Redis', () => {
  it('bring every board to the truth after a burst, one issue each, never two refreshes of one installation at once', async () => {
    const s = sim as Simulator
    burst(s, 'first', 2)
    await s.webhooks.idle()
    await settle(apps[0] as AppProcess)
    expectBoardsTrue(s)
    burst(s, 'second', 3)
    await s.webhooks.idle()
    await settle(apps[1] as AppProcess)
    expectBoardsTrue(s)
    const intervals = await refreshLog()
    expect(overlaps(intervals)).toBe(0)
    // Every instance took webhooks and ran refreshes.
    expect(new Set(intervals.map((interval) => interval.instance)).size).toBe(3)
    const receivers = new Set(s.webhooks.deliveries.map((delivery) => delivery.url))
    expect(receivers.size).toBe(3)
    expect(s.webhooks.deliveries.filter((d) => d.status !== undefined && d.status >= 300)).toEqual([])
    expectNoViolations(s)
  }, 180_000)

  it('loses no refresh when an instance is killed in the middle of one', async () => {
    const s = sim as Simulator
    // Slower answers, so that refreshes are still running when the instance dies.
    s.setLatency(40)
    // Changes without webhooks, then a change of every org's config: a full refresh each, which
    // alone brings these changes onto the boards.
    s.state.quietly(() => burst(s, 'third', 2))
    for (const org of orgs) {
      const path = '.github/strategy.yml'
      const text = s.state.files.read(`${org}/.github`, path) ?? ''
      s.state.files.commit({ repo: `${org}/.github`, files: { [path]: `${text}\n# reviewed\n` } })
    }
    await s.webhooks.idle()
    const queue = (await import('bullmq')).Queue
    const jobs = new queue('refresh', { connection: { url: server?.url ?? '' }, prefix: PREFIX })
    let victim: AppProcess | undefined
    let installationId = 0
    const until = Date.now() + 30_000
    while (!victim && Date.now() < until) {
      for (const job of await jobs.getActive()) {
        const owner = apps.find((app) => job.processedBy?.endsWith(`:${app.pid}`))
        if (owner && job.name === 'refresh') {
          victim = owner
          installationId = (job.data as { installationId: number }).installationId
          break
        }
      }
      if (!victim) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await jobs.close()
    expect(victim, 'a refresh in progress').toBeDefined()
    const killedAt = Date.now()
    await victim?.kill()
    const survivors = apps.filter((app) => app !== victim)
    apps.splice(0, apps.length, ...survivors)
    deliverTo(survivors)
    s.setLatency(0)
    await settle(survivors[0] as AppProcess)
    expectBoardsTrue(s)
    const intervals = await refreshLog()
    expect(overlaps(intervals)).toBe(0)
    // The killed refresh was run again, by another instance, after the kill.
    const redone = intervals.filter((i) => i.installationId === installationId && i.started >= killedAt)
    expect(redone.some((i) => !i.instance.endsWith(`:${victim?.pid}`))).toBe(true)
    expectNoViolations(s)
  }, 180_000)
})
