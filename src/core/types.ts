/**
 * Shared data shapes of the core. `*Info` types are GitHub data as the gateway maps it; the core never
 * sees raw API payloads.
 */
import type { DetectedJob } from './detect/detected-job.js'
import type { PropertyValues, RepoOwnerFacts } from './ownership/ownership-types.js'
import type { Finding } from './findings.js'

export interface RepoRef {
  owner: string
  repo: string
}

export interface PullRequestRef extends RepoRef {
  number: number
}

export type IssueRef = PullRequestRef

/** Which line of the ADR each field was read from (1-based). */
export type AdrField =
  'title' | 'number' | 'status' | 'date' | 'theme' | 'supersededBy' | 'supersedes' | 'reviewDate' | 'affects'

/** An ADR as the parser read it. Values are as written, except where noted. */
export interface Adr {
  /** Repository-relative path. */
  path: string
  /** First H1, front-matter `title`, or derived from the file name. */
  title: string
  /** From the file name (`0007-…`) or the title (`ADR-0007`, `adr-007`). */
  number: number | null
  /** The current status, normalised to the configured set (lower case), or null if missing or unknown. */
  status: string | null
  /** The current status as written (without dates or links), or null if missing. */
  rawStatus: string | null
  /**
   * Set (only) when the status field holds a template's unfilled list of choices
   * (`proposed | accepted | …`, `What is the status…?`): the text as written; `rawStatus` is then null.
   */
  statusPlaceholder?: string
  /**
   * Set (only) when no status was read but a status word or label appears in the text (a layout the
   * reader does not know): the first such word and its line. Makes a missing status a warning.
   */
  statusMention?: { word: string; line: number }
  /**
   * Set (only) when the ADR says which paths it governs: minimatch globs relative to the repository root,
   * `!` to exclude, as written (invalid ones left out, each reported as ADR_BAD_GLOB).
   */
  affects?: string[]
  /**
   * Set (only) when the front matter lists `exceptions:`: technologies this decision allows in some
   * paths despite their ring (granted only while the ADR is accepted).
   */
  exceptions?: { technology: string; paths: string[] }[]
  /** Decision date `YYYY-MM-DD`, or null. */
  date: string | null
  /** The strategic theme as written (id, name or alias; resolve with `resolveTheme`). */
  theme: string | null
  /** Link target or ADR reference this one is superseded by, as written. */
  supersededBy: string | null
  /** Link targets or references this ADR supersedes. */
  supersedes: string[]
  /** Review date `YYYY-MM-DD`, or null. */
  reviewDate: string | null
  /** Which format the fields were found in (informational). */
  format: AdrFormat
  /** 1-based line of each field that was found. */
  lines: Partial<Record<AdrField, number>>
}

export type AdrFormat = 'front-matter' | 'nygard' | 'madr2' | 'inline' | 'table' | 'mixed' | 'unknown'

export interface ParsedAdr {
  adr: Adr
  findings: Finding[]
}

export interface Author {
  login: string
  /** GitHub's account type: `User`, `Bot`, `Organization`. */
  type: string
}

export interface PullRequestInfo extends PullRequestRef {
  title: string
  body: string
  labels: string[]
  draft: boolean
  author: Author
  headRef: string
  headSha: string
  baseRef: string
  baseSha: string
  /** Repository the head branch lives in (differs from the base for forks). */
  headRepo: RepoRef
  fork: boolean
  url: string
  /** How many files the pull request changes, as GitHub counts them (may exceed what it lists). */
  changedFiles?: number
}

export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface ChangedFile {
  path: string
  status: ChangeStatus
  previousPath?: string
}

export interface IssueInfo {
  /** `owner/name` of the repository the issue lives in. */
  repo: string
  number: number
  title: string
  url: string
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  /** ISO timestamps. */
  createdAt: string
  closedAt: string | null
  labels: string[]
  author: string | null
}

export interface MergedPullInfo {
  repo: string
  number: number
  title: string
  body: string
  labels: string[]
  headRef: string
  author: string | null
  /** True when the author is a GitHub App (GraphQL's `Bot`, whose login has no `[bot]` suffix there). */
  authorIsBot?: boolean
  mergedAt: string
  url: string
}

/** Everything the leaderboard needs about one repository. */
export interface RepoSnapshot {
  /** `owner/name`. */
  repo: string
  url: string
  defaultBranch: string
  adrs: Adr[]
  /** Issues carrying any migration label, each once. */
  issues: IssueInfo[]
  mergedPulls: MergedPullInfo[]
  /** Jobs found by migrations' detectors (`detect:`), one per migration that ever matched; absent without detectors. */
  detected?: DetectedJob[]
  /** CODEOWNERS and catalog-info.yaml owners, read only when `ownership.sources` asks for them. */
  owners?: RepoOwnerFacts
}

/** Everything the leaderboard needs about an installation. */
export interface OrgSnapshot {
  org: string
  repos: RepoSnapshot[]
  /** Repositories deliberately left out (archived, …), with the reason. */
  skipped: { repo: string; reason: string }[]
  /** Repositories that could not be read, with the reason; the board still renders the rest. */
  failed: { repo: string; reason: string }[]
  /** The org's custom property values, listed only when `ownership.sources` has `property`. */
  properties?: PropertyValues
}
