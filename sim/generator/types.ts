import type { PullFileRecord, StateReason } from '../state/records.js'

export interface GeneratedTheme {
  id: string
  name: string
  driver: string
  success: string[]
  owner: string
  horizon: string
  status: 'active' | 'retired'
  aliases: string[]
  /** Key results for the board's glance header (`themes[].metrics`). */
  metrics: { name: string; current: number; target: number }[]
}

export interface GeneratedMigration {
  id: string
  title: string
  theme: string
  label: string
  deadline: string
  owner: string
  /** What the jobs move to, for issue titles. */
  target: string
}

export interface GeneratedTeam {
  name: string
  leader: string
  repos: string[]
  members: string[]
}

export interface GeneratedStrategy {
  themes: GeneratedTheme[]
  migrations: GeneratedMigration[]
  teams: GeneratedTeam[]
  /** `.github/strategy.yml` of the org's `.github` repository. */
  yaml: string
}

export interface GeneratedIssue {
  title: string
  body: string
  labels: string[]
  author: string
  createdAt: string
  state: 'open' | 'closed'
  stateReason: StateReason | null
  closedAt: string | null
}

export interface GeneratedMergedPull {
  title: string
  body: string
  labels: string[]
  author: string
  head: string
  createdAt: string
  closedAt: string
  merged: boolean
  files: PullFileRecord[]
}

/** An open pull request with real commits (the demo's PRs for the Action). */
export interface GeneratedOpenPull {
  /** A stable handle to find it after seeding, e.g. `clean`, `missing-theme`, `invalid-adr`. */
  key: string
  title: string
  body: string
  labels: string[]
  author: string
  head: string
  draft?: boolean
  files: Record<string, string | null>
}

export interface GeneratedRepo {
  name: string
  description: string
  topics: string[]
  archived: boolean
  private: boolean
  createdAt: string
  files: Record<string, string>
  /** Team that claims the repository (null: nobody, so it is its own team). */
  team: string | null
  issues: GeneratedIssue[]
  mergedPulls: GeneratedMergedPull[]
  openPulls: GeneratedOpenPull[]
}

/** A whole organisation as plain data: inspect it in tests, or load it with `seedState`. */
export interface GeneratedOrg {
  org: string
  now: string
  strategy: GeneratedStrategy
  repos: GeneratedRepo[]
  stats: {
    repos: number
    issues: number
    migrationIssues: number
    adrs: number
    mergedPulls: number
    openPulls: number
  }
}
