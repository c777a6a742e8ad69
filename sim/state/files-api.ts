import type { CommitRecord } from './git-store.js'
import type { RepoRecord } from './records.js'
import type { StateCore } from './state-core.js'

export interface CommitInput {
  repo: string | RepoRecord
  /** Branch to commit to (default branch when omitted); created from `from` when it does not exist. */
  branch?: string
  /** Branch or sha a new branch starts from (default branch when omitted). */
  from?: string
  /** Path → new content; `null` deletes the file. */
  files: Record<string, string | Buffer | null>
  message?: string
  author?: string
}

/** Files at refs: `state.files.commit({ repo: 'acme/api', files: { 'docs/adr/0001-x.md': text } })`. */
export class FilesApi {
  constructor(private readonly core: StateCore) {}

  /** Commits changes on a branch and emits `push`. Returns the new commit. */
  commit(input: CommitInput): CommitRecord {
    const repo = this.core.repo(input.repo)
    const branch = input.branch ?? repo.defaultBranch
    const beforeSha = repo.git.branches.get(branch)
    const base = repo.git.resolve(beforeSha ?? input.from ?? repo.defaultBranch, repo.defaultBranch)
    if (!base) throw new Error(`[sim] Cannot start branch "${branch}" of ${repo.name} from "${input.from}".`)
    const author = this.core.actor(input.author)
    const commit = this.writeCommit(
      repo,
      base,
      input.files,
      input.message ?? `Update ${branch}`,
      author.login,
    )
    repo.git.branches.set(branch, commit.sha)
    if (branch === repo.defaultBranch) repo.pushedAt = commit.date
    this.core.emit({
      event: 'push',
      sender: author,
      repo,
      extra: {
        ref: `refs/heads/${branch}`,
        before: beforeSha ?? '0'.repeat(40),
        after: commit.sha,
        commit,
        base,
      },
    })
    return commit
  }

  /** Records a commit on top of `base` without moving any branch (pull request heads use it). */
  writeCommit(
    repo: RepoRecord,
    base: CommitRecord,
    changes: Record<string, string | Buffer | null>,
    message: string,
    login: string,
  ): CommitRecord {
    const files = new Map(base.files)
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) files.delete(path)
      else files.set(path, repo.git.putBlob(content))
    }
    return repo.git.commit({
      parents: [base.sha],
      message,
      authorName: login,
      authorEmail: `${login}@users.noreply.github.com`,
      date: this.core.clock.tick(),
      files,
    })
  }

  /** Text of `path` at `ref` (default branch when omitted), or null when there is no such file. */
  read(repoRef: string | RepoRecord, path: string, ref?: string): string | null {
    const repo = this.core.repo(repoRef)
    const commit = repo.git.resolve(ref ?? repo.defaultBranch, repo.defaultBranch)
    const sha = commit?.files.get(path)
    return sha ? (repo.git.blobs.get(sha)?.toString('utf8') ?? null) : null
  }

  /** Every file path at `ref` (default branch when omitted), sorted. */
  list(repoRef: string | RepoRecord, ref?: string): string[] {
    const repo = this.core.repo(repoRef)
    const commit = repo.git.resolve(ref ?? repo.defaultBranch, repo.defaultBranch)
    return commit ? [...commit.files.keys()].sort() : []
  }
}
