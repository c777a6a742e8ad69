/**
 * The aggregated leaderboard: plain, sorted data that `renderLeaderboard` turns into markdown. Every list is
 * already in display order, so rendering never sorts and the same snapshot always gives the same board.
 * Dates are calendar days `YYYY-MM-DD` (UTC).
 */

import type { DetectedJobEntry } from '../detect/detected-jobs.js'
import type { OwnershipSource } from '../ownership/ownership-types.js'

/** Where a team or a migration stands against its deadline; see `progressStatus` for the exact rules. */
export type ProgressStatus = 'done' | 'on track' | 'at risk' | 'late' | 'no progress'

/** Job counts. `percentDone` is `done / (done + remaining)`, floored to a whole percent. */
export interface JobTotals {
  /** Jobs that count: `done + remaining`. Dropped jobs are not jobs any more; they are counted apart. */
  jobs: number
  /** Closed as completed (or closed without a reason). */
  done: number
  /** Closed as not planned or duplicate: shown apart, not in the `percentDone` denominator. */
  dropped: number
  /** Open. */
  remaining: number
  /** 0–100, floored so 100 means every job that still counts is done; 100 when all jobs were dropped. */
  percentDone: number
}

/** Pace of a group of jobs over the configured burn-rate window. */
export interface Pace {
  /** Jobs done per week over the last `burnRateWeeks` weeks. */
  burnRate: number
  /** Day the remaining jobs should be done at that rate; null when done or when the rate is 0. */
  projectedCompletion: string | null
  status: ProgressStatus
}

/** A repository's team: a configured team, or the repository itself when no team claims it. */
export interface TeamRef {
  /** `team` for a configured team, `repo` for an unclaimed repository standing as its own team. */
  kind: 'team' | 'repo'
  /** The team's name, or the repository name (without owner) for `kind: 'repo'`. */
  name: string
  leader: string | null
  /** Where the team's repositories were assigned from (only with `ownership.sources` beyond `config`). */
  from?: OwnershipSource[]
}

export interface TeamProgress extends JobTotals, Pace {
  team: TeamRef
}

/** One week of the burn-up, at the end of `date`: the jobs in scope, those done, and the rest. */
export interface BurndownPoint {
  date: string
  /** Jobs created (or first seen) by then and not dropped by then. */
  scope: number
  /** Jobs done by then. */
  done: number
  /** `scope - done`. */
  remaining: number
}

export interface MigrationBoard extends JobTotals, Pace {
  id: string
  title: string
  label: string
  /** Resolved theme id and name; the text as configured when it resolves to no theme; null when unset. */
  theme: { id: string | null; name: string } | null
  owner: string | null
  deadline: string | null
  /** Weekly points from the first job's creation to today; empty without jobs. */
  burndown: BurndownPoint[]
  /** Ranked: % done desc, remaining asc, name. */
  teams: TeamProgress[]
  /** Migrations with `detect:` only: the repositories found, remaining first, with their job issues. */
  detected?: DetectedJobEntry[]
}

/** An ADR as listed on the board. */
export interface AdrEntry {
  /** `owner/name`. */
  repo: string
  path: string
  title: string
  /** Link to the file on the default branch; null when the repository URL is not a plain https URL. */
  url: string | null
  /** Normalised status, or null when missing or not one of the configured statuses. */
  status: string | null
  /** The status as written, for unknown statuses. */
  rawStatus: string | null
  date: string | null
  /** Resolved theme id, or null when missing or unknown. */
  themeId: string | null
  /** The theme as written in the ADR. */
  themeText: string | null
}

export interface StaleAdr extends AdrEntry {
  /** Why it is stale: its review date passed, or it was accepted long ago with no review date ahead. */
  reason: { kind: 'review-passed'; reviewDate: string } | { kind: 'review-missing'; ageDays: number }
}

export interface StatusCount {
  /** A configured status, or null for ADRs with a missing or unknown status. */
  status: string | null
  count: number
}

export interface ThemeBoard {
  id: string
  name: string
  retired: boolean
  owner: string | null
  horizon: string | null
  adrCount: number
  /** One entry per configured status (in config order), then null: missing or unknown status. */
  statusCounts: StatusCount[]
  /** The decision log: newest first (undated last), then repository and path. */
  decisions: AdrEntry[]
  stale: StaleAdr[]
  /** Merged pull requests in the window naming this theme. */
  mergedPulls: number
}

export interface RepoCoverage {
  repo: string
  adrs: number
  /** ADRs with a missing or unknown theme. */
  withoutTheme: number
}

export interface AdrCoverage {
  adrs: number
  adrsWithTheme: number
  reposWithAdrs: number
  /** Repositories whose every ADR names a known theme. */
  reposWithTheme: number
  /** Repositories with at least one ADR lacking a known theme, most such ADRs first. */
  reposLackingTheme: RepoCoverage[]
}

export interface TeamPullShare {
  team: TeamRef
  merged: number
  withTheme: number
  /** 0–100, floored. */
  percentWithTheme: number
}

export interface PullSummary {
  windowDays: number
  /** Merged in the window and not exempt from the theme check: what the shares count. */
  merged: number
  /** Merged in the window but exempt from the theme check (`pull_requests.exempt`): counted apart. */
  exempt: number
  withTheme: number
  percentWithTheme: number
  /** Per configured theme, most pull requests first; themes with none are included. */
  perTheme: { id: string; name: string; count: number }[]
  /** Highest share first, then most pull requests, then name. */
  perTeam: TeamPullShare[]
}

export interface UnreadRepo {
  repo: string
  reason: string
}

/** A row of the "Strategy at a glance" header (see `aggregateGlance`). */
export interface ThemeGlance {
  /** Null for the row of migrations whose theme is unset or unknown. */
  id: string | null
  name: string
  owner: string | null
  horizon: string | null
  retired: boolean
  /** The migrations under the theme, config order, each with its status against the theme's horizon. */
  migrations: { id: string; title: string; percentDone: number; status: ProgressStatus }[]
  /** Jobs and done over all those migrations. */
  jobs: number
  done: number
  percentDone: number
  /** Against the horizon: the worst of the migrations' statuses; null without migrations. */
  status: ProgressStatus | null
  adrCount: number
  mergedPulls: number
  /** Share of all merged pull requests in the window that named this theme, 0–100, floored. */
  percentOfMerged: number
  /** Configured key results, values as written; `by` defaults to the horizon. */
  metrics: { name: string; current: string; target: string; by: string | null }[]
}

export interface Leaderboard {
  org: string
  today: string
  repoCount: number
  burnRateWeeks: number
  reviewAfterDays: number | null
  migrations: MigrationBoard[]
  themes: ThemeBoard[]
  /** The configured ADR statuses (`adrs.statuses`), in order: the columns of the status table. */
  adrStatuses: string[]
  /** ADRs with a missing or unknown theme, in decision-log order. */
  unthemedAdrs: AdrEntry[]
  /** Their counts per status, like `ThemeBoard.statusCounts`. */
  unthemedStatusCounts: StatusCount[]
  /** Stale ADRs without a known theme (stale ADRs with a theme are listed under it). */
  unthemedStale: StaleAdr[]
  coverage: AdrCoverage
  pulls: PullSummary
  failed: UnreadRepo[]
  skipped: UnreadRepo[]
  /** The "Strategy at a glance" header, one row per theme. */
  glance: ThemeGlance[]
  /** Where teams came from; absent when only `teams:` assigns them (the board is as before). */
  ownership?: OwnershipSummary
}

/** The ownership sources in their order, how many teams each gave, and a note when one could not be read. */
export interface OwnershipSummary {
  sources: OwnershipSource[]
  property: string
  /** Teams per source (a team with repositories from two sources counts for both). */
  teams: Record<OwnershipSource, number>
  /** E.g. the custom property values could not be listed (permission missing). */
  note: string | null
}

/** The org config fails to load; the board counts with the last one that did, and says so at its top. */
export interface StaleConfig {
  /** `owner/repo:path` of the config. */
  where: string
  /** `YYYY-MM-DD`: the first refresh that found it broken. */
  since: string
  /** The errors that stop it from loading; empty when the file is missing. */
  problems: { at: string; code: string; message: string }[]
  /** The file is gone (rather than invalid). */
  missing: boolean
}
