/**
 * The Probot app: wiring only. Each handler (route-events.ts) decides whether the event can change the
 * leaderboard (logging why not), then hands a refresh request to the scheduler and returns at once;
 * the refresh itself (src/jobs/refresh-leaderboard.ts) runs outside the webhook request. A delivery id
 * already handled is skipped (deliveries.ts), and every installation is refreshed in full once per
 * period whatever webhooks arrived (reconcile.ts).
 */
import type { Probot } from 'probot'
import type { Logger } from '../src/core/logger.js'
import { addSecondaryLimitPause } from '../src/github/secondary-limit-pause.js'
import type { SnapshotCache } from '../src/github/snapshot-cache.js'
import { readAppOptions, type LeaderboardAppOptions } from './app-options.js'
import { dedupeDeliveries, DeliveryLog } from './deliveries.js'
import { createOwnLogin, type OwnLogin } from './own-login.js'
import { createReconciler } from './reconcile-app.js'
import type { Reconciler } from './reconcile.js'
import { RefreshScheduler } from './refresh-scheduler.js'
import { routeEvents } from './route-events.js'
import { runRefresh, type RunContext } from './run-refresh.js'

export interface LeaderboardApp {
  /** What Probot loads. */
  appFn: (app: Probot) => void
  scheduler: RefreshScheduler<RunContext>
  cache: SnapshotCache
  deliveries: DeliveryLog
  /** The periodic reconcile, once Probot loaded the app (null when turned off). */
  readonly reconciler: Reconciler | null
  /** Stops the periodic reconcile (shutdown, tests). */
  stop(): void
}

/** Builds the app with its scheduler and cache; `overrides` replace settings read from the environment. */
export function createLeaderboardApp(overrides: Partial<LeaderboardAppOptions> = {}): LeaderboardApp {
  const options: LeaderboardAppOptions = { ...readAppOptions(process.env), ...overrides }
  const { cache } = options
  let log: Logger | null = null
  let ownLogin: OwnLogin | null = null
  let reconciler: Reconciler | null = null
  const logger: Logger = {
    debug: (m) => log?.debug(m),
    info: (m) => log?.info(m),
    warn: (m) => log?.warn(m),
    error: (m) => log?.error(m),
  }
  const scheduler: RefreshScheduler<RunContext> = new RefreshScheduler<RunContext>({
    delayMs: options.delayMs,
    maxDelayMs: options.maxDelayMs,
    logger,
    run: async (job) => {
      reconciler?.track({ id: job.installationId, account: job.context.org })
      // A secondary rate limit pauses the refresh for as long as GitHub says (Probot's client does not).
      addSecondaryLimitPause(job.context.octokit, { logger })
      const outcome = await runRefresh(job, { options, logger, ownLogin: await ownLogin?.get() })
      // Several instances of the app may serve one webhook URL and write the same issue at almost the
      // same moment. After each write, one more look at the issue (a refresh of no repository): if
      // another instance wrote over this board, that refresh turns into a full one.
      if (outcome.result === 'created' || outcome.result === 'updated')
        scheduler.schedule(job.installationId, { kind: 'repos', names: [] }, job.context)
    },
  })
  const deliveries = new DeliveryLog(options.rememberedDeliveries)
  const appFn = (app: Probot): void => {
    log = app.log
    const readSlug = async () => (await (await app.auth()).request('GET /app')).data?.slug ?? ''
    ownLogin = createOwnLogin(readSlug, logger)
    const deps = { scheduler, cache, logger, ownLogin, configRepo: options.configRepo }
    routeEvents(dedupeDeliveries(app, deliveries, logger), deps)
    if (options.reconcileMs <= 0) return
    reconciler?.stop()
    reconciler = createReconciler(app, { ...deps, options })
    void reconciler.start()
  }
  return {
    appFn,
    scheduler,
    cache,
    deliveries,
    get reconciler() {
      return reconciler
    },
    stop: () => reconciler?.stop(),
  }
}

/** Entry point for `probot run`: settings from the environment. */
export default (app: Probot): void => createLeaderboardApp().appFn(app)
