/**
 * The periodic reconcile wired to Probot: the app's JWT lists installations, each installation's own
 * token reads its board's age and runs the refresh, through the same queue as webhook events (so a
 * reconcile and an event never refresh one installation at the same time).
 */
import type { Probot } from 'probot'
import type { Logger } from '../src/core/logger.js'
import { MARKERS } from '../src/core/report/markers.js'
import {
  getBoardUpdatedAt,
  listAppInstallations,
  type InstallationInfo,
} from '../src/github/app-installations.js'
import type { GatewayOctokit } from '../src/github/octokit-types.js'
import type { LeaderboardAppOptions } from './app-options.js'
import type { OwnLogin } from './own-login.js'
import { Reconciler } from './reconcile.js'
import type { RefreshQueue } from './refresh-queue.js'
import type { SnapshotStore } from './snapshot-store.js'

interface Deps {
  queue: RefreshQueue
  store: SnapshotStore
  logger: Logger
  ownLogin: OwnLogin
  options: LeaderboardAppOptions
}

export function createReconciler(app: Probot, d: Deps): Reconciler {
  const clientOf = async (id?: number) => (await app.auth(id)) as unknown as GatewayOctokit
  return new Reconciler({
    periodMs: d.options.reconcileMs,
    ...(d.options.reconcileStartupSpreadMs === undefined
      ? {}
      : { startupSpreadMs: d.options.reconcileStartupSpreadMs }),
    logger: d.logger,
    listInstallations: async () => listAppInstallations(await clientOf()),
    boardUpdatedAt: async (installation: InstallationInfo) => {
      const ownLogin = await d.ownLogin.get()
      if (!ownLogin) return null
      const state = await d.store.get(installation.id)
      const repo = state?.config?.config.leaderboard.repository ?? d.options.configRepo
      return getBoardUpdatedAt({
        octokit: await clientOf(installation.id),
        owner: installation.account,
        repo,
        ownLogin,
        marker: MARKERS.leaderboard,
      })
    },
    refresh: async (installation: InstallationInfo) => {
      const octokit = await clientOf(installation.id)
      await d.queue.schedule(installation.id, { kind: 'full' }, { octokit, org: installation.account })
    },
  })
}
