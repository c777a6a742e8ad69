import type { InstallationRecord, PermissionLevel, RepoRecord } from './records.js'
import type { StateCore } from './state-core.js'

export interface CreateInstallationInput {
  /** The organisation or user the app is installed on. */
  account: string
  /** `'all'` (default) or the names (or `owner/name`s) of the selected repositories. */
  repositories?: 'all' | string[]
  /** Defaults to the app's permissions. */
  permissions?: Record<string, PermissionLevel>
  events?: string[]
}

/** Installations of the simulated app, with repository selection and permissions. */
export class InstallationsApi {
  constructor(private readonly core: StateCore) {}

  /** Installs the app and emits `installation.created`. */
  create(input: CreateInstallationInput): InstallationRecord {
    const account = this.core.account(input.account, 'Organization')
    const id = this.core.ids.take('installation')
    const now = this.core.clock.tick()
    const selected = input.repositories !== undefined && input.repositories !== 'all'
    const installation: InstallationRecord = {
      id,
      account,
      repositorySelection: selected ? 'selected' : 'all',
      repositoryIds: new Set(selected ? this.resolve(account.login, input.repositories as string[]) : []),
      permissions: input.permissions ?? { ...this.core.app.permissions },
      events: input.events ?? [...this.core.app.events],
      createdAt: now,
      updatedAt: now,
      suspendedAt: null,
    }
    this.core.installations.set(id, installation)
    const repositories = this.repositoriesOf(installation)
    this.core.emit({
      event: 'installation',
      action: 'created',
      sender: account,
      installation,
      extra: { repositories },
    })
    return installation
  }

  get(id: number): InstallationRecord | undefined {
    return this.core.installations.get(id)
  }

  /** The installation that covers `repo`, if any. */
  forRepo(repoRef: string | RepoRecord): InstallationRecord | undefined {
    const repo = this.core.repo(repoRef)
    for (const installation of this.core.installations.values()) {
      if (installation.account === repo.owner && this.covers(installation, repo)) return installation
    }
    return undefined
  }

  /** The installation on an account (organisation or user), if any. */
  forAccount(login: string): InstallationRecord | undefined {
    const key = login.toLowerCase()
    return [...this.core.installations.values()].find((i) => i.account.login.toLowerCase() === key)
  }

  covers(installation: InstallationRecord, repo: RepoRecord): boolean {
    if (repo.owner !== installation.account) return false
    return installation.repositorySelection === 'all' || installation.repositoryIds.has(repo.id)
  }

  /** The repositories an installation can reach, in creation order. */
  repositoriesOf(installation: InstallationRecord): RepoRecord[] {
    return [...this.core.repos.values()].filter((repo) => this.covers(installation, repo))
  }

  /** Adds repositories to a `selected` installation and emits `installation_repositories.added`. */
  addRepositories(id: number, names: string[]): void {
    const installation = this.require(id)
    const added = this.resolve(installation.account.login, names).filter(
      (r) => !installation.repositoryIds.has(r),
    )
    for (const repoId of added) installation.repositoryIds.add(repoId)
    this.emitRepositories(installation, 'added', added)
  }

  /** Removes repositories and emits `installation_repositories.removed`. */
  removeRepositories(id: number, names: string[]): void {
    const installation = this.require(id)
    if (installation.repositorySelection === 'all') {
      installation.repositorySelection = 'selected'
      for (const repo of this.repositoriesOf({ ...installation, repositorySelection: 'all' })) {
        installation.repositoryIds.add(repo.id)
      }
    }
    const removed = this.resolve(installation.account.login, names).filter((r) =>
      installation.repositoryIds.has(r),
    )
    for (const repoId of removed) installation.repositoryIds.delete(repoId)
    this.emitRepositories(installation, 'removed', removed)
  }

  /** Uninstalls the app and emits `installation.deleted`. */
  delete(id: number): void {
    const installation = this.require(id)
    const repositories = this.repositoriesOf(installation)
    this.core.installations.delete(id)
    const sender = installation.account
    this.core.emit({
      event: 'installation',
      action: 'deleted',
      sender,
      installation,
      extra: { repositories },
    })
  }

  private emitRepositories(
    installation: InstallationRecord,
    action: 'added' | 'removed',
    ids: number[],
  ): void {
    installation.updatedAt = this.core.clock.tick()
    const repos = ids.map((repoId) => this.core.reposById.get(repoId) as RepoRecord)
    this.core.emit({
      event: 'installation_repositories',
      action,
      sender: installation.account,
      installation,
      extra: { added: action === 'added' ? repos : [], removed: action === 'removed' ? repos : [] },
    })
  }

  private resolve(owner: string, names: string[]): number[] {
    return names.map((name) => this.core.repo(name.includes('/') ? name : `${owner}/${name}`).id)
  }

  private require(id: number): InstallationRecord {
    const installation = this.core.installations.get(id)
    if (!installation) throw new Error(`[sim] No installation with id ${id}.`)
    return installation
  }
}
