/**
 * Coalesces refresh requests per installation: requests arriving within `delayMs` of each other make
 * one refresh (a bulk relabel of 200 issues is one refresh, not 200), a steady stream is still served
 * within `maxDelayMs`, an installation's refreshes start at least `minIntervalMs` apart (a steady
 * stream of events costs one refresh per window, not one per event), and an installation never has
 * two refreshes running at once — requests that arrive during a run wait and are merged into the next
 * one. Webhook handlers only call `schedule`, so GitHub gets its answer at once. The BullMQ queue of
 * several instances (redis/bullmq-refresh-queue.ts) keeps the same three times.
 */
import type { Logger } from '../src/core/logger.js'
import type { RefreshScope } from '../src/jobs/refresh-leaderboard.js'

/** Everything, or some repositories (with repositories that joined or left the installation). */
export type RefreshRequest = RefreshScope

export interface ScheduledRun<T> {
  installationId: number
  request: RefreshRequest
  /** What the latest request brought along (an authenticated client, the org). */
  context: T
}

export interface SchedulerOptions<T> {
  run: (job: ScheduledRun<T>) => Promise<void>
  logger: Logger
  /** Quiet time to wait for more requests before refreshing. */
  delayMs: number
  /** Longest a request waits while more keep arriving; default 6 × `delayMs`. */
  maxDelayMs?: number
  /**
   * Shortest time between the starts of two refreshes of one installation (the coalescing window);
   * it outranks `maxDelayMs`. Default 0.
   */
  minIntervalMs?: number
}

interface Entry<T> {
  request: RefreshRequest | null
  context: T | null
  after: (() => Promise<void> | void)[]
  timer: ReturnType<typeof setTimeout> | null
  firstAt: number
  running: boolean
}

/** Merges two requests: a full refresh absorbs everything; repository lists are united. */
export function mergeRequests(a: RefreshRequest | null, b: RefreshRequest): RefreshRequest {
  if (!a) return b
  if (a.kind === 'full' || b.kind === 'full') return { kind: 'full' }
  const union = (x: string[] = [], y: string[] = []): string[] => [...new Set([...x, ...y])].sort()
  const merged: RefreshRequest = { kind: 'repos', names: union(a.names, b.names) }
  const added = union(a.added, b.added)
  const removed = union(a.removed, b.removed)
  if (added.length > 0) merged.added = added
  if (removed.length > 0) merged.removed = removed
  return merged
}

export class RefreshScheduler<T> {
  readonly #entries = new Map<number, Entry<T>>()
  /** When each installation's latest refresh started (only within the last `minIntervalMs`). */
  readonly #lastStarts = new Map<number, number>()
  #pruned = 0
  readonly #options: SchedulerOptions<T>
  #idleWaiters: (() => void)[] = []

  constructor(options: SchedulerOptions<T>) {
    this.#options = options
  }

  /**
   * Asks for a refresh of an installation. `after` runs once the refresh that includes this request
   * has finished (e.g. to react 👍 to a `/leaderboard refresh` comment).
   */
  schedule(
    installationId: number,
    request: RefreshRequest,
    context: T,
    after?: () => Promise<void> | void,
  ): void {
    let entry = this.#entries.get(installationId)
    if (!entry) {
      entry = { request: null, context: null, after: [], timer: null, firstAt: Date.now(), running: false }
      this.#entries.set(installationId, entry)
    }
    if (!entry.request) entry.firstAt = Date.now()
    this.#prune()
    entry.request = mergeRequests(entry.request, request)
    entry.context = context
    if (after) entry.after.push(after)
    if (!entry.running) this.#arm(installationId, entry)
  }

  /** Resolves when nothing is waiting or running (tests, graceful shutdown). */
  idle(): Promise<void> {
    if (this.#entries.size === 0) return Promise.resolve()
    return new Promise((resolve) => this.#idleWaiters.push(resolve))
  }

  /** True while a refresh of the installation runs. */
  isRunning(installationId: number): boolean {
    return this.#entries.get(installationId)?.running ?? false
  }

  #arm(installationId: number, entry: Entry<T>): void {
    if (entry.timer) clearTimeout(entry.timer)
    const { delayMs } = this.#options
    const maxDelayMs = this.#options.maxDelayMs ?? delayMs * 6
    const now = Date.now()
    const quiet = Math.min(delayMs, entry.firstAt + maxDelayMs - now)
    const lastStart = this.#lastStarts.get(installationId)
    const window = lastStart === undefined ? 0 : lastStart + (this.#options.minIntervalMs ?? 0) - now
    const wait = Math.max(0, quiet, window)
    entry.timer = setTimeout(() => void this.#start(installationId, entry), wait)
  }

  async #start(installationId: number, entry: Entry<T>): Promise<void> {
    entry.timer = null
    const { request, context, after } = entry
    if (!request || context === null) return this.#settle(installationId, entry)
    Object.assign(entry, { request: null, after: [], running: true })
    if (this.#options.minIntervalMs) this.#lastStarts.set(installationId, Date.now())
    try {
      await this.#options.run({ installationId, request, context })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      this.#options.logger.error(
        `The leaderboard refresh of installation ${installationId} failed: ${reason}`,
      )
    }
    for (const callback of after) {
      try {
        await callback()
      } catch (error) {
        this.#options.logger.warn(`A follow-up of the refresh failed: ${String(error)}`)
      }
    }
    entry.running = false
    if (entry.request) {
      entry.firstAt = Date.now()
      this.#arm(installationId, entry)
    } else this.#settle(installationId, entry)
  }

  /** Forgets start times older than the window (at most once per window). */
  #prune(): void {
    const window = this.#options.minIntervalMs ?? 0
    const now = Date.now()
    if (now - this.#pruned < window) return
    this.#pruned = now
    for (const [id, started] of this.#lastStarts) if (now - started >= window) this.#lastStarts.delete(id)
  }

  #settle(installationId: number, entry: Entry<T>): void {
    if (entry.request || entry.running || entry.timer) return
    this.#entries.delete(installationId)
    if (this.#entries.size > 0) return
    const waiters = this.#idleWaiters
    this.#idleWaiters = []
    for (const resolve of waiters) resolve()
  }
}
