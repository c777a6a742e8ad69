import type { FilesApi } from './files-api.js'
import { gitSha, nodeId } from './ids.js'
import type { IssuePatch, IssuesApi } from './issues-api.js'
import { diffCommits } from './pull-files.js'
import type { IssueRecord, PullFileRecord, RepoRecord } from './records.js'
import type { ReposApi } from './repos-api.js'
import type { StateCore } from './state-core.js'

export interface CreatePullInput {
  repo: string | RepoRecord
  title: string
  body?: string | null
  labels?: string[]
  draft?: boolean
  /** Author login (default `octocat`); `dependabot[bot]` and other `[bot]` logins are bots. */
  author?: string
  /** Head branch name. */
  head: string
  /** Base branch (default branch when omitted). */
  base?: string
  /** Changes on the head branch: path → new content, `null` to delete. */
  files?: Record<string, string | Buffer | null>
  /** Renames on the head branch: old path → new path (content kept unless `files` changes it). */
  renames?: Record<string, string>
  /** Opens the pull request from a fork owned by this login (`<login>/<repo>`, created when missing). */
  fork?: string
  /** An existing commit to open the pull request from as it is (REST `POST /pulls` on a pushed branch). */
  headSha?: string
  /** Replaces the computed file list (e.g. 3,500 files to test the 3,000-file cap). */
  fileList?: PullFileRecord[]
  createdAt?: string
}

/** Pull requests with real head commits, so contents at `head.sha` and the changed files agree. */
export class PullsApi {
  constructor(
    private readonly core: StateCore,
    private readonly issues: IssuesApi,
    private readonly files: FilesApi,
    private readonly repos: ReposApi,
  ) {}

  create(input: CreatePullInput): IssueRecord {
    const repo = this.core.repo(input.repo)
    const baseRef = input.base ?? repo.defaultBranch
    const base = repo.git.resolve(baseRef, repo.defaultBranch)
    if (!base) throw new Error(`[sim] ${repo.name} has no base branch "${baseRef}".`)
    const author = this.core.actor(input.author)
    const changes = { ...input.files }
    for (const [from, to] of Object.entries(input.renames ?? {})) {
      const sha = base.files.get(from)
      if (changes[to] === undefined && sha) changes[to] = repo.git.blobs.get(sha) ?? ''
      changes[from] = null
    }
    const existing = input.headSha ? repo.git.resolve(input.headSha, repo.defaultBranch) : undefined
    if (input.headSha && !existing) throw new Error(`[sim] ${repo.name} has no commit ${input.headSha}.`)
    const head = existing ?? this.files.writeCommit(repo, base, changes, input.title, author.login)
    const headRepo = input.fork ? this.forkOf(repo, input.fork) : repo
    const issue = this.issues.insert({ ...input, repo, author: author.login, createdAt: input.createdAt })
    const id = this.core.ids.take('pull')
    issue.pull = {
      id,
      nodeId: nodeId('PullRequest', id),
      draft: input.draft ?? false,
      head: { ref: input.head, sha: head.sha, repo: headRepo },
      base: { ref: baseRef, sha: base.sha },
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      files: input.fileList ?? diffCommits(repo.git, base, head, input.renames),
    }
    repo.git.branches.set(`pull/${issue.number}/head`, head.sha)
    if (!input.fork) repo.git.branches.set(input.head, head.sha)
    this.core.emit({ event: 'pull_request', action: 'opened', sender: author, repo, issue })
    for (const name of issue.labels) {
      const label = repo.labels.get(name.toLowerCase())
      this.core.emit({ event: 'pull_request', action: 'labeled', sender: author, repo, issue, label })
    }
    return issue
  }

  /** Inserts a closed (merged or not) pull request from the past without emitting events or commits. */
  insertHistoric(input: HistoricPullInput): IssueRecord {
    const repo = this.core.repo(input.repo)
    const issue = this.issues.insert({ ...input, repo, state: 'closed', stateReason: null })
    const id = this.core.ids.take('pull')
    const base = repo.git.branches.get(repo.defaultBranch) as string
    const sha = (suffix: string): string =>
      gitSha('commit', Buffer.from(`${repo.id}/${issue.number}/${suffix}`))
    issue.pull = {
      id,
      nodeId: nodeId('PullRequest', id),
      draft: false,
      head: { ref: input.head, sha: sha('head'), repo },
      base: { ref: repo.defaultBranch, sha: base },
      merged: input.merged,
      mergedAt: input.merged ? input.closedAt : null,
      mergedBy: input.merged ? issue.author : null,
      mergeCommitSha: input.merged ? sha('merge') : null,
      files: input.files,
    }
    return issue
  }

  /** Edits title, body, state or labels (as `state.issues.update`) and the draft flag. */
  update(
    repoRef: string | RepoRecord,
    number: number,
    patch: IssuePatch & { draft?: boolean },
    actor?: string,
  ) {
    const { pull } = this.pullOf(repoRef, number)
    if (patch.draft !== undefined) pull.draft = patch.draft
    return this.issues.update(repoRef, number, patch, actor)
  }

  /** Pushes more changes to the head branch and emits `synchronize`. */
  push(
    repoRef: string | RepoRecord,
    number: number,
    files: Record<string, string | Buffer | null>,
  ): IssueRecord {
    const { issue, pull, repo } = this.pullOf(repoRef, number)
    const before = repo.git.resolve(pull.head.sha, repo.defaultBranch)
    const base = repo.git.resolve(pull.base.sha, repo.defaultBranch)
    if (!before || !base) throw new Error(`[sim] Pull request #${number} has no head commit to push onto.`)
    const head = this.files.writeCommit(repo, before, files, 'Update', issue.author.login)
    pull.head.sha = head.sha
    pull.files = diffCommits(repo.git, base, head)
    repo.git.branches.set(`pull/${number}/head`, head.sha)
    if (pull.head.repo === repo) repo.git.branches.set(pull.head.ref, head.sha)
    issue.updatedAt = head.date
    const extra = { before: before.sha, after: head.sha }
    this.core.emit({ event: 'pull_request', action: 'synchronize', sender: issue.author, repo, issue, extra })
    return issue
  }

  /** Merges into the base branch: emits `pull_request` closed (merged) and `push` to the base. */
  merge(repoRef: string | RepoRecord, number: number, actor?: string): IssueRecord {
    const { issue, pull, repo } = this.pullOf(repoRef, number)
    const sender = this.core.actor(actor)
    const changes: Record<string, Buffer | null> = {}
    for (const file of pull.files) {
      if (file.previousFilename) changes[file.previousFilename] = null
      changes[file.filename] = file.sha ? (repo.git.blobs.get(file.sha) ?? null) : null
    }
    const commit = this.files.commit({ repo, branch: pull.base.ref, files: changes, author: sender.login })
    Object.assign(pull, { merged: true, mergedAt: commit.date, mergedBy: sender, mergeCommitSha: commit.sha })
    Object.assign(issue, { state: 'closed', stateReason: null, closedAt: commit.date, closedBy: sender })
    issue.updatedAt = commit.date
    this.core.emit({ event: 'pull_request', action: 'closed', sender, repo, issue })
    return issue
  }

  private pullOf(repoRef: string | RepoRecord, number: number) {
    const issue = this.core.issue(repoRef, number)
    if (!issue.pull)
      throw new Error(`[sim] #${number} of ${issue.repo.name} is an issue, not a pull request.`)
    return { issue, pull: issue.pull, repo: issue.repo }
  }

  private forkOf(repo: RepoRecord, login: string): RepoRecord {
    const existing = this.core.findRepo(login, repo.name)
    if (existing) return existing
    const owner = this.core.account(login, 'User')
    const parent = `${repo.owner.login}/${repo.name}`
    const files = this.files.list(repo)
    const contents = Object.fromEntries(files.map((path) => [path, this.files.read(repo, path) ?? '']))
    return this.repos.create({ owner: owner.login, name: repo.name, parent, files: contents })
  }
}

/** A merged or closed pull request from the past, for seeding history without commits. */
export interface HistoricPullInput {
  repo: string | RepoRecord
  title: string
  body?: string | null
  labels?: string[]
  author?: string
  head: string
  createdAt: string
  closedAt: string
  merged: boolean
  files: PullFileRecord[]
}
