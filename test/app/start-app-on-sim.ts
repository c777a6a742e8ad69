/**
 * The app as it runs in production — a real Probot `Server` on loopback — pointed at the GitHub
 * simulator, which delivers signed webhooks to it. Shared by the app's end-to-end tests.
 */
import { createServer } from 'node:net'
import { pino } from 'pino'
import { Probot, ProbotOctokit, Server } from 'probot'
import { createLeaderboardApp, type LeaderboardApp } from '../../app/index.js'
import { SnapshotCache } from '../../src/github/snapshot-cache.js'
import { afterEach } from 'vitest'
import {
  expectNoViolations,
  startSimulator,
  type Simulator,
  type SimulatorOptions,
  type WebhookOptions,
} from '../../sim/index.js'

export interface AppOnSim {
  sim: Simulator
  app: LeaderboardApp
  server: Server
  /** Log lines of the Probot server and the app (JSON), for debugging and secret scans. */
  logs: string[]
  /** Waits until no webhook is in flight and no refresh is waiting or running. */
  settle(): Promise<void>
  stop(): Promise<void>
}

const SECRET = 'e2e-webhook-secret'

/** Retry and throttling off (function form: the object form leaves throttling on, FIELD-NOTES). */
const TestOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { enabled: false },
  throttle: { ...(options.throttle as object), enabled: false },
}))

export async function startAppOnSim(p: {
  sim: SimulatorOptions
  /** `YYYY-MM-DD`, or read from the simulator on each refresh (e.g. its clock). */
  today: string | ((sim: Simulator) => string)
  webhook?: Partial<WebhookOptions>
  delayMs?: number
  /** The periodic reconcile (default off), e.g. `{ periodMs: 400 }`. */
  reconcile?: { periodMs: number; startupSpreadMs?: number }
}): Promise<AppOnSim> {
  const sim = await startSimulator(p.sim)
  const logs: string[] = []
  const log = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) })
  const app = createLeaderboardApp({
    today: () => (typeof p.today === 'string' ? p.today : p.today(sim)),
    delayMs: p.delayMs ?? 30,
    maxDelayMs: 1000,
    minIntervalMs: 0,
    configRepo: '.github',
    cache: new SnapshotCache(),
    reconcileMs: p.reconcile?.periodMs ?? 0,
    ...(p.reconcile?.startupSpreadMs === undefined
      ? {}
      : { reconcileStartupSpreadMs: p.reconcile.startupSpreadMs }),
  })
  const port = await freePort()
  const server = new Server({
    host: '127.0.0.1',
    port,
    log,
    Probot: Probot.defaults({
      appId: sim.app.id,
      privateKey: sim.app.privateKey ?? '',
      secret: SECRET,
      baseUrl: sim.apiUrl,
      Octokit: TestOctokit,
    }),
  })
  await server.load(app.appFn)
  await server.start()
  sim.configureWebhooks({ url: `http://127.0.0.1:${port}/api/github/webhooks`, secret: SECRET, ...p.webhook })
  const settle = async () => {
    // Our own writes cause more deliveries (ignored by the app): settle until nothing new happens.
    for (let seen = -1; seen !== sim.webhooks.deliveries.length;) {
      seen = sim.webhooks.deliveries.length
      await sim.webhooks.idle()
      await app.scheduler.idle()
    }
  }
  const stop = async () => {
    app.stop()
    await settle()
    await server.stop()
    await sim.stop()
  }
  return { sim, app, server, logs, settle, stop }
}

/**
 * For a test file: the returned function starts the app on a simulator for the running test; after each
 * test the app is stopped and the simulator checked for breaches of GitHub's rules.
 */
export function appPerTest(): (p: Parameters<typeof startAppOnSim>[0]) => Promise<AppOnSim> {
  let running: AppOnSim | null = null
  afterEach(async () => {
    const current = running
    running = null
    if (!current) return
    await current.stop()
    expectNoViolations(current.sim)
  })
  return async (p) => (running = await startAppOnSim(p))
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Our tracking issues in `repo` as the simulator holds them (any state). */
export function trackingIssues(sim: Simulator, repo: string) {
  const record = sim.state.repos.get(repo)
  return [...record.issues.values()].filter((issue) => !issue.pull && issue.labels.includes('strategy-trace'))
}
