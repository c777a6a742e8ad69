/**
 * The organisation snapshot the leaderboard is built from, read the way GitHub's limits reward:
 * repositories listed over REST (100 a page), everything else through batched GraphQL queries
 * (read-repo-slices.ts), with per-installation state so later refreshes skip unchanged ADR folders.
 */
import { migrationLabel } from '../core/detect/migration-label.js'
import { detectSpecs } from './detect-reads.js'
import type { Logger } from '../core/logger.js'
import type { OrgSnapshot } from '../core/types.js'
import { statusOf, toGitHubError } from './errors.js'
import type { GatewayOctokit } from './octokit-types.js'
import { readsOwnerFiles, refreshPropertyValues, withPropertyValues } from './ownership-reads.js'
import { readRepoSlices, type RepoAdrsResult } from './read-repo-slices.js'
import {
  toOrgSnapshot,
  type InstallationState,
  type LoadedOrgConfig,
  type RepoListing,
} from './snapshot-cache.js'

export interface SnapshotParams {
  octokit: GatewayOctokit
  logger: Logger
  state: InstallationState
  config: LoadedOrgConfig
  /** `YYYY-MM-DD`; merged pull requests are counted from `today - leaderboard.pr_window_days`. */
  today: string
  resolveRepoAdrs: (name: string, text: string) => Promise<RepoAdrsResult>
  batchSize?: number
  /**
   * `installation` (default): the repositories the app is installed on; `owner`: every repository of
   * the owner the token can see; `auto`: installation, or owner when the token is not an installation's.
   */
  listing?: RepoListingMode
}

/** Lists the repositories, then reads every one that is not archived. */
export async function refreshOrgSnapshot(p: SnapshotParams): Promise<OrgSnapshot> {
  const { state } = p
  const listed = await listRepositories(p.octokit, state.org, p.listing ?? 'installation')
  const active = listed.filter((repo) => !repo.archived).map((repo) => repo.name)
  state.repos = active.sort()
  state.skipped = listed
    .filter((repo) => repo.archived)
    .map((repo) => ({ repo: `${state.org}/${repo.name}`, reason: 'archived' }))
    .sort((a, b) => a.repo.localeCompare(b.repo))
  const keep = new Set(active)
  for (const name of [...state.slices.keys()]) if (!keep.has(name)) state.slices.delete(name)
  for (const name of [...state.failed.keys()]) if (!keep.has(name)) state.failed.delete(name)
  await read(p, active)
  await refreshPropertyValues({ ...p, ownership: p.config.config.ownership })
  p.logger.info(
    `Read ${active.length} repositories of ${state.org} (${state.skipped.length} archived skipped, ${state.failed.size} failed).`,
  )
  return withPropertyValues(state, p.config.config.ownership, toOrgSnapshot(state))
}

/** Repositories to read again on a warm installation, and those that joined or left it. */
export interface SliceScope {
  names: string[]
  added?: string[]
  removed?: string[]
}

/** Reads only some repositories again (a webhook event on a warm installation); the rest comes from the state. */
export async function refreshRepoSlices(p: SnapshotParams & SliceScope): Promise<OrgSnapshot> {
  const { state } = p
  const removed = new Set(p.removed ?? [])
  for (const name of removed) {
    state.slices.delete(name)
    state.failed.delete(name)
  }
  const gone = new Set([...removed].map((name) => `${state.org}/${name}`.toLowerCase()))
  if (gone.size > 0) state.skipped = state.skipped.filter((s) => !gone.has(s.repo.toLowerCase()))
  const listed = [...(state.repos ?? []), ...(p.added ?? [])].filter((name) => !removed.has(name))
  state.repos = [...new Set(listed)].sort()
  const known = new Set(state.repos)
  const names = [...new Set([...p.names, ...(p.added ?? [])])].filter((name) => known.has(name)).sort()
  if (names.length > 0) await read(p, names)
  return withPropertyValues(state, p.config.config.ownership, toOrgSnapshot(state))
}

async function read(p: SnapshotParams, names: string[]): Promise<void> {
  const { config } = p.config
  await readRepoSlices({
    client: p.octokit,
    logger: p.logger,
    state: p.state,
    names,
    labels: [...new Set(config.migrations.map(migrationLabel))],
    since: daysBefore(p.today, config.leaderboard.pr_window_days),
    orgAdrs: config.adrs,
    configRepo: p.config.owner.toLowerCase() === p.state.org.toLowerCase() ? p.config.repo : null,
    resolveRepoAdrs: p.resolveRepoAdrs,
    detect: { specs: detectSpecs(config.migrations), today: p.today },
    ...(p.batchSize === undefined ? {} : { batchSize: p.batchSize }),
    ...(readsOwnerFiles(config.ownership) ? { owners: true } : {}),
  })
}

export type RepoListingMode = 'installation' | 'owner' | 'auto'

type RawRepo = { name: string; archived?: boolean; owner: { login: string } }

/** The repositories of an installation (or, with a plain token, of an owner), 100 per request. */
export async function listRepositories(
  octokit: GatewayOctokit,
  owner: string,
  mode: RepoListingMode,
): Promise<RepoListing[]> {
  let raw: RawRepo[]
  try {
    if (mode === 'owner') raw = await listOwnerRepos(octokit, owner)
    else
      raw = await octokit
        .paginate('GET /installation/repositories', { per_page: 100 })
        .catch((error: unknown) => {
          // A user token has no installation: 401/403 (403 "must authenticate with an installation token").
          if (mode === 'auto' && [401, 403, 404].includes(statusOf(error) ?? 0))
            return listOwnerRepos(octokit, owner)
          throw error
        })
  } catch (error) {
    throw toGitHubError(error, 'list the repositories of', owner)
  }
  return raw
    .filter((repo) => repo.owner.login.toLowerCase() === owner.toLowerCase())
    .map((repo) => ({ name: repo.name, archived: repo.archived === true }))
}

async function listOwnerRepos(octokit: GatewayOctokit, owner: string): Promise<RawRepo[]> {
  return octokit
    .paginate('GET /orgs/{org}/repos', { org: owner, type: 'all', per_page: 100 })
    .catch((error: unknown) => {
      if (statusOf(error) !== 404) throw error
      return octokit.paginate('GET /users/{username}/repos', { username: owner, per_page: 100 })
    })
}

/** `YYYY-MM-DD` `days` before `today`. */
export function daysBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}
