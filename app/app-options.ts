/**
 * The app's settings, read once from the environment at start (Probot's own variables — APP_ID,
 * PRIVATE_KEY, WEBHOOK_SECRET, … — are read by Probot).
 */
import { SnapshotCache } from '../src/github/snapshot-cache.js'
import { DEFAULT_CONFIG_REPO } from '../src/jobs/load-org-config.js'

export interface LeaderboardAppOptions {
  /** The day a board is computed for (`YYYY-MM-DD`); asked at every refresh. */
  today: () => string
  /** Quiet time before a refresh, to merge bursts of events (ms). */
  delayMs: number
  /** Longest a request waits while events keep arriving (ms). */
  maxDelayMs: number
  /**
   * Shortest time between the starts of two refreshes of one installation (ms): the coalescing window.
   * A steady stream of events costs one refresh per window, in one process or in several.
   */
  minIntervalMs: number
  /** Repository of the org holding `.github/strategy.yml`. */
  configRepo: string
  /** Installation states; one per process. */
  cache: SnapshotCache
  /** Repositories per GraphQL query; default in read-repo-slices.ts. */
  batchSize?: number
  /** Period of the full refresh of every installation (ms); 0 turns it off. */
  reconcileMs: number
  /** Start-up refreshes of stale boards are spread over this long (ms); default in reconcile.ts. */
  reconcileStartupSpreadMs?: number
  /** Webhook delivery ids remembered to ignore duplicates. */
  rememberedDeliveries?: number
  /**
   * Redis shared by several instances of the app (`REDIS_URL`): refresh queue (BullMQ), installation
   * states and Probot's request throttling live there. Unset: one process, everything in memory.
   */
  redis?: RedisSettings
}

export interface RedisSettings {
  url: string
  /** Prefix of every key of this deployment (`STRATEGY_TRACE_REDIS_PREFIX`, default `strategy-trace`). */
  prefix: string
  /** Refreshes one instance runs at once (`STRATEGY_TRACE_WORKER_CONCURRENCY`, default 4). */
  concurrency: number
  /** A refresh whose instance stopped answering is taken over after this long (`STRATEGY_TRACE_REDIS_LOCK_MS`, default 30000). */
  lockMs: number
}

/**
 * Default coalescing window: an installation's board is refreshed at most twice a minute (120 writes
 * an hour at most, under GitHub's 500 content-creating requests an hour), and an event is on it within
 * about 30 s plus the refresh.
 */
export const DEFAULT_MIN_INTERVAL_MS = 30_000

/** Default period of the reconcile: every installation is read in full every 6 hours. */
export const DEFAULT_RECONCILE_MINUTES = 360

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Today's date in UTC. */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10)
}

/**
 * `STRATEGY_TRACE_TODAY` pins the date (tests, demos); `STRATEGY_TRACE_REFRESH_DELAY_MS` (default 5000),
 * `STRATEGY_TRACE_REFRESH_MAX_DELAY_MS` (default 30000) and `STRATEGY_TRACE_REFRESH_MIN_INTERVAL_MS`
 * (default 30000, the window between two refreshes of one installation) tune coalescing;
 * `STRATEGY_TRACE_CONFIG_REPO` (default `.github`) names the repository with the org config; `STRATEGY_TRACE_BATCH_SIZE` the
 * repositories per GraphQL query; `STRATEGY_TRACE_RECONCILE_MINUTES` (default 360, 0 = off) the period
 * of the full refresh of every installation. `REDIS_URL` (also read by Probot) turns on the shared
 * queue and cache of several instances, tuned by `STRATEGY_TRACE_REDIS_PREFIX`,
 * `STRATEGY_TRACE_WORKER_CONCURRENCY` and `STRATEGY_TRACE_REDIS_LOCK_MS`.
 */
export function readAppOptions(env: Record<string, string | undefined>): LeaderboardAppOptions {
  const pinned = env.STRATEGY_TRACE_TODAY?.trim()
  if (pinned && !DATE.test(pinned))
    throw new Error(
      `[strategy-trace] STRATEGY_TRACE_TODAY is "${pinned}", which is not a date written YYYY-MM-DD. Set it like 2026-03-02, or unset it to use today's date.`,
    )
  const delayMs = readNumber(env, 'STRATEGY_TRACE_REFRESH_DELAY_MS', 5000)
  const batchSize = readNumber(env, 'STRATEGY_TRACE_BATCH_SIZE', 0)
  const redisUrl = env.REDIS_URL?.trim()
  const redis: RedisSettings | null = redisUrl
    ? {
        url: redisUrl,
        prefix: env.STRATEGY_TRACE_REDIS_PREFIX?.trim() || 'strategy-trace',
        concurrency: Math.max(1, readNumber(env, 'STRATEGY_TRACE_WORKER_CONCURRENCY', 4)),
        lockMs: Math.max(1000, readNumber(env, 'STRATEGY_TRACE_REDIS_LOCK_MS', 30_000)),
      }
    : null
  return {
    today: pinned ? () => pinned : utcToday,
    delayMs,
    maxDelayMs: readNumber(env, 'STRATEGY_TRACE_REFRESH_MAX_DELAY_MS', Math.max(delayMs, 30_000)),
    minIntervalMs: readNumber(env, 'STRATEGY_TRACE_REFRESH_MIN_INTERVAL_MS', DEFAULT_MIN_INTERVAL_MS),
    configRepo: env.STRATEGY_TRACE_CONFIG_REPO?.trim() || DEFAULT_CONFIG_REPO,
    cache: new SnapshotCache(),
    reconcileMs: readNumber(env, 'STRATEGY_TRACE_RECONCILE_MINUTES', DEFAULT_RECONCILE_MINUTES) * 60_000,
    ...(batchSize > 0 ? { batchSize } : {}),
    ...(redis ? { redis } : {}),
  }
}

function readNumber(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0)
    throw new Error(
      `[strategy-trace] ${name} is "${raw}", which is not a whole number of at least 0. Set it like ${fallback}, or unset it for the default.`,
    )
  return value
}
