/**
 * Runs the Probot app in a child process (`bench/app-worker.ts`) against a simulator held by this
 * process, so the app's peak RSS is its own. `settle()` waits until no webhook is in flight and the
 * app has no refresh waiting or running.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Simulator } from '../sim/index.js'
import type { MemoryFigures, RedisWorkerSettings, WorkerReply, WorkerRequest } from './app-protocol.js'

const WORKER = fileURLToPath(new URL('./app-worker.ts', import.meta.url))
/** The secret the app processes check deliveries against. */
export const SECRET = 'bench-webhook-secret'

export interface AppProcess {
  /** The app's webhook URL. */
  webhookUrl: string
  /** The process id (to kill it). */
  pid: number
  /** Kills the process at once (SIGKILL), as a crash would, and waits for it to exit. */
  kill(): Promise<void>
  /** Waits for webhooks and refreshes to finish; returns the app's memory figures and warnings. */
  settle(): Promise<MemoryFigures & { log: string[] }>
  stop(): Promise<MemoryFigures & { log: string[] }>
}

export interface AppProcessOptions {
  today: string
  /** Quiet time of the app's scheduler before a refresh (ms); default 20. */
  delayMs?: number
  /** The app's coalescing window between two refreshes of one installation (ms); default 0 (none). */
  minIntervalMs?: number
  batchSize?: number
  throttle?: boolean
  /** Period of the app's reconcile (ms); default off. */
  reconcileMs?: number
  /** One of several instances on a Redis; the caller points the simulator at all of them. */
  redis?: RedisWorkerSettings
}

/** Forks the app, points the simulator's webhooks at it and returns once it listens. */
export async function startAppProcess(sim: Simulator, options: AppProcessOptions): Promise<AppProcess> {
  const child = fork(WORKER, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const call = callerOf(child)
  if (!sim.app.privateKey) throw new Error('[bench] The simulator has no private key to give the app.')
  const started = await call({
    type: 'start',
    apiUrl: sim.apiUrl,
    appId: sim.app.id,
    privateKey: sim.app.privateKey,
    secret: SECRET,
    today: options.today,
    delayMs: options.delayMs ?? 20,
    ...(options.minIntervalMs ? { minIntervalMs: options.minIntervalMs } : {}),
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.throttle === false ? { throttle: false } : {}),
    ...(options.reconcileMs ? { reconcileMs: options.reconcileMs } : {}),
    ...(options.redis ? { redis: options.redis } : {}),
  })
  if (started.type !== 'started') throw new Error(`[bench] The app did not start: ${JSON.stringify(started)}`)
  const webhookUrl = `http://127.0.0.1:${started.port}/api/github/webhooks`
  if (!options.redis) sim.configureWebhooks({ url: webhookUrl, secret: SECRET, timeoutMs: 60_000 })
  const exited = () =>
    new Promise((resolve) =>
      child.exitCode === null && child.signalCode === null ? child.once('exit', resolve) : resolve(null),
    )
  const figures = (reply: WorkerReply) => {
    if (reply.type === 'settled' || reply.type === 'stopped') {
      const { peakRssMb, rssMb, log } = reply
      return { peakRssMb, rssMb, log }
    }
    throw new Error(`[bench] The app failed: ${reply.type === 'failed' ? reply.message : reply.type}`)
  }
  return {
    webhookUrl,
    pid: child.pid ?? 0,
    async kill() {
      const gone = exited()
      child.kill('SIGKILL')
      await gone
    },
    async settle() {
      let last: WorkerReply | null = null
      // The app's own writes cause more deliveries (which it ignores): settle until nothing new happens.
      for (let seen = -1; seen !== sim.webhooks.deliveries.length;) {
        seen = sim.webhooks.deliveries.length
        await sim.webhooks.idle()
        last = await call({ type: 'settle' })
      }
      return figures(last as WorkerReply)
    },
    async stop() {
      if (!options.redis) sim.configureWebhooks(undefined)
      const reply = await call({ type: 'stop' })
      const gone = exited()
      child.disconnect()
      await gone
      return figures(reply)
    },
  }
}

/** Sends one request at a time and resolves with the worker's answer to it. */
function callerOf(child: ChildProcess): (request: WorkerRequest) => Promise<WorkerReply> {
  return (request) =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`[bench] The app process exited (code ${code}).`))
      child.once('exit', onExit)
      child.once('message', (reply: WorkerReply) => {
        child.off('exit', onExit)
        resolve(reply)
      })
      child.send(request)
    })
}
