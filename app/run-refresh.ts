import type { Logger } from '../src/core/logger.js'
import { createLeaderboardGateway } from '../src/github/leaderboard-gateway.js'
import type { GatewayOctokit } from '../src/github/octokit-types.js'
import { addRequestTimeout } from '../src/github/request-timeout.js'
import { refreshLeaderboard, type RefreshOutcome } from '../src/jobs/refresh-leaderboard.js'
import type { LeaderboardAppOptions } from './app-options.js'
import type { ScheduledRun } from './refresh-scheduler.js'

/** A request that hangs is aborted after this long (and retried like a 504). */
const REQUEST_TIMEOUT_MS = 30_000

/** What a scheduled refresh needs from the event that asked for it. */
export interface RunContext {
  /** The installation's client (`context.octokit`). */
  octokit: GatewayOctokit
  /** The organisation (or user) the app is installed on. */
  org: string
}

/** Runs one coalesced refresh of an installation and logs its outcome and duration. */
export async function runRefresh(
  job: ScheduledRun<RunContext>,
  deps: { options: LeaderboardAppOptions; logger: Logger; ownLogin: string | null | undefined },
): Promise<RefreshOutcome> {
  const { octokit, org } = job.context
  const { options, logger } = deps
  const state = options.cache.open(job.installationId, org)
  const started = performance.now()
  const outcome = await refreshLeaderboard({
    gateway: createLeaderboardGateway(addRequestTimeout(octokit, REQUEST_TIMEOUT_MS), logger),
    logger,
    state,
    today: options.today(),
    scope: job.request,
    ownLogin: deps.ownLogin ?? null,
    configRepo: options.configRepo,
    post: true,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  })
  const scope =
    job.request.kind === 'full' ? 'full' : `repositories ${job.request.names.join(', ') || '(none)'}`
  const where = outcome.issue ? ` (${outcome.issue.repo}#${outcome.issue.number})` : ''
  const ms = Math.round(performance.now() - started)
  logger.info(`Leaderboard of ${org}, ${scope}: ${outcome.result}${where} in ${ms} ms.`)
  return outcome
}
