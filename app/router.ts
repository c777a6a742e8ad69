/**
 * What every handler shares: telling a warm installation from a cold one, and handing requests to the
 * queue with the event's authenticated client.
 */
import type { Logger } from '../src/core/logger.js'
import type { InstallationState, LoadedOrgConfig } from '../src/github/snapshot-cache.js'
import type { OwnLogin } from './own-login.js'
import type { FollowUp, RefreshQueue } from './refresh-queue.js'
import type { RefreshRequest } from './refresh-scheduler.js'
import type { RunContext } from './run-refresh.js'
import type { SnapshotStore } from './snapshot-store.js'

export interface RouteDeps {
  queue: RefreshQueue
  store: SnapshotStore
  logger: Logger
  ownLogin: OwnLogin
  configRepo: string
}

/** The part of Probot's context the router reads. */
export interface EventContext {
  payload: { installation?: { id: number } | null }
  octokit: RunContext['octokit']
}

/** What the app knows of an installation: warm (config and repositories), cold, or without a config. */
export type Known = { state: InstallationState; config: LoadedOrgConfig } | 'cold' | 'no-config'

export interface Router {
  d: RouteDeps
  known(c: EventContext): Promise<Known>
  schedule(c: EventContext, org: string, request: RefreshRequest, followUp?: FollowUp): Promise<void>
  /** Cold installations get a full refresh (it learns the config); warm ones `request`; none without a config. */
  refresh(c: EventContext, org: string, known: Known, request: RefreshRequest, what: string): Promise<void>
}

export function createRouter(d: RouteDeps): Router {
  const schedule: Router['schedule'] = async (c, org, request, followUp) => {
    const id = c.payload.installation?.id
    if (id === undefined) return d.logger.info('The event names no installation; skipping it.')
    await d.queue.schedule(id, request, { octokit: c.octokit, org }, followUp)
  }
  return {
    d,
    schedule,
    async known(c) {
      const state = c.payload.installation ? await d.store.get(c.payload.installation.id) : undefined
      if (state?.config && state.repos) return { state, config: state.config }
      return state?.configProblem ? 'no-config' : 'cold'
    },
    async refresh(c, org, known, request, what) {
      if (known === 'no-config')
        return d.logger.debug(`${org} has no usable strategy config; skipping ${what}.`)
      await schedule(c, org, known === 'cold' ? { kind: 'full' } : request)
    },
  }
}
