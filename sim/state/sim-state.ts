import { SimClock } from './clock.js'
import { CommentsApi } from './comments-api.js'
import { FilesApi } from './files-api.js'
import { InstallationsApi } from './installations-api.js'
import { IssuesApi } from './issues-api.js'
import { LabelsApi } from './labels-api.js'
import { PullsApi } from './pulls-api.js'
import type { AppRecord, PermissionLevel } from './records.js'
import { ReposApi } from './repos-api.js'
import { StateCore, type AppOptions, type StateChange } from './state-core.js'

/** What the simulated GitHub App may do and hear, unless `startSimulator({ app })` says otherwise. */
export const DEFAULT_APP: AppOptions = {
  id: 424242,
  slug: 'strategy-trace',
  name: 'Strategy Trace',
  permissions: {
    metadata: 'read',
    contents: 'read',
    issues: 'write',
    pull_requests: 'read',
    organization_custom_properties: 'read',
  },
  events: [
    'issues',
    'issue_comment',
    'pull_request',
    'push',
    'repository',
    'custom_property_values',
    'installation',
    'installation_repositories',
  ],
}

export interface SimStateOptions {
  /** Start of the data clock (default `DEFAULT_NOW`). */
  now?: string | Date
  app?: Partial<AppOptions>
}

/**
 * The simulator's whole state, grouped by resource. Everything the REST and GraphQL APIs change goes
 * through these namespaces too, so a change made here is visible to later reads and emits the
 * webhook GitHub would send.
 *
 * @example
 * sim.state.issues.create({ repo: 'acme/api', title: 'Move to auth v2', labels: ['migration:auth-v2'] })
 */
export class SimState {
  readonly core: StateCore
  readonly clock: SimClock
  readonly repos: ReposApi
  readonly files: FilesApi
  readonly labels: LabelsApi
  readonly issues: IssuesApi
  readonly pulls: PullsApi
  readonly comments: CommentsApi
  readonly installations: InstallationsApi

  constructor(options: SimStateOptions = {}) {
    this.clock = new SimClock(options.now)
    this.core = new StateCore(this.clock, { ...DEFAULT_APP, ...options.app })
    this.repos = new ReposApi(this.core)
    this.files = new FilesApi(this.core)
    this.labels = new LabelsApi(this.core)
    this.issues = new IssuesApi(this.core, this.labels)
    this.pulls = new PullsApi(this.core, this.issues, this.files, this.repos)
    this.comments = new CommentsApi(this.core)
    this.installations = new InstallationsApi(this.core)
  }

  get app(): AppRecord {
    return this.core.app
  }

  /** Creates (or returns) a user, organisation or bot account. */
  account(login: string, type?: 'User' | 'Organization' | 'Bot') {
    return this.core.account(login, type)
  }

  /** Subscribes to state changes (the webhook dispatcher does); returns the unsubscribe function. */
  onChange(listener: (change: StateChange) => void): () => void {
    return this.core.onChange(listener)
  }

  /** Runs `fn` without emitting webhooks, e.g. to seed data a test should not hear about. */
  quietly<T>(fn: () => T): T {
    return this.core.muteWhile(fn)
  }
}

export type { PermissionLevel, StateChange }
