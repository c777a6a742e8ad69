import type { SimClock } from './clock.js'
import { IdSequence, nodeId } from './ids.js'
import type {
  Account,
  AccountType,
  AppRecord,
  CommentRecord,
  InstallationRecord,
  IssueRecord,
  LabelRecord,
  PermissionLevel,
  RepoRecord,
} from './records.js'

/** A state change the webhooks care about, captured when it happens. */
export interface StateChange {
  event:
    | 'issues'
    | 'issue_comment'
    | 'pull_request'
    | 'push'
    | 'installation'
    | 'installation_repositories'
    | 'repository'
    | 'custom_property_values'
  action?: string
  sender: Account
  repo?: RepoRecord
  installation?: InstallationRecord
  issue?: IssueRecord
  comment?: CommentRecord
  label?: LabelRecord
  changes?: Record<string, unknown>
  /** Extra top-level payload keys (push details, transfer targets, repository lists). */
  extra?: Record<string, unknown>
}

/** Well-known bots keep their real ids. */
const KNOWN_IDS: Record<string, number> = {
  'github-actions[bot]': 41898282,
  'dependabot[bot]': 49699333,
  'renovate[bot]': 29139614,
}

export interface AppOptions {
  id: number
  slug: string
  name: string
  permissions: Record<string, PermissionLevel>
  events: string[]
}

/** The maps, clock, id sequence and change listeners that every state namespace shares. */
export class StateCore {
  readonly ids = new IdSequence()
  readonly accounts = new Map<string, Account>()
  readonly repos = new Map<string, RepoRecord>()
  readonly reposById = new Map<number, RepoRecord>()
  readonly installations = new Map<number, InstallationRecord>()
  readonly comments = new Map<number, CommentRecord>()
  readonly app: AppRecord
  private readonly listeners = new Set<(change: StateChange) => void>()
  private muted = 0

  constructor(
    readonly clock: SimClock,
    app: AppOptions,
  ) {
    const now = clock.now()
    const owner = this.account('octocat', 'User')
    const bot = this.account(`${app.slug}[bot]`, 'Bot')
    this.app = {
      ...app,
      clientId: `Iv1.${app.id.toString(16).padStart(16, '0')}`,
      owner,
      bot,
      createdAt: now,
    }
  }

  /** The account with this login, created (as `type`) when it does not exist yet. */
  account(login: string, type?: AccountType): Account {
    const key = login.toLowerCase()
    const existing = this.accounts.get(key)
    if (existing) return existing
    const kind: AccountType = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
    const id = KNOWN_IDS[key] ?? this.ids.take('account')
    const created: Account = {
      login,
      id,
      nodeId: nodeId(kind, id),
      type: kind,
      name: null,
      createdAt: this.clock.now(),
    }
    this.accounts.set(key, created)
    return created
  }

  /** The repository `owner/name` (or the record itself); throws a clear error for tests when unknown. */
  repo(ref: string | RepoRecord): RepoRecord {
    if (typeof ref !== 'string') return ref
    const repo = this.repos.get(ref.toLowerCase())
    if (!repo) throw new Error(`[sim] Unknown repository "${ref}". Create it with state.repos.create().`)
    return repo
  }

  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  /** The issue (or pull request) `number` of `repo`; throws for tests when unknown. */
  issue(repo: string | RepoRecord, number: number): IssueRecord {
    const record = this.repo(repo)
    const issue = record.issues.get(number)
    if (!issue) throw new Error(`[sim] ${record.owner.login}/${record.name} has no issue #${number}.`)
    return issue
  }

  /** The account a state-API change is attributed to (`octocat` unless named). */
  actor(login?: string): Account {
    return this.account(login ?? 'octocat')
  }

  onChange(listener: (change: StateChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(change: StateChange): void {
    if (this.muted > 0) return
    for (const listener of this.listeners) listener(change)
  }

  /** Runs `fn` without emitting changes (used to seed an organisation). */
  muteWhile<T>(fn: () => T): T {
    this.muted++
    try {
      return fn()
    } finally {
      this.muted--
    }
  }
}
