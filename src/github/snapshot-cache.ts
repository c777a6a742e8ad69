/**
 * What the app remembers between refreshes, per installation, in memory: the org config, the list of
 * repositories, each repository's slice of the snapshot, the ADR folders it was built from (by git tree
 * id) and the tracking issue's last known body.
 *
 * Why: a warm full refresh asks only for tree ids of ADR folders (a changed folder is re-read, an
 * unchanged one is reused without transferring a byte of ADR text), and a single webhook event
 * re-reads one repository's slice and writes the tracking issue only if the rendered body changed —
 * one GraphQL query and at most one write. A restart simply starts cold (one full refresh).
 */
import type { StrategyConfig } from '../core/config/config.schema.js'
import type { Adr, OrgSnapshot, RepoSnapshot } from '../core/types.js'
import type { PropertyValues } from '../core/ownership/ownership-types.js'

/** The `adrs:` section of a config. */
export type AdrsConfig = StrategyConfig['adrs']

/** An ADR folder as last read: its git tree id and the ADRs parsed from it. */
export interface CachedFolder {
  oid: string
  adrs: Adr[]
}

/** One repository's part of the snapshot. */
export interface CachedRepo {
  snapshot: RepoSnapshot
  /** The ADR settings in force for this repository (the org's, or its own `.github/strategy.yml`). */
  adrs: AdrsConfig
  /** Key of `adrs`: folders parsed under other settings are read again. */
  adrsKey: string
  /** ADR folders by repository-relative path. */
  folders: Map<string, CachedFolder>
}

/** The org config as loaded, with what per-repository configs extend. */
export interface LoadedOrgConfig {
  config: StrategyConfig
  /** Where it was read from. */
  owner: string
  repo: string
  path: string
  /** Its raw text (the base of repositories' `_extends: .github`). */
  text: string
}

import type { StaleConfig } from '../core/leaderboard/leaderboard-types.js'

export type { StaleConfig }

/** A repository of the installation, as listed. */
export interface RepoListing {
  name: string
  archived: boolean
}

/** Which week's digest is settled: written after its day, from a snapshot every repository was read into. */
export interface DigestMemo {
  week: string
  issue: string
}

export interface InstallationState {
  org: string
  config: LoadedOrgConfig | null
  /** Why the config could not be loaded the last time it was tried, or null. */
  configProblem: string | null
  /**
   * Set while the config does not load but an earlier one did: the board keeps counting with `config`
   * (the last one that loaded) and says so at its top. Null once the config loads again.
   */
  staleConfig: StaleConfig | null
  /** Repositories of the installation that are read (not archived), by name; null until listed. */
  repos: string[] | null
  skipped: { repo: string; reason: string }[]
  slices: Map<string, CachedRepo>
  /** Repositories whose last read failed, with the reason (their previous slice, if any, is kept). */
  failed: Map<string, string>
  /** The tracking issue as we last read or wrote it. */
  tracking: { repo: string; number: number; body: string } | null
  /** The weekly digest this process last wrote or found up to date (post-digest.ts); absent: none. */
  digest?: DigestMemo
  /** Custom property values listed by the last full refresh (ownership sources); absent: not listed. */
  properties?: PropertyValues
  /**
   * What went wrong with the last refresh (failed, kept the previous board, counted with an older
   * config), until one succeeds again and the app logs that it is up to date. In the state, so that a
   * shared snapshot carries it to the instance that runs the next refresh.
   */
  problem?: string
}

/** A stable key of the ADR settings that decide which files are read and how they parse. */
export function adrsKey(adrs: AdrsConfig): string {
  return JSON.stringify([adrs.paths, adrs.ignore, adrs.statuses, adrs.status_synonyms])
}

/** Installation states, least recently used dropped first once `limit` installations are held. */
export class SnapshotCache {
  readonly #states = new Map<number, InstallationState>()
  readonly #limit: number

  constructor(limit = 200) {
    this.#limit = limit
  }

  /** The state of an installation, or undefined when it is cold. */
  get(installationId: number): InstallationState | undefined {
    const state = this.#states.get(installationId)
    if (state) {
      this.#states.delete(installationId)
      this.#states.set(installationId, state)
    }
    return state
  }

  /** The installation this cache holds for an account (case-insensitive), if any. */
  find(org: string): { installationId: number; state: InstallationState } | undefined {
    const key = org.toLowerCase()
    for (const [installationId, state] of this.#states)
      if (state.org.toLowerCase() === key) return { installationId, state }
    return undefined
  }

  /** The state of an installation, created empty when cold. */
  open(installationId: number, org: string): InstallationState {
    const existing = this.get(installationId)
    if (existing && existing.org === org) return existing
    const state: InstallationState = {
      org,
      config: null,
      configProblem: null,
      staleConfig: null,
      repos: null,
      skipped: [],
      slices: new Map(),
      failed: new Map(),
      tracking: null,
    }
    this.#states.set(installationId, state)
    while (this.#states.size > this.#limit) {
      const oldest = this.#states.keys().next().value
      if (oldest === undefined) break
      this.#states.delete(oldest)
    }
    return state
  }

  /** Forgets an installation (uninstalled, or its config changed). */
  drop(installationId: number): void {
    this.#states.delete(installationId)
  }
}

/** The snapshot the core aggregates, assembled from an installation's state in name order. */
export function toOrgSnapshot(state: InstallationState): OrgSnapshot {
  const names = state.repos ?? [...state.slices.keys()]
  const repos = [...names]
    .sort()
    .map((name) => state.slices.get(name)?.snapshot)
    .filter((slice): slice is RepoSnapshot => slice !== undefined)
  const failed = [...state.failed.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([repo, reason]) => ({ repo: `${state.org}/${repo}`, reason }))
  return { org: state.org, repos, skipped: [...state.skipped], failed }
}
