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

  /** Changes repository settings (archive, topics, description, visibility). */
  update(
    fullName: string,
    patch: Partial<Pick<RepoRecord, 'archived' | 'topics' | 'description' | 'private'>>,
  ): RepoRecord {
    const repo = this.core.repo(fullName)
    Object.assign(repo, patch, { updatedAt: this.core.clock.tick() })
    return repo
  }

  /** Gives `login` a permission on the repository (read by the collaborator-permission route). */
  setCollaborator(fullName: string, login: string, permission: PermissionLevel): void {
    this.core.account(login)
    this.core.repo(fullName).collaborators.set(login.toLowerCase(), permission)
  }
}
