/**
 * A generated organisation on the simulator (50 ms added to every request) with the app running in a
 * child process: the setting of every refresh scenario. `measure()` counts what one step costs.
 */
import { startSimulator, type Simulator } from '../sim/index.js'
import { MARKERS } from '../src/core/report/markers.js'
import { startAppProcess, type AppProcess } from './app-process.js'
import { addDetectedMigrations, type DetectOptions } from './detect-org.js'
import { count, median } from './result.js'
import { routeDelta } from './route-counts.js'

/** The date the generated org is "now" in (the simulator's default clock). */
export const TODAY = '2026-11-16'
export const LATENCY_MS = 50

export interface OrgSize {
  repos: number
  /** 29 issues a repository give about 20 migration jobs per repository (the rest are ordinary issues). */
  issuesPerRepo: number
  adrsPerRepo: number
}

export interface OrgSession {
  sim: Simulator
  app: AppProcess
  /** The workload in words, for the report. */
  workload: string
  /** How long generating and seeding the org took (not part of any figure). */
  seedMs: number
  close(): Promise<void>
}

export interface Measured {
  requests: number
  points: number
  writes: number
  graphqlQueries: number
  /** Requests the simulator refused for the primary rate limit. */
  rateLimited: number
  wallMs: number
  /** The app process's peak RSS so far, and its RSS now (MB). */
  peakRssMb: number
  rssMb: number
  byRoute: Record<string, number>
  /** Median time between the starts of consecutive GraphQL queries (ms), or null with fewer than two. */
  graphqlGapMs: number | null
  /** Warnings and errors the app logged meanwhile. */
  log: string[]
}

/**
 * An installation's hourly budget on GitHub (REST requests and GraphQL points alike): 5,000, plus 50
 * for each repository beyond 20, at most 12,500 (docs.github.com, "Rate limits for the REST API" and
 * "Rate limits and query limits for the GraphQL API"; organisations with many users get the same
 * raise, left out here). The simulator's default is the flat 5,000.
 */
export function installationBudget(repos: number): number {
  return Math.min(12_500, 5_000 + 50 * Math.max(0, repos - 20))
}

/** Seeds the org (not installed yet) and starts the app. */
export async function openOrgSession(
  size: OrgSize,
  options: {
    batchSize?: number
    throttle?: boolean
    reconcileMs?: number
    /** Migrations detected from the code added to the config (issue 15; see detect-org.ts). */
    detect?: DetectOptions
  } = {},
): Promise<OrgSession> {
  const started = performance.now()
  const budget = installationBudget(size.repos)
  const sim = await startSimulator({
    seed: {
      seed: 'bench',
      repos: size.repos,
      issuesPerRepo: size.issuesPerRepo,
      adrsPerRepo: size.adrsPerRepo,
    },
    install: false,
    latencyMs: LATENCY_MS,
    rateLimit: { core: budget, graphql: budget },
  })
  if (options.detect) addDetectedMigrations(sim, options.detect)
  const seedMs = Math.round(performance.now() - started)
  const stats = sim.org?.stats
  if (!stats) throw new Error('[bench] The simulator was not seeded.')
  const workload =
    `${count(stats.repos)} repositories, ${count(stats.migrationIssues)} migration issues ` +
    `(${count(stats.issues)} issues), ${count(stats.adrs)} ADRs, ${count(stats.mergedPulls)} closed PRs`
  const { batchSize, throttle, reconcileMs } = options
  const app = await startAppProcess(sim, { today: TODAY, batchSize, throttle, reconcileMs })
  return {
    sim,
    app,
    workload,
    seedMs,
    async close() {
      await app.stop()
      await sim.stop()
    },
  }
}

/** Runs `act` (a state change that sends webhooks) and counts requests, points and writes until the app settles. */
export async function measure(session: OrgSession, act: () => unknown): Promise<Measured> {
  const { sim, app } = session
  const before = sim.counters.snapshot()
  const graphqlAt: number[] = []
  const original = sim.counters.count
  // Arrival times of GraphQL queries: the evidence of what paces a refresh.
  sim.counters.count = function (this: typeof sim.counters, routeKey: string) {
    if (routeKey === 'POST /graphql') graphqlAt.push(performance.now())
    original.call(this, routeKey)
  }
  const started = performance.now()
  let memory: Awaited<ReturnType<AppProcess['settle']>>
  try {
    await act()
    memory = await app.settle()
  } finally {
    sim.counters.count = original
  }
  const wallMs = Math.round(performance.now() - started)
  const after = sim.counters.snapshot()
  return {
    requests: after.requests - before.requests,
    points: after.graphqlPoints - before.graphqlPoints,
    writes: after.writes - before.writes,
    graphqlQueries: after.graphqlQueries - before.graphqlQueries,
    rateLimited: after.rateLimited - before.rateLimited,
    wallMs,
    ...memory,
    byRoute: routeDelta(before, after),
    graphqlGapMs:
      graphqlAt.length < 2
        ? null
        : Math.round(median(graphqlAt.slice(1).map((t, i) => t - (graphqlAt[i] ?? t)))),
  }
}

/** Installs the app on the org: its first, full refresh. */
export function install(session: OrgSession): () => unknown {
  return () => session.sim.state.installations.create({ account: 'acme' })
}

/** The tracking issue's body, or null when the app posted none (a broken run, reported as such). */
export function trackingBody(sim: Simulator): string | null {
  const repo = sim.state.repos.get('acme/.github')
  const issues = [...repo.issues.values()].filter(
    (issue) => !issue.pull && (issue.body ?? '').startsWith(MARKERS.leaderboard),
  )
  return issues.length === 1 ? (issues[0]?.body ?? null) : null
}

/** Problems worth flagging in the notes: simulator violations and the app's warnings. */
export function problems(sim: Simulator, log: string[]): string[] {
  const out = sim.violations.map((v) => `simulator violation: [${v.kind}] ${v.request}: ${v.message}`)
  for (const line of log.slice(0, 5)) out.push(`app log: ${line.trim().slice(0, 300)}`)
  return out
}
