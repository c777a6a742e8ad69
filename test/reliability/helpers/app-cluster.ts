/**
 * One or more instances of the leaderboard app — real Probot `Server`s on loopback, each with its own
 * cache and scheduler, as separate deployments would have — behind a round-robin webhook balancer,
 * all talking to one GitHub simulator. Test-only variant of test/app/start-app-on-sim.ts that adds
 * several instances, a choice of Octokit (Probot's production defaults, or bare) and an API address.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pino } from 'pino'
import { Probot, ProbotOctokit, Server } from 'probot'
import { createLeaderboardApp, type LeaderboardApp } from '../../../app/index.js'
import { SnapshotCache } from '../../../src/github/snapshot-cache.js'
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
  type WebhookOptions,
} from '../../../sim/index.js'

export const WEBHOOK_SECRET = 'reliability-webhook-secret'

/** Retry and throttling off (function form, FIELD-NOTES), for tests about races rather than faults. */
const BareOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { enabled: false },
  throttle: { ...(options.throttle as object), enabled: false },
}))

export interface AppInstance {
  app: LeaderboardApp
  server: Server
  /** `http://127.0.0.1:PORT`. */
  url: string
  /** Everything the instance logged (Probot, Octokit and the app), one JSON line each. */
  logs: string[]
}

export interface AppCluster {
  sim: Simulator
  instances: AppInstance[]
  /** Webhook deliveries forwarded to each instance. */
  forwarded: number[]
  /** Where the simulator delivers webhooks (the balancer in front of the instances). */
  webhookUrl: string
  /** Every instance's log lines. */
  logs(): string
  /** Waits until no webhook is in flight and no instance has a refresh waiting or running. */
  settle(): Promise<void>
  stop(): Promise<void>
}

export interface AppClusterOptions {
  sim: SimulatorOptions
  today: string
  instances?: number
  webhook?: Partial<WebhookOptions>
  /** `production`: Probot's own Octokit (retry and throttling as deployed); `bare` (default): neither. */
  octokit?: 'production' | 'bare'
  batchSize?: number
  /** Where the instances send API requests (default: the simulator), e.g. a recording proxy. */
  apiUrl?: (sim: Simulator) => Promise<string> | string
}

export async function startAppCluster(o: AppClusterOptions): Promise<AppCluster> {
  const sim = await startSimulator(o.sim)
  const apiUrl = o.apiUrl ? await o.apiUrl(sim) : sim.apiUrl
  const instances: AppInstance[] = []
  for (let i = 0; i < (o.instances ?? 1); i++) instances.push(await startInstance(sim, apiUrl, o))
  const balancer = await startBalancer(instances.map((instance) => instance.url))
  const webhookUrl = `${balancer.url}/api/github/webhooks`
  sim.configureWebhooks({
    url: webhookUrl,
    secret: WEBHOOK_SECRET,
    ...o.webhook,
  })
  const settle = async () => {
    // Our own writes cause more deliveries (ignored by the app): settle until nothing new happens.
    for (let seen = -1; seen !== sim.webhooks.deliveries.length;) {
      seen = sim.webhooks.deliveries.length
      await sim.webhooks.idle()
      await Promise.all(instances.map((instance) => instance.app.scheduler.idle()))
    }
  }
  return {
    sim,
    instances,
    forwarded: balancer.forwarded,
    webhookUrl,
    logs: () => instances.flatMap((instance) => instance.logs).join(''),
    settle,
    async stop() {
      await settle()
      await balancer.close()
      for (const instance of instances) await instance.server.stop()
      await sim.stop()
    },
  }
}

async function startInstance(sim: Simulator, apiUrl: string, o: AppClusterOptions): Promise<AppInstance> {
  const logs: string[] = []
  const log = pino({ level: 'trace' }, { write: (line: string) => void logs.push(line) })
  const app = createLeaderboardApp({
    today: () => o.today,
    delayMs: 30,
    maxDelayMs: 1000,
    minIntervalMs: 0,
    configRepo: '.github',
    cache: new SnapshotCache(),
    reconcileMs: 0,
    ...(o.batchSize === undefined ? {} : { batchSize: o.batchSize }),
  })
  const port = await freePort()
  const server = new Server({
    host: '127.0.0.1',
    port,
    log,
    Probot: Probot.defaults({
      appId: sim.app.id,
      privateKey: sim.app.privateKey ?? '',
      secret: WEBHOOK_SECRET,
      baseUrl: apiUrl,
      ...(o.octokit === 'production' ? {} : { Octokit: BareOctokit }),
    }),
  })
  await server.load(app.appFn)
  await server.start()
  return { app, server, url: `http://127.0.0.1:${port}`, logs }
}

/** Probot takes port 0 for "the default, 3000": ask the OS for a free port first. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** Forwards each request to the next target in turn, as a load balancer in front of instances would. */
async function startBalancer(targets: string[]) {
  const forwarded = targets.map(() => 0)
  let next = 0
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const index = next++ % targets.length
    forwarded[index] = (forwarded[index] ?? 0) + 1
    const target = new URL(targets[index] as string)
    const out = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    out.on('error', () => res.destroy())
    req.pipe(out)
  }
  const server = createServer(forward)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
