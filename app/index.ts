/**
 * The Probot app: wiring only. Each handler (route-events.ts) decides whether the event can change the
 * leaderboard (logging why not), then hands a refresh request to the queue and returns at once;
 * the refresh itself (src/jobs/refresh-leaderboard.ts) runs outside the webhook request. A delivery id
 * already handled is skipped (deliveries.ts), and every installation is refreshed in full once per
 * period whatever webhooks arrived (reconcile.ts).
 *
 * Without `REDIS_URL` everything lives in this process (in-memory scheduler and cache). With it, any
 * number of instances share a BullMQ queue, the installation states and Probot's throttling on Redis
 * (redis/): a webhook may reach any instance, and any instance may run any refresh.
 */
import { hostname } from 'node:os'
import { Redis } from 'ioredis'
import type { Probot } from 'probot'
import type { Logger } from '../src/core/logger.js'
import { createLeaderboardGateway } from '../src/github/leaderboard-gateway.js'
import type { GatewayOctokit } from '../src/github/octokit-types.js'
import { addSecondaryLimitPause } from '../src/github/secondary-limit-pause.js'
import type { SnapshotCache } from '../src/github/snapshot-cache.js'
import { readAppOptions, type LeaderboardAppOptions, type RedisSettings } from './app-options.js'
import { dedupeDeliveries, DeliveryLog } from './deliveries.js'
import { createOwnLogin, type OwnLogin } from './own-login.js'
import { createReconciler } from './reconcile-app.js'
import type { Reconciler } from './reconcile.js'
import { BullmqRefreshQueue } from './redis/bullmq-refresh-queue.js'
import { RedisSnapshotStore } from './redis/redis-snapshot-store.js'
import { memoryQueue, type RefreshQueue } from './refresh-queue.js'
import { RefreshScheduler, type RefreshRequest } from './refresh-scheduler.js'
import { routeEvents } from './route-events.js'
import { runRefresh, type RunContext } from './run-refresh.js'
import { memoryStore, type SnapshotStore } from './snapshot-store.js'
import { listAppInstallations } from '../src/github/app-installations.js'

export interface LeaderboardApp {
  /** What Probot loads. */
  appFn: (app: Probot) => void
  /** The in-memory scheduler (idle and unused with Redis). */
  scheduler: RefreshScheduler<RunContext>
  /** The in-memory cache (unused with Redis). */
  cache: SnapshotCache
  /** Where requests go: the scheduler, or the shared BullMQ queue. */
  queue: RefreshQueue
  /** Where installation states live: the cache, or Redis. */
  store: SnapshotStore
  deliveries: DeliveryLog
  /** The periodic reconcile of this process, once Probot loaded the app (null when off or with Redis). */
  readonly reconciler: Reconciler | null
  /** Stops the periodic reconcile (shutdown, tests). */
  stop(): void
  /** Stops the reconcile, the queue's worker and the Redis connections. */
  close(): Promise<void>
}

/** Builds the app with its queue and store; `overrides` replace settings read from the environment. */
export function createLeaderboardApp(overrides: Partial<LeaderboardAppOptions> = {}): LeaderboardApp {
  const options: LeaderboardAppOptions = { ...readAppOptions(process.env), ...overrides }
  const { cache } = options
  let log: Logger | null = null
  let ownLogin: OwnLogin | null = null
  let reconciler: Reconciler | null = null
  let probot: Probot | null = null
  const logger: Logger = {
    debug: (m) => log?.debug(m),
    info: (m) => log?.info(m),
    warn: (m) => log?.warn(m),
    error: (m) => log?.error(m),
  }
  const redis = options.redis ? new Redis(options.redis.url, { maxRetriesPerRequest: 3 }) : null
  const store: SnapshotStore =
    redis && options.redis
      ? new RedisSnapshotStore({ redis, prefix: options.redis.prefix, logger })
      : memoryStore(cache)
  const installationClient = async (id?: number): Promise<GatewayOctokit> => {
    if (!probot) throw new Error('The app is not loaded yet.')
    return (await probot.auth(id)) as unknown as GatewayOctokit
  }

  /** One refresh, wherever it was asked for. */
  const refreshOnce = async (installationId: number, request: RefreshRequest, event: RunContext) => {
    reconciler?.track({ id: installationId, account: event.org })
    // Octokit's throttling paces each installation's writes and GraphQL queries (one a second), keyed
    // by installation only for clients from `app.auth(id)`: the client of a webhook event
    // (`context.octokit`) has no key, so with it every installation of this process would share one
    // pace. So a refresh runs with its installation's own client.
    const context = { ...event, octokit: probot ? await installationClient(installationId) : event.octokit }
    // A secondary rate limit pauses the refresh for as long as GitHub says (Probot's client does not).
    addSecondaryLimitPause(context.octokit, { logger })
    const outcome = await runRefresh(
      { installationId, request, context },
      { options, logger, ownLogin: await ownLogin?.get(), store },
    )
    // Several independent instances of the app may serve one webhook URL and write the same issue at
    // almost the same moment. After each write, one more look at the issue (a refresh of no
    // repository): if another instance wrote over this board, that refresh turns into a full one.
    // Instances sharing Redis never refresh one installation at once and share its state: no look.
    if (!options.redis && (outcome.result === 'created' || outcome.result === 'updated'))
      await queue.schedule(installationId, { kind: 'repos', names: [] }, context)
  }

  const scheduler: RefreshScheduler<RunContext> = new RefreshScheduler<RunContext>({
    delayMs: options.delayMs,
    maxDelayMs: options.maxDelayMs,
    minIntervalMs: options.minIntervalMs,
    logger,
    run: (job) => refreshOnce(job.installationId, job.request, job.context),
  })
  const queue: RefreshQueue = options.redis
    ? sharedQueue(options.redis, redis as Redis)
    : memoryQueue(scheduler, (context, target) =>
        createLeaderboardGateway(context.octokit, logger).react(
          { owner: target.owner, repo: target.repo },
          target.commentId,
          '+1',
        ),
      )

  function sharedQueue(settings: RedisSettings, client: Redis): BullmqRefreshQueue {
    return new BullmqRefreshQueue({
      redisUrl: settings.url,
      redis: client,
      prefix: settings.prefix,
      logger,
      instance: `${hostname()}:${process.pid}`,
      delayMs: options.delayMs,
      maxDelayMs: options.maxDelayMs,
      minIntervalMs: options.minIntervalMs,
      concurrency: settings.concurrency,
      lockMs: settings.lockMs,
      reconcileMs: options.reconcileMs,
      run: async (id, org, request) =>
        refreshOnce(id, request, { octokit: await installationClient(id), org }),
      followUp: async (id, { react }) =>
        createLeaderboardGateway(await installationClient(id), logger).react(
          { owner: react.owner, repo: react.repo },
          react.commentId,
          '+1',
        ),
      listInstallations: async () => listAppInstallations(await installationClient()),
    })
  }

  const deliveries = new DeliveryLog(options.rememberedDeliveries)
  const appFn = (app: Probot): void => {
    log = app.log
    probot = app
    const readSlug = async () => (await (await app.auth()).request('GET /app')).data?.slug ?? ''
    ownLogin = createOwnLogin(readSlug, logger)
    const deps = { queue, store, logger, ownLogin, configRepo: options.configRepo }
    routeEvents(dedupeDeliveries(app, deliveries, logger), deps)
    if (queue instanceof BullmqRefreshQueue) {
      // The reconcile is the queue's own job scheduler: once per period for all instances.
      queue.start().catch((error: unknown) => {
        logger.error(`The shared refresh queue did not start: ${String(error)}`)
      })
      return
    }
    if (options.reconcileMs <= 0) return
    reconciler?.stop()
    reconciler = createReconciler(app, { ...deps, options })
    void reconciler.start()
  }
  const stop = () => reconciler?.stop()
  return {
    appFn,
    scheduler,
    cache,
    queue,
    store,
    deliveries,
    get reconciler() {
      return reconciler
    },
    stop,
    async close() {
      stop()
      await queue.close()
      await redis?.quit()
    },
  }
}

/** Entry point for `probot run`: settings from the environment. */
export default (app: Probot): void => createLeaderboardApp().appFn(app)
