/** Messages between a benchmark and the app worker (`bench/app-worker.ts`), and small helpers both use. */
import { createServer } from 'node:net'

export type WorkerRequest =
  | {
      type: 'start'
      apiUrl: string
      appId: number
      privateKey: string
      secret: string
      today: string
      /** The scheduler's quiet time before a refresh (ms). */
      delayMs: number
      /** The app's coalescing window between two refreshes of one installation (ms); default 0 (none). */
      minIntervalMs?: number
      batchSize?: number
      /** Period of the app's periodic reconcile (ms); default 0 (off). */
      reconcileMs?: number
      /** False turns Octokit's throttling off (diagnosis only; production keeps it on). */
      throttle?: boolean
      /** One of several instances sharing a Redis (queue, cache and Probot's throttling). */
      redis?: RedisWorkerSettings
    }
  | { type: 'settle' }
  | { type: 'stop' }

export interface RedisWorkerSettings {
  url: string
  /** Key prefix shared by the instances of one deployment. */
  prefix: string
  /** A refresh whose instance died is taken over after this long (ms). */
  lockMs?: number
  concurrency?: number
}

export interface MemoryFigures {
  /** Peak resident set size of the process so far (MB). */
  peakRssMb: number
  /** Resident set size now (MB). */
  rssMb: number
}

export type WorkerReply =
  | { type: 'started'; port: number }
  | ({ type: 'settled' | 'stopped'; log: string[] } & MemoryFigures)
  | { type: 'failed'; message: string }

/** The process's peak and current RSS; `maxRSS` is in kilobytes (KiB on Linux). */
export function memoryFigures(): MemoryFigures {
  return {
    peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e5) / 10,
    rssMb: Math.round(process.memoryUsage.rss() / 1e5) / 10,
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
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
