import type { Logger } from '../src/core/logger.js'
import { createLeaderboardGateway } from '../src/github/leaderboard-gateway.js'
import type { GatewayOctokit } from '../src/github/octokit-types.js'
import { addRequestTimeout } from '../src/github/request-timeout.js'
import type { InstallationState } from '../src/github/snapshot-cache.js'
import { refreshLeaderboard, type RefreshOutcome } from '../src/jobs/refresh-leaderboard.js'
import type { LeaderboardAppOptions } from './app-options.js'
import type { ScheduledRun } from './refresh-scheduler.js'
import type { SnapshotStore } from './snapshot-store.js'

/** A request that hangs is aborted after this long (and retried like a 504). */
const REQUEST_TIMEOUT_MS = 30_000

/** What a scheduled refresh needs from the event that asked for it. */
export interface RunContext {
  /** The installation's client (`context.octokit`). */
  octokit: GatewayOctokit
  /** The organisation (or user) the app is installed on. */
  org: string
}

/**
 * Runs one coalesced refresh of an installation and logs its outcome and duration; the first refresh
 * that succeeds after one that failed or kept the previous board says so.
 */
export async function runRefresh(
  job: ScheduledRun<RunContext>,
  deps: {
    options: LeaderboardAppOptions
    logger: Logger
    ownLogin: string | null | undefined
    store: SnapshotStore
  },
): Promise<RefreshOutcome> {
  const { org } = job.context
  const state = await deps.store.open(job.installationId, org)
  let outcome: RefreshOutcome
  try {
    outcome = await refresh(job, deps, state)
  } catch (error) {
    state.problem = `failed (${error instanceof Error ? error.message : String(error)})`
    // What the refresh learnt (even a partial one) is kept, as in memory.
    await deps.store.save(job.installationId, state)
    throw error
  }
  const earlier = state.problem
  // Written, but counted with an older config: not "up to date" until the config loads again.
  if (state.staleConfig)
    state.problem = `counted with an older config (${state.staleConfig.where} did not load)`
  else if (outcome.result === 'kept') state.problem = 'kept the previous board'
  else if (['created', 'updated', 'unchanged'].includes(outcome.result)) delete state.problem
  await deps.store.save(job.installationId, state)
  if (state.staleConfig) {
    deps.logger.warn(
      `The leaderboard of ${org} counts with the config that last loaded: ${state.staleConfig.where} does not load since ${state.staleConfig.since} (the board says so at its top).`,
    )
  } else if (earlier && state.problem === undefined) {
    deps.logger.info(`The leaderboard of ${org} is up to date again; an earlier refresh ${earlier}.`)
  }
  return outcome
}

async function refresh(
  job: ScheduledRun<RunContext>,
  deps: { options: LeaderboardAppOptions; logger: Logger; ownLogin: string | null | undefined },
  state: InstallationState,
): Promise<RefreshOutcome> {
  const { octokit, org } = job.context
  const { options, logger } = deps
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
