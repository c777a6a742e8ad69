/**
 * Refresh requests in a BullMQ queue on Redis, shared by every instance of the app.
 *
 * - Requests are merged as by the in-memory scheduler: a refresh waits for a quiet time after the
 *   latest request (BullMQ's `reschedule` of a delayed deduplicated job), at most `maxDelayMs`.
 * - The coalescing window: two refreshes of one installation start at least `minIntervalMs` apart,
 *   whichever instance runs them. A refresh that starts marks the installation in Redis for the
 *   window (a key with that expiry); a request within it delays the installation's job to the
 *   window's end, and a job that comes due within it anyway (a request made while the previous one
 *   ran, which BullMQ queues when that one finishes) goes back to BullMQ's delayed set until then
 *   (`moveToDelayed` + `DelayedError`, BullMQ's way for a worker to postpone a job).
 * - One job per installation at a time: each refresh job carries the deduplication id of its
 *   installation with `keepLastIfActive`, so while one is waiting (or delayed) a new request adds no
 *   job, and while one runs at most one more waits — BullMQ never runs two jobs with one deduplication
 *   id at once, on any instance.
 * - What to refresh is merged in Redis sets, not in job data: a request adds its repository names (or
 *   the `full` flag) to the installation's pending sets; the job, when it starts, moves everything
 *   pending into its in-flight sets in one transaction and clears them only once the refresh
 *   succeeded. A job whose instance died (BullMQ's stalled-job check hands it to another worker) or
 *   that failed (retried with backoff) finds its scope where it left it.
 * - The periodic reconcile is a BullMQ job scheduler: one `reconcile` job per period for all
 *   instances, which spreads one full refresh per installation over the period.
 */
import { DelayedError, Queue, Worker, type Job } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Logger } from '../../src/core/logger.js'
import type { InstallationInfo } from '../../src/github/app-installations.js'
import type { FollowUp, RefreshQueue } from '../refresh-queue.js'
import type { RefreshRequest } from '../refresh-scheduler.js'
import { phaseOf } from '../reconcile.js'

/** The queue's jobs: refresh one installation; list installations (per period); reconcile one. */
type JobData = { installationId: number; org: string } | Record<string, never>
type JobName = 'refresh' | 'reconcile' | 'reconcile-one'

export interface BullmqQueueOptions {
  redisUrl: string
  /** Client for the scope sets and the refresh log (shared with the snapshot store). */
  redis: Redis
  /** Key prefix shared by the instances of one deployment (also BullMQ's prefix). */
  prefix: string
  logger: Logger
  /** This instance's name in logs and in the refresh log. */
  instance: string
  /** Quiet time: a refresh waits this long after the latest request for more to merge (ms). */
  delayMs: number
  /** Longest a request waits while more keep arriving (ms). */
  maxDelayMs: number
  /** Shortest time between the starts of two refreshes of one installation, on any instance (ms). */
  minIntervalMs: number
  /** Refreshes this instance runs at once (of different installations). */
  concurrency: number
  /** A job whose worker stopped renewing its lock for this long is handed to another (ms). */
  lockMs: number
  /** Period of the reconcile (ms); 0 = off. */
  reconcileMs: number
  /** Runs one refresh; throws to have it retried. */
  run: (installationId: number, org: string, request: RefreshRequest) => Promise<void>
  /** Performs a follow-up once its refresh finished. */
  followUp: (installationId: number, followUp: FollowUp) => Promise<void>
  listInstallations: () => Promise<InstallationInfo[]>
}

/** `asked` marks that a request came at all (a request of no repository only looks at the board). */
const SETS = ['asked', 'full', 'names', 'added', 'removed', 'followups'] as const
type SetName = (typeof SETS)[number]

/** Attempts of a refresh that fails (then it waits for the next event or reconcile). */
const ATTEMPTS = 4
/** Refresh intervals kept in the refresh log. */
const LOGGED_REFRESHES = 10_000

export class BullmqRefreshQueue implements RefreshQueue {
  readonly #o: BullmqQueueOptions
  readonly #queue: Queue<JobData, unknown, JobName>
  #worker: Worker<JobData, unknown, JobName> | null = null

  constructor(options: BullmqQueueOptions) {
    this.#o = options
    this.#queue = new Queue<JobData, unknown, JobName>('refresh', {
      connection: { url: options.redisUrl },
      prefix: options.prefix,
    })
  }

  /** Starts this instance's worker and (idempotently) the shared reconcile schedule. */
  async start(): Promise<void> {
    const o = this.#o
    this.#worker = new Worker<JobData, unknown, JobName>(
      'refresh',
      (job, token) => this.#process(job, token),
      {
        connection: { url: o.redisUrl, maxRetriesPerRequest: null },
        prefix: o.prefix,
        name: o.instance,
        concurrency: o.concurrency,
        lockDuration: o.lockMs,
        stalledInterval: o.lockMs,
        maxStalledCount: 5,
      },
    )
    this.#worker.on('error', (error) => o.logger.error(`The refresh queue's worker: ${error.message}`))
    this.#worker.on('failed', (job, error) => {
      if (!job || job.name !== 'refresh') return
      const last = job.attemptsMade >= (job.opts.attempts ?? 1)
      o.logger[last ? 'error' : 'warn'](
        `The leaderboard refresh of installation ${String(job.data.installationId)} failed${last ? ' (its scope waits for the next event or reconcile)' : ', retrying'}: ${error.message}`,
      )
    })
    if (o.reconcileMs > 0)
      await this.#queue.upsertJobScheduler(
        'reconcile',
        { every: o.reconcileMs },
        { name: 'reconcile', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
      )
    else await this.#queue.removeJobScheduler('reconcile')
  }

  async schedule(
    installationId: number,
    request: RefreshRequest,
    context: { org: string },
    followUp?: FollowUp,
  ): Promise<void> {
    const key = (set: SetName) => this.#key(installationId, 'pending', set)
    const now = Date.now()
    const firstKey = this.#firstKey(installationId)
    const tx = this.#o.redis
      .multi()
      .set(firstKey, String(now), 'NX')
      .get(firstKey)
      .pttl(this.#windowKey(installationId))
      .exists(this.#key(installationId, 'inflight', 'asked'))
      .sadd(key('asked'), '1')
    if (request.kind === 'full') tx.sadd(key('full'), '1')
    else {
      if (request.names.length > 0) tx.sadd(key('names'), ...request.names)
      if (request.added?.length) tx.sadd(key('added'), ...request.added)
      if (request.removed?.length) tx.sadd(key('removed'), ...request.removed)
    }
    if (followUp) tx.sadd(key('followups'), JSON.stringify(followUp))
    const results = await tx.exec()
    // The same coalescing as the in-memory scheduler: each request moves the waiting refresh to
    // `delayMs` after it (BullMQ's `reschedule`), but never beyond `maxDelayMs` after the first, nor
    // before the end of the window of the installation's last refresh. While a refresh runs, BullMQ
    // keeps this job until that one ends and then counts its delay from there: the window left now
    // would be stale by then, so it is left to the worker, which puts a job due inside the window back
    // to the window's end.
    const first = Number(results?.[1]?.[1] ?? now)
    const running = Number(results?.[3]?.[1] ?? 0) > 0
    const window = running ? 0 : Math.max(0, Number(results?.[2]?.[1] ?? 0))
    const delay = Math.max(0, Math.min(this.#o.delayMs, first + this.#o.maxDelayMs - now), window)
    await this.#queue.add(
      'refresh',
      { installationId, org: context.org },
      {
        deduplication: { id: `installation-${installationId}`, keepLastIfActive: true, reschedule: true },
        delay,
        attempts: ATTEMPTS,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    )
  }

  /** Resolves once no refresh (or reconcile of one installation) is waiting, delayed or running. */
  async idle(): Promise<void> {
    for (;;) {
      const jobs = await this.#queue.getJobs(['active', 'wait', 'delayed', 'prioritized'])
      if (!jobs.some((job) => job && job.name !== 'reconcile')) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  async close(): Promise<void> {
    await this.#worker?.close()
    await this.#queue.close()
  }

  /** The underlying BullMQ queue (tests, the bench). */
  get queue(): Queue<JobData, unknown, JobName> {
    return this.#queue
  }

  /** When the oldest request not yet taken by a refresh came (ms since the epoch). */
  #firstKey(installationId: number): string {
    return `${this.#o.prefix}:scope:${installationId}:pending:first`
  }

  /** Exists, with the window as its expiry, from the start of a refresh of the installation. */
  #windowKey(installationId: number): string {
    return `${this.#o.prefix}:scope:${installationId}:window`
  }

  #key(installationId: number, stage: 'pending' | 'inflight', set: SetName): string {
    return `${this.#o.prefix}:scope:${installationId}:${stage}:${set}`
  }

  async #process(job: Job<JobData, unknown, JobName>, token?: string): Promise<void> {
    if (job.name === 'reconcile') return this.#reconcile(job)
    const { installationId, org } = job.data as { installationId: number; org: string }
    if (job.name === 'reconcile-one') return this.schedule(installationId, { kind: 'full' }, { org })
    const { redis, minIntervalMs } = this.#o
    if (minIntervalMs > 0) {
      const left = await redis.pttl(this.#windowKey(installationId))
      if (left > 0) {
        const asked = await redis.exists(
          this.#key(installationId, 'pending', 'asked'),
          this.#key(installationId, 'inflight', 'asked'),
        )
        if (!asked) return // an earlier job took this one's requests along
        await job.moveToDelayed(Date.now() + left, token)
        throw new DelayedError()
      }
    }
    const scope = await this.#take(installationId)
    if (!scope) return // an earlier job took this one's requests along
    const started = Date.now()
    if (minIntervalMs > 0)
      await redis.set(this.#windowKey(installationId), String(started), 'PX', minIntervalMs)
    await this.#o.run(installationId, org, scope.request)
    for (const followUp of scope.followUps)
      await this.#o.followUp(installationId, followUp).catch((error: unknown) => {
        this.#o.logger.warn(`A follow-up of the refresh failed: ${String(error)}`)
      })
    const entry = JSON.stringify({ installationId, instance: this.#o.instance, started, ended: Date.now() })
    const log = `${this.#o.prefix}:refresh-log`
    await this.#o.redis
      .multi()
      .del(...SETS.map((set) => this.#key(installationId, 'inflight', set)))
      .rpush(log, entry)
      .ltrim(log, -LOGGED_REFRESHES, -1)
      .exec()
  }

  /**
   * Moves the pending requests into the in-flight sets (kept from an earlier attempt, if any) in one
   * transaction and reads them; null when there is nothing to do.
   */
  async #take(installationId: number): Promise<{ request: RefreshRequest; followUps: FollowUp[] } | null> {
    const tx = this.#o.redis.multi().del(this.#firstKey(installationId))
    for (const set of SETS) {
      const inflight = this.#key(installationId, 'inflight', set)
      tx.sunionstore(inflight, inflight, this.#key(installationId, 'pending', set))
      tx.del(this.#key(installationId, 'pending', set))
    }
    for (const set of SETS) tx.smembers(this.#key(installationId, 'inflight', set))
    const results = (await tx.exec()) ?? []
    const members = (i: number) => (results[1 + SETS.length * 2 + i]?.[1] as string[] | undefined) ?? []
    const [asked, full, names, added, removed, followUps] = SETS.map((_set, i) => members(i).sort())
    // Nothing asked: the job that ran before this one took its requests along.
    if (!asked?.length) return null
    const parsed = (followUps ?? []).map((raw) => JSON.parse(raw) as FollowUp)
    if (full?.length) return { request: { kind: 'full' }, followUps: parsed }
    const request: RefreshRequest = { kind: 'repos', names: names ?? [] }
    if (added?.length) request.added = added
    if (removed?.length) request.removed = removed
    return { request, followUps: parsed }
  }

  /** Lists the installations and spreads one full refresh of each over the period, by its phase. */
  async #reconcile(job: Job<JobData, unknown, JobName>): Promise<void> {
    const { reconcileMs, logger } = this.#o
    const installations = await this.#o.listInstallations()
    const round = Math.floor(job.timestamp / reconcileMs)
    logger.info(`Reconciling ${installations.length} installations over the next period.`)
    await this.#queue.addBulk(
      installations.map((installation) => ({
        name: 'reconcile-one' as const,
        data: { installationId: installation.id, org: installation.account },
        opts: {
          jobId: `reconcile-${installation.id}-${round}`,
          delay: Math.round(phaseOf(installation.id) * reconcileMs),
          removeOnComplete: true,
          removeOnFail: 100,
        },
      })),
    )
  }
}
