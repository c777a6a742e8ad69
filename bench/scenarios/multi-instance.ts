/**
 * The app as three instances on one Redis (BullMQ queue, shared snapshot cache, Probot's throttling
 * clustered) against the default single process: 200 installations of 100 repositories, migration
 * jobs opened at 20 a second for 60 s, spread over the installations. Measured for each: median and
 * p95 time from an event to its installation's board showing it, requests per event, peak RSS per
 * instance. Targets: p95 ≤ 60 s, and no more requests per event than one instance.
 *
 * An event opens one migration job with the first migration's label, so the board's first
 * `X of Y jobs done` grows by one with each: an event is on the board at the first write of that
 * installation's tracking issue whose Y reaches the count after it.
 */
import { readAppOptions } from '../../app/app-options.js'
import { startAppProcess, SECRET, type AppProcess } from '../app-process.js'
import { LATENCY_MS, TODAY } from '../org-session.js'
import { count, emptyRow, median, type Scenario } from '../result.js'
import { formatRoutes, routeDelta } from '../route-counts.js'
import { startRedisServer, type RedisServer } from '../../test/helpers/redis-server.js'
import { expectedBody, truthSnapshot } from '../../test/app/truth-snapshot.js'
import { parseConfig } from '../../src/core/config/parse-config.js'
import { hasMarker, MARKERS } from '../../src/core/report/markers.js'
import { generateOrg, seedState, startSimulator, type Simulator } from '../../sim/index.js'

const RATE = 20
const DELAY_MS = 1000
/**
 * The app's coalescing window (`STRATEGY_TRACE_REFRESH_MIN_INTERVAL_MS`, default 30 s), the same in both
 * modes; `--quick` shortens it to 3 s with its 3 s of events.
 */
const windowMs = (quick: boolean) => (quick ? 3000 : readAppOptions(process.env).minIntervalMs)

interface Run {
  instances: number
  events: number
  requests: number
  points: number
  writes: number
  /** Requests by route during the events. */
  byRoute: Record<string, number>
  latencies: number[]
  unresolved: number
  peakRssMb: number[]
  converged: boolean
  log: string[]
}

/** A line on stderr while the (long) scenario runs. */
function progress(message: string): void {
  process.stderr.write(`    [multi-instance] ${new Date().toISOString().slice(11, 19)} ${message}\n`)
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))

function jobsOnBoard(body: string): number | null {
  const match = /(\d+) of (\d+) jobs done/.exec(body)
  return match ? Number(match[2]) : null
}

function configOf(sim: Simulator, org: string) {
  return parseConfig(sim.state.files.read(`${org}/.github`, '.github/strategy.yml') ?? '', 'strategy.yml')
}

function board(sim: Simulator, org: string): string | null {
  const bot = `${sim.app.slug}[bot]`
  const issues = [...sim.state.repos.get(`${org}/.github`).issues.values()].filter(
    (issue) => !issue.pull && issue.author.login === bot && hasMarker(issue.body ?? '', MARKERS.leaderboard),
  )
  return issues.length === 1 ? (issues[0]?.body ?? null) : null
}

function openJob(sim: Simulator, org: string, n: number, tag: string): void {
  const installation = sim.state.installations.forAccount(org)
  if (!installation) throw new Error(`[bench] ${org} is not installed.`)
  const repos = sim.state.installations
    .repositoriesOf(installation)
    .filter((repo) => !repo.archived && repo.name !== '.github')
  const repo = repos[(n * 31) % repos.length]
  const label = configOf(sim, org).migrations[0]?.label ?? ''
  sim.state.issues.create({ repo: `${org}/${repo?.name}`, title: `Job ${tag} ${n}`, labels: [label] })
}

async function runCluster(
  sim: Simulator,
  orgs: string[],
  p: { instances: number; seconds: number; redis: RedisServer | null; tag: string; windowMs: number },
): Promise<Run> {
  const apps: AppProcess[] = []
  const settings = p.redis ? { url: p.redis.url, prefix: `bench-${p.tag}`, concurrency: 4 } : undefined
  for (let i = 0; i < p.instances; i++)
    apps.push(
      await startAppProcess(sim, {
        today: TODAY,
        delayMs: DELAY_MS,
        minIntervalMs: p.windowMs,
        ...(settings ? { redis: settings } : {}),
      }),
    )
  if (settings) {
    const [first, ...rest] = apps.map((app) => app.webhookUrl)
    sim.configureWebhooks({ url: first ?? '', alsoTo: rest, secret: SECRET, timeoutMs: 60_000 })
  }
  try {
    // Warm-up: one event per installation makes its (cold) instance or cluster read it in full.
    progress(`${p.tag}: ${p.instances} instance(s) started; warming up ${orgs.length} installations`)
    orgs.forEach((org, i) => openJob(sim, org, i, `${p.tag}-warm`))
    await (apps[0] as AppProcess).settle()
    progress(`${p.tag}: warm; ${RATE * p.seconds} events over ${p.seconds} s`)
    const expected = new Map(orgs.map((org) => [org, jobsOnBoard(board(sim, org) ?? '') ?? 0]))
    const writes = new Map<string, { at: number; jobs: number }[]>()
    const unsubscribe = sim.state.onChange((change) => {
      const org = change.repo?.owner.login ?? ''
      if (change.event !== 'issues' || change.repo?.name !== '.github' || !expected.has(org)) return
      const body = change.issue?.body ?? ''
      if (!hasMarker(body, MARKERS.leaderboard)) return
      const jobs = jobsOnBoard(body)
      if (jobs !== null) writes.set(org, [...(writes.get(org) ?? []), { at: performance.now(), jobs }])
    })
    const before = sim.counters.snapshot()
    const events: { org: string; at: number; jobs: number }[] = []
    const total = RATE * p.seconds
    const started = performance.now()
    for (let n = 0; n < total; n++) {
      await sleep(started + (n * 1000) / RATE - performance.now())
      const org = orgs[(n * 7) % orgs.length] as string
      openJob(sim, org, n, p.tag)
      const jobs = (expected.get(org) ?? 0) + 1
      expected.set(org, jobs)
      events.push({ org, at: performance.now(), jobs })
    }
    progress(`${p.tag}: events sent; waiting for the boards`)
    const settled = await (apps[0] as AppProcess).settle()
    unsubscribe()
    const after = sim.counters.snapshot()
    const latencies: number[] = []
    let unresolved = 0
    for (const event of events) {
      const write = (writes.get(event.org) ?? []).find((w) => w.at >= event.at && w.jobs >= event.jobs)
      if (write) latencies.push(write.at - event.at)
      else unresolved++
    }
    const converged = orgs.every((org) => {
      const config = configOf(sim, org)
      return board(sim, org) === expectedBody(truthSnapshot(sim, config, TODAY, org), config, TODAY)
    })
    const stopped = []
    for (const app of apps) stopped.push(await app.stop())
    apps.length = 0
    return {
      instances: p.instances,
      events: total,
      requests: after.requests - before.requests,
      points: after.graphqlPoints - before.graphqlPoints,
      writes: after.writes - before.writes,
      byRoute: routeDelta(before, after),
      latencies,
      unresolved,
      peakRssMb: stopped.map((figures) => figures.peakRssMb),
      converged,
      log: [...settled.log, ...stopped.flatMap((figures) => figures.log)],
    }
  } finally {
    for (const app of apps) await app.stop().catch(() => undefined)
  }
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN
}

const TOKENS = 'POST /app/installations/{installation_id}/access_tokens'

/** Requests per event other than installation-token creation. */
function withoutTokens(run: Run): string {
  return ((run.requests - (run.byRoute[TOKENS] ?? 0)) / run.events).toFixed(2)
}

function describeRun(run: Run): string {
  const perEvent = run.requests / run.events
  return `${run.instances} instance${run.instances > 1 ? 's on one Redis' : ' (in memory, the default)'}: event → board median ${(median(run.latencies) / 1000).toFixed(1)} s, p95 ${(percentile(run.latencies, 0.95) / 1000).toFixed(1)} s${run.unresolved ? `, ${run.unresolved} events never shown` : ''}; ${count(run.requests)} requests (${perEvent.toFixed(2)} per event), ${count(run.points)} GraphQL points, ${count(run.writes)} writes; peak RSS ${run.peakRssMb.map((mb) => `${mb} MB`).join(', ')}; boards ${run.converged ? 'equal the truth' : 'NOT the truth'}`
}

const scenario: Scenario = {
  id: 'multi-instance',
  async run(context) {
    // STRATEGY_TRACE_BENCH_INSTALLATIONS overrides the number of installations (diagnosis only).
    const override = Number(process.env.STRATEGY_TRACE_BENCH_INSTALLATIONS ?? '')
    const installations = override > 0 ? override : context.quick ? 4 : 200
    const repos = context.quick ? 10 : 100
    const seconds = Number(process.env.STRATEGY_TRACE_BENCH_SECONDS ?? '') || (context.quick ? 3 : 60)
    const redis = await startRedisServer()
    const seeding = performance.now()
    const sim = await startSimulator({ latencyMs: LATENCY_MS })
    const orgs = Array.from({ length: installations }, (_, i) => `org-${String(i).padStart(3, '0')}`)
    try {
      for (const org of orgs) {
        const generated = generateOrg({
          seed: org,
          org,
          repos,
          issuesPerRepo: 6,
          adrsPerRepo: 2,
          mergedPullsPerRepo: 2,
        })
        seedState(sim.state, generated, { install: true })
      }
      const seedMs = Math.round(performance.now() - seeding)
      progress(`seeded ${orgs.length} organisations in ${(seedMs / 1000).toFixed(1)} s`)
      const window = windowMs(context.quick)
      const one = await runCluster(sim, orgs, {
        instances: 1,
        seconds,
        redis: null,
        tag: 'one',
        windowMs: window,
      })
      const three = await runCluster(sim, orgs, {
        instances: 3,
        seconds,
        redis,
        tag: 'three',
        windowMs: window,
      })
      const p95 = percentile(three.latencies, 0.95)
      const perEvent = (run: Run) => run.requests / run.events
      const met =
        three.unresolved === 0 && p95 <= 60_000 && perEvent(three) <= perEvent(one) * 1.1 && three.converged
      return {
        row: {
          ...emptyRow('multi-instance'),
          requests: three.requests,
          points: three.points,
          writes: three.writes,
          wallMs: Math.round(p95),
          rssMb: Math.max(...three.peakRssMb),
          perSecond: RATE,
          target: `3 instances: p95 event → board ≤ 60 s, requests per event ≤ one instance's (+10 %)`,
          met,
          converged: three.converged && one.converged,
        },
        workload: `${count(installations)} installations × ${count(repos)} repositories; ${count(RATE * seconds)} migration jobs opened at ${RATE}/s for ${seconds} s (2 deliveries each); ${LATENCY_MS} ms per request; quiet time ${DELAY_MS} ms, window ${window / 1000} s between two refreshes of an installation`,
        notes: [
          describeRun(three),
          describeRun(one),
          `requests by route, 3 instances: ${formatRoutes(three.byRoute)}`,
          `requests by route, 1 instance: ${formatRoutes(one.byRoute)}`,
          `without creating installation tokens (each process creates its own, each lasts an hour): ${withoutTokens(three)} per event for 3 instances, ${withoutTokens(one)} for 1`,
          `wall time is the p95 of the 3 instances; RSS the largest peak of one of them; seeding took ${(seedMs / 1000).toFixed(1)} s`,
          ...[...one.log, ...three.log].slice(0, 5).map((line) => `app log: ${line.slice(0, 300)}`),
        ],
      }
    } finally {
      await sim.stop()
      await redis.stop()
    }
  },
}

export default scenario
