/**
 * The Probot app in a process of its own, so its peak memory is measured apart from the simulator's.
 * Forked by `bench/app-process.ts` with an IPC channel; it answers `start`, `settle` and `stop`.
 * The app runs exactly as `probot run` would (Probot's own Octokit, retries and throttling on),
 * pointed at the simulator.
 */
import { pino } from 'pino'
import { Probot, ProbotOctokit, Server } from 'probot'
import { createLeaderboardApp } from '../app/index.js'
import { SnapshotCache } from '../src/github/snapshot-cache.js'
import { freePort, memoryFigures, type WorkerReply, type WorkerRequest } from './app-protocol.js'

/** For diagnosis only: Probot's Octokit without the throttling plugin's waits (function form, FIELD-NOTES). */
const UNTHROTTLED = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { ...(options.throttle as object), enabled: false },
}))

let server: Server | null = null
let app: ReturnType<typeof createLeaderboardApp> | null = null
const errors: string[] = []

function reply(message: WorkerReply): void {
  process.send?.(message)
}

async function start(request: Extract<WorkerRequest, { type: 'start' }>): Promise<void> {
  // Warnings and errors are kept for the report; debug lines would cost time the app does not spend in production.
  // STRATEGY_TRACE_BENCH_APP_LOG=info (or debug) writes the app's log to stderr instead (diagnosis only).
  const level = process.env.STRATEGY_TRACE_BENCH_APP_LOG
  const log = level
    ? pino({ level }, pino.destination(2))
    : pino({ level: 'warn' }, { write: (line: string) => void errors.push(line) })
  app = createLeaderboardApp({
    today: () => request.today,
    delayMs: request.delayMs,
    maxDelayMs: request.delayMs * 6,
    minIntervalMs: request.minIntervalMs ?? 0,
    configRepo: '.github',
    cache: new SnapshotCache(),
    reconcileMs: request.reconcileMs ?? 0,
    ...(request.reconcileMs ? { reconcileStartupSpreadMs: 0 } : {}),
    ...(request.batchSize ? { batchSize: request.batchSize } : {}),
    ...(request.redis
      ? {
          redis: {
            url: request.redis.url,
            prefix: request.redis.prefix,
            lockMs: request.redis.lockMs ?? 30_000,
            concurrency: request.redis.concurrency ?? 4,
          },
        }
      : {}),
  })
  const port = await freePort()
  server = new Server({
    host: '127.0.0.1',
    port,
    log,
    Probot: Probot.defaults({
      appId: request.appId,
      privateKey: request.privateKey,
      secret: request.secret,
      baseUrl: request.apiUrl,
      ...(request.throttle === false ? { Octokit: UNTHROTTLED } : {}),
      // Probot clusters Octokit's throttling over Redis, as `REDIS_URL` does under `probot run`.
      ...(request.redis ? { redisConfig: request.redis.url } : {}),
    }),
  })
  await server.load(app.appFn)
  await server.start()
  reply({ type: 'started', port })
}

// The benchmark that forked us is gone (finished, failed or timed out): so are we.
process.on('disconnect', () => process.exit(0))

process.on('message', (message: WorkerRequest) => {
  const handle = async (): Promise<void> => {
    if (message.type === 'start') return start(message)
    if (message.type === 'settle') {
      await app?.queue.idle()
      return reply({ type: 'settled', ...memoryFigures(), log: errors.splice(0) })
    }
    await server?.stop()
    await app?.close()
    reply({ type: 'stopped', ...memoryFigures(), log: errors.splice(0) })
  }
  handle().catch((error: unknown) => {
    reply({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
  })
})
