/**
 * The simulator's in-memory records. They hold what GitHub stores; the REST serializers and
 * GraphQL models derive every response shape from them.
 */
import type { GitStore } from './git-store.js'

export type AccountType = 'User' | 'Organization' | 'Bot'
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate'
export type PermissionLevel = 'read' | 'write' | 'admin'
export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface Account {
  login: string
  id: number
  nodeId: string
  type: AccountType
  name: string | null
  createdAt: string
}

export interface LabelRecord {
  id: number
  nodeId: string
  name: string
  color: string
  description: string | null
  default: boolean
}

export interface PullFileRecord {
  filename: string
  status: FileStatus
  previousFilename?: string
  additions: number
  deletions: number
  /** Blob sha of the new content (null for removed files). */
  sha: string | null
  patch?: string
}

export interface PullRecord {
  id: number
  nodeId: string
  draft: boolean
  head: { ref: string; sha: string; repo: RepoRecord }
  base: { ref: string; sha: string }
  merged: boolean
  mergedAt: string | null
  mergedBy: Account | null
  mergeCommitSha: string | null
  files: PullFileRecord[]
}

export interface IssueRecord {
  id: number
  nodeId: string
  repo: RepoRecord
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: StateReason | null
  /** Label names as the repository spells them. */
  labels: string[]
  author: Account
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: Account | null
  locked: boolean
  /** Comment ids, oldest first. */
  comments: number[]
  /** Present when this issue is a pull request (they share one number sequence, as on GitHub). */
  pull?: PullRecord
}

export interface ReactionRecord {
  id: number
  nodeId: string
  content: string
  user: Account
  createdAt: string
}

export interface CommentRecord {
  id: number
  nodeId: string
  issue: IssueRecord
  body: string
  author: Account
  createdAt: string
  updatedAt: string
  reactions: ReactionRecord[]
}

export interface RepoRecord {
  id: number
  nodeId: string
  owner: Account
  name: string
  private: boolean
  fork: boolean
  archived: boolean
  description: string | null
  topics: string[]
  defaultBranch: string
  createdAt: string
  updatedAt: string
  pushedAt: string
  issues: Map<number, IssueRecord>
  nextNumber: number
  /** Keyed by lower-case name: GitHub label names are case-insensitive. */
  labels: Map<string, LabelRecord>
  git: GitStore
  /** Lower-case login → permission. */
  collaborators: Map<string, PermissionLevel>
  /** The repository this one was forked from. */
  parent: RepoRecord | null
}

export interface InstallationRecord {
  id: number
  account: Account
  repositorySelection: 'all' | 'selected'
  repositoryIds: Set<number>
  permissions: Record<string, PermissionLevel>
  events: string[]
  createdAt: string
  updatedAt: string
  suspendedAt: string | null
}

export interface AppRecord {
  id: number
  slug: string
  name: string
  clientId: string
  owner: Account
  /** The bot account the app acts as: `<slug>[bot]`. */
  bot: Account
  permissions: Record<string, PermissionLevel>
  events: string[]
  createdAt: string
}
