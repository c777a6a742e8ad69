import { GitStore } from './git-store.js'
import { nodeId } from './ids.js'
import type { PermissionLevel, RepoRecord } from './records.js'
import type { StateCore } from './state-core.js'

export interface CreateRepoInput {
  /** Owner login; an unknown owner is created as an organisation. */
  owner: string
  name: string
  private?: boolean
  fork?: boolean
  /** `owner/name` of the repository this one is a fork of. */
  parent?: string
  archived?: boolean
  description?: string | null
  topics?: string[]
  defaultBranch?: string
  /** Files of the first commit on the default branch (a README when empty). */
  files?: Record<string, string | Buffer>
  createdAt?: string
}

/** Repositories: `state.repos.create({ owner: 'acme', name: 'api', files: { 'README.md': '# api' } })`. */
export class ReposApi {
  constructor(private readonly core: StateCore) {}

  create(input: CreateRepoInput): RepoRecord {
    const core = this.core
    if (core.findRepo(input.owner, input.name)) {
      throw new Error(`[sim] Repository "${input.owner}/${input.name}" already exists.`)
    }
    const owner = core.account(input.owner, 'Organization')
    const id = core.ids.take('repo')
    const createdAt = input.createdAt ?? core.clock.now()
    const repo: RepoRecord = {
      id,
      nodeId: nodeId('Repository', id),
      owner,
      name: input.name,
      private: input.private ?? true,
      fork: input.fork ?? input.parent !== undefined,
      archived: input.archived ?? false,
      description: input.description ?? null,
      topics: input.topics ?? [],
      defaultBranch: input.defaultBranch ?? 'main',
      createdAt,
      updatedAt: createdAt,
      pushedAt: createdAt,
      issues: new Map(),
      nextNumber: 1,
      labels: new Map(),
      git: new GitStore(),
      collaborators: new Map(),
      parent: input.parent ? core.repo(input.parent) : null,
    }
    const files =
      input.files && Object.keys(input.files).length > 0 ? input.files : { 'README.md': `# ${input.name}\n` }
    const blobs = new Map(Object.entries(files).map(([path, content]) => [path, repo.git.putBlob(content)]))
    const commit = repo.git.commit({
      parents: [],
      message: 'Initial commit',
      authorName: owner.login,
      authorEmail: `${owner.login}@users.noreply.github.com`,
      date: createdAt,
      files: blobs,
    })
    repo.git.branches.set(repo.defaultBranch, commit.sha)
    core.repos.set(`${owner.login}/${repo.name}`.toLowerCase(), repo)
    core.reposById.set(id, repo)
    return repo
  }

  /** The repository `owner/name`; throws when unknown. */
  get(fullName: string): RepoRecord {
    return this.core.repo(fullName)
  }

  find(fullName: string): RepoRecord | undefined {
    return this.core.repos.get(fullName.toLowerCase())
  }

  /** Repositories of `owner`, in creation order. */
  list(owner: string): RepoRecord[] {
    const key = owner.toLowerCase()
    return [...this.core.repos.values()].filter((r) => r.owner.login.toLowerCase() === key)
  }

  /**
   * Changes repository settings (archive, topics, description, visibility). Archiving or unarchiving
   * emits `repository.archived` / `repository.unarchived`, as GitHub does.
   */
  update(
    fullName: string,
    patch: Partial<Pick<RepoRecord, 'archived' | 'topics' | 'description' | 'private'>>,
    senderLogin?: string,
  ): RepoRecord {
    const repo = this.core.repo(fullName)
    const wasArchived = repo.archived
    Object.assign(repo, patch, { updatedAt: this.core.clock.tick() })
    if (patch.archived !== undefined && patch.archived !== wasArchived)
      this.emit(repo, repo.archived ? 'archived' : 'unarchived', senderLogin)
    return repo
  }

  /** Renames a repository (issues, files and labels stay with it) and emits `repository.renamed`. */
  rename(fullName: string, newName: string, senderLogin?: string): RepoRecord {
    const repo = this.core.repo(fullName)
    if (this.core.findRepo(repo.owner.login, newName))
      throw new Error(`[sim] Repository "${repo.owner.login}/${newName}" already exists.`)
    const from = repo.name
    this.core.repos.delete(`${repo.owner.login}/${from}`.toLowerCase())
    repo.name = newName
    repo.updatedAt = this.core.clock.tick()
    this.core.repos.set(`${repo.owner.login}/${newName}`.toLowerCase(), repo)
    this.emit(repo, 'renamed', senderLogin, { repository: { name: { from } } })
    return repo
  }

  /**
   * Moves a repository to another account (issues and files go with it) and emits
   * `repository.transferred`, which GitHub sends only to the account that receives the repository.
   */
  transfer(fullName: string, newOwner: string, senderLogin?: string): RepoRecord {
    const repo = this.core.repo(fullName)
    const owner = this.core.account(newOwner, 'Organization')
    if (this.core.findRepo(owner.login, repo.name))
      throw new Error(`[sim] Repository "${owner.login}/${repo.name}" already exists.`)
    const from = repo.owner
    this.core.repos.delete(`${from.login}/${repo.name}`.toLowerCase())
    repo.owner = owner
    repo.updatedAt = this.core.clock.tick()
    this.core.repos.set(`${owner.login}/${repo.name}`.toLowerCase(), repo)
    for (const installation of this.core.installations.values()) installation.repositoryIds.delete(repo.id)
    const key = from.type === 'Organization' ? 'organization' : 'user'
    this.emit(repo, 'transferred', senderLogin, { owner: { from: { [key]: from } } })
    return repo
  }

  /** Deletes a repository (and everything in it) and emits `repository.deleted`. */
  delete(fullName: string, senderLogin?: string): void {
    const repo = this.core.repo(fullName)
    this.core.repos.delete(`${repo.owner.login}/${repo.name}`.toLowerCase())
    this.core.reposById.delete(repo.id)
    this.emit(repo, 'deleted', senderLogin)
    for (const installation of this.core.installations.values()) installation.repositoryIds.delete(repo.id)
  }

  private emit(repo: RepoRecord, action: string, senderLogin?: string, changes?: Record<string, unknown>) {
    this.core.emit({
      event: 'repository',
      action,
      sender: this.core.actor(senderLogin),
      repo,
      ...(changes ? { changes } : {}),
    })
  }

  /** Gives `login` a permission on the repository (read by the collaborator-permission route). */
  setCollaborator(fullName: string, login: string, permission: PermissionLevel): void {
    this.core.account(login)
    this.core.repo(fullName).collaborators.set(login.toLowerCase(), permission)
  }
}
