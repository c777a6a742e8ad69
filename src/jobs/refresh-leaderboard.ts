import type { StrategyConfig } from '../core/config/config.schema.js'
import { aggregateLeaderboard } from '../core/leaderboard/aggregate-leaderboard.js'
import { renderLeaderboard } from '../core/leaderboard/render-leaderboard.js'
import type { Logger } from '../core/logger.js'
import { MARKERS } from '../core/report/markers.js'
import type { OrgSnapshot } from '../core/types.js'
import type { LeaderboardGateway } from '../github/leaderboard-gateway.js'
import type { RepoListingMode } from '../github/org-snapshot.js'
import type { InstallationState, LoadedOrgConfig } from '../github/snapshot-cache.js'
import { boardHealth, healthNote, reasonToKeepBoard, type BoardHealth } from './board-health.js'
import { createRepoAdrsResolver, loadOrgConfig } from './load-org-config.js'
import { postDigest } from './post-digest.js'

/** What to read: everything, or only some repositories of a warm installation. */
export type RefreshScope =
  { kind: 'full' } | { kind: 'repos'; names: string[]; added?: string[]; removed?: string[] }

export interface RefreshLeaderboardParams {
  gateway: LeaderboardGateway
  logger: Logger
  /** The installation's state; a cold one is filled by a full refresh. */
  state: InstallationState
  /** `YYYY-MM-DD`. */
  today: string
  scope: RefreshScope
  /** `<slug>[bot]` (or `github-actions[bot]`); needed to find our own tracking issue. */
  ownLogin: string | null
  /** Repository holding the org config; default `.github`. */
  configRepo?: string
  /** False: render only (dry run). */
  post: boolean
  batchSize?: number
  listing?: RepoListingMode
}

export type RefreshResult = 'created' | 'updated' | 'unchanged' | 'kept' | 'dry-run' | 'no-config'

export interface RefreshOutcome {
  result: RefreshResult
  /** The rendered body (null without a config). */
  body: string | null
  snapshot: OrgSnapshot | null
  issue: { repo: string; number: number } | null
}

/**
 * Brings an installation's leaderboard up to date: config → snapshot (full, or some repositories on a
 * warm installation) → aggregate → render → tracking issue, written only when the body changed and
 * never replaced by a board built from much less data.
 */
export async function refreshLeaderboard(p: RefreshLeaderboardParams): Promise<RefreshOutcome> {
  const full = p.scope.kind === 'full' || p.state.config === null || p.state.repos === null
  const orgConfig = full ? await reloadConfig(p) : p.state.config
  if (!orgConfig) {
    const result = p.state.config === null ? 'no-config' : 'kept'
    return { result, body: null, snapshot: null, issue: null }
  }
  const { config } = orgConfig
  const snapshot = await syncJobIssues(p, config, full, await readSnapshot(p, orgConfig, full))
  const board = aggregateLeaderboard({ snapshot, config, today: p.today })
  const health = boardHealth(snapshot)
  const rendered = renderLeaderboard(board, p.state.staleConfig ? { staleConfig: p.state.staleConfig } : {})
  const marked = rendered.startsWith(MARKERS.leaderboard) ? rendered : `${MARKERS.leaderboard}\n${rendered}`
  const body = `${marked.trimEnd()}\n${healthNote(health)}\n`
  if (!p.post) return { result: 'dry-run', body, snapshot, issue: null }
  if (!p.ownLogin) {
    p.logger.warn(
      'Not posting the leaderboard: our own login is unknown, so our tracking issue cannot be told apart.',
    )
    return { result: 'kept', body, snapshot, issue: null }
  }
  const written = await postBoard(p, { config, body, ownLogin: p.ownLogin, full, health })
  if (written.result === 'stale') {
    // Another instance wrote the board since this one did, maybe from events this one never saw:
    // its cached repositories may be older than what the issue shows, so read them all again.
    p.logger.info(
      'The tracking issue changed since this instance last wrote it (another instance of the app?); reading every repository again.',
    )
    return refreshLeaderboard({ ...p, scope: { kind: 'full' } })
  }
  if (written.result !== 'kept') await postWeeklyDigest(p, { snapshot, config, issue: written.issue })
  return { result: written.result, body, snapshot, issue: written.issue }
}

/** The weekly digest on the tracking issue just written, when `digest:` is configured (post-digest.ts). */
async function postWeeklyDigest(
  p: RefreshLeaderboardParams,
  d: { snapshot: OrgSnapshot; config: StrategyConfig; issue: { repo: string; number: number } },
): Promise<void> {
  if (!d.config.digest || !p.ownLogin) return
  const [owner, repo] = d.issue.repo.split('/') as [string, string]
  const issue = { owner, repo, number: d.issue.number }
  await postDigest({ ...p, ...d, issue, ownLogin: p.ownLogin, state: p.state })
}

/**
 * The org config, freshly loaded into the state. When it is missing or invalid (logged) the last config
 * that loaded stays in use, and `state.staleConfig` makes the board say so at its top; null when no
 * config ever loaded.
 */
async function reloadConfig(p: RefreshLeaderboardParams): Promise<LoadedOrgConfig | null> {
  const { state, logger } = p
  const load = await loadOrgConfig({ gateway: p.gateway, org: state.org, configRepo: p.configRepo })
  state.configProblem = load.status === 'loaded' ? null : load.message
  if (load.status !== 'loaded') {
    if (load.status === 'missing' && !state.config) logger.info(load.message)
    else logger.warn(load.message)
    if (!state.config) return null
    const since = state.staleConfig?.since ?? p.today
    state.staleConfig = {
      where: load.where,
      since,
      problems: load.problems,
      missing: load.status === 'missing',
    }
    logger.warn(
      `The board keeps counting with the config that last loaded, and says at its top since ${since} that ${load.where} does not load.`,
    )
    return state.config
  }
  for (const warning of load.warnings) logger.warn(warning)
  state.config = load.loaded
  state.staleConfig = null
  return load.loaded
}

async function readSnapshot(
  p: RefreshLeaderboardParams,
  orgConfig: LoadedOrgConfig,
  full: boolean,
): Promise<OrgSnapshot> {
  const read = {
    state: p.state,
    config: orgConfig,
    today: p.today,
    resolveRepoAdrs: createRepoAdrsResolver({ gateway: p.gateway, org: p.state.org, orgConfig }),
    ...(p.batchSize === undefined ? {} : { batchSize: p.batchSize }),
    ...(p.listing === undefined ? {} : { listing: p.listing }),
  }
  if (full || p.scope.kind === 'full') return p.gateway.readOrgSnapshot(read)
  const { names, added, removed } = p.scope
  // Repositories the last refresh could not read are tried again with every event until they can be
  // (not by a refresh of no repository, which only looks at the tracking issue).
  const event = names.length > 0 || (added?.length ?? 0) > 0 || (removed?.length ?? 0) > 0
  const retry = event ? [...p.state.failed.keys()] : []
  return p.gateway.readRepoSlices({
    ...read,
    names: retry.length > 0 ? [...new Set([...names, ...retry])] : names,
    ...(added ? { added } : {}),
    ...(removed ? { removed } : {}),
  })
}

/**
 * Job issues of detected migrations are written with the board, never in a dry run: a full refresh
 * (install, reconcile, `/leaderboard refresh`) brings all of them in line, opening at most
 * `issues_per_refresh` per migration; an event only those of the repositories it read. So our own
 * issue events, which trigger refreshes of no repository, never open more.
 */
async function syncJobIssues(
  p: RefreshLeaderboardParams,
  config: StrategyConfig,
  full: boolean,
  snapshot: OrgSnapshot,
): Promise<OrgSnapshot> {
  if (!config.migrations.some((migration) => migration.detect && migration.create_issues)) return snapshot
  if (!p.post || !p.ownLogin) {
    if (p.post) p.logger.warn('Not writing job issues: our own login is unknown.')
    return snapshot
  }
  const scope = full || p.scope.kind === 'full' ? null : [...p.scope.names, ...(p.scope.added ?? [])]
  if (scope !== null && scope.length === 0) return snapshot
  const only = scope === null ? {} : { only: scope }
  return (await p.gateway.syncJobIssues({ state: p.state, config, ownLogin: p.ownLogin, ...only })).snapshot
}

/**
 * A full refresh finds the tracking issue by listing (and converges duplicates); an event on a warm
 * installation reads only the issue it wrote last, and writes only if that issue still holds the body
 * it wrote (`stale` otherwise: another instance wrote since).
 */
async function postBoard(
  p: RefreshLeaderboardParams,
  b: { config: StrategyConfig; body: string; ownLogin: string; full: boolean; health: BoardHealth },
): Promise<{ result: RefreshResult | 'stale'; issue: { repo: string; number: number } }> {
  const { state } = p
  const repo = { owner: state.org, repo: b.config.leaderboard.repository }
  const issue = {
    repo,
    title: b.config.leaderboard.issue_title,
    label: b.config.leaderboard.label,
    marker: MARKERS.leaderboard,
    body: b.body,
    ownLogin: b.ownLogin,
    reasonToKeep: (current: string) => reasonToKeepBoard(current, b.health),
    knownNumber: state.tracking?.repo === repo.repo ? state.tracking.number : null,
  }
  const known = !b.full && state.tracking?.repo === repo.repo ? state.tracking : null
  const written =
    (known
      ? await p.gateway.updateKnownTrackingIssue({ ...issue, number: known.number, currentBody: known.body })
      : null) ?? (await p.gateway.ensureTrackingIssue(issue))
  state.tracking = { repo: repo.repo, number: written.number, body: written.body }
  return { result: written.result, issue: { repo: `${repo.owner}/${repo.repo}`, number: written.number } }
}
