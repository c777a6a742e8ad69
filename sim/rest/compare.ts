import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notFound } from '../router/http-error.js'
import { repoFor } from '../router/helpers.js'
import type { CommitRecord, GitStore } from '../state/git-store.js'
import { diffCommits, exactRenames } from '../state/pull-files.js'
import type { RepoRecord } from '../state/records.js'
import { commitBody } from './git.js'
import { linkHeader, pageParams } from './paginate.js'
import { serializeDiffEntry } from './serialize/pull.js'

/** GitHub lists at most this many changed files in a comparison (the rest are not reachable). */
export const COMPARE_FILES_CAP = 300
/** Commits in a comparison requested without `per_page` or `page`. */
const UNPAGED_COMMITS = 250

/** Every commit reachable from `start` (itself included). */
function ancestors(git: GitStore, start: CommitRecord): Set<string> {
  const seen = new Set<string>()
  const queue = [start.sha]
  while (queue.length > 0) {
    const sha = queue.shift() as string
    if (seen.has(sha)) continue
    seen.add(sha)
    queue.push(...(git.commits.get(sha)?.parents ?? []))
  }
  return seen
}

/** Commits reachable from `head` but not in `stop`, oldest first (the simulator's history is linear per branch). */
function commitsOnly(git: GitStore, head: CommitRecord, stop: Set<string>): CommitRecord[] {
  return [...ancestors(git, head)]
    .filter((sha) => !stop.has(sha))
    .map((sha) => git.commits.get(sha) as CommitRecord)
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.sha.localeCompare(b.sha))
}

/** The nearest common ancestor of `base` and `head`, walking back from `head`. */
function mergeBase(git: GitStore, base: CommitRecord, head: CommitRecord): CommitRecord | undefined {
  const fromBase = ancestors(git, base)
  const queue = [head.sha]
  const seen = new Set<string>()
  while (queue.length > 0) {
    const sha = queue.shift() as string
    if (fromBase.has(sha)) return git.commits.get(sha)
    if (seen.has(sha)) continue
    seen.add(sha)
    queue.push(...(git.commits.get(sha)?.parents ?? []))
  }
  return undefined
}

function resolve(repo: RepoRecord, ref: string): CommitRecord {
  const commit = repo.git.resolve(ref, repo.defaultBranch)
  if (!commit) throw notFound()
  return commit
}

/**
 * `GET /compare/{base}...{head}` within one repository: the commits of `head` since the merge base
 * (paginated when `per_page` or `page` is given, else the first 250) and, on the first page only, up
 * to 300 changed files between the merge base and `head`, exact renames detected — as GitHub documents.
 */
function compare(ctx: RequestContext) {
  const repo = repoFor(ctx, ['contents'])
  const match = /^(.+?)\.\.\.(.+)$/.exec(ctx.params.basehead ?? '')
  if (!match) throw notFound()
  const base = resolve(repo, match[1] as string)
  const head = resolve(repo, match[2] as string)
  const common = mergeBase(repo.git, base, head)
  if (!common) throw new HttpError(404, `No common ancestor between ${match[1]} and ${match[2]}.`)
  const ahead = commitsOnly(repo.git, head, ancestors(repo.git, common))
  const behind = commitsOnly(repo.git, base, ancestors(repo.git, common))
  const paged = ctx.query.has('per_page') || ctx.query.has('page')
  const { perPage, page } = pageParams(ctx)
  const commits = paged ? ahead.slice((page - 1) * perPage, page * perPage) : ahead.slice(-UNPAGED_COMMITS)
  const lastPage = Math.max(1, Math.ceil(ahead.length / perPage))
  const link = paged ? linkHeader(ctx, page, lastPage) : undefined
  const files = diffCommits(repo.git, common, head, exactRenames(common, head))
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged'
  const html = `${ctx.rt.urls.html}/${repo.owner.login}/${repo.name}/compare/${ctx.params.basehead}`
  return {
    headers: link ? { link } : ({} as Record<string, string>),
    body: {
      url: `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}/compare/${ctx.params.basehead}`,
      html_url: html,
      permalink_url: `${ctx.rt.urls.html}/${repo.owner.login}/${repo.name}/compare/${common.sha.slice(0, 7)}...${head.sha.slice(0, 7)}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: commitBody(ctx, repo, base.sha),
      merge_base_commit: commitBody(ctx, repo, common.sha),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: commits.map((commit) => commitBody(ctx, repo, commit.sha)),
      ...(page === 1
        ? {
            files: files
              .slice(0, COMPARE_FILES_CAP)
              .map((file) =>
                serializeDiffEntry(file, `${repo.owner.login}/${repo.name}`, head.sha, ctx.rt.urls),
              ),
          }
        : {}),
    },
  }
}

export const compareRoutes: RouteMap = {
  'GET /repos/{owner}/{repo}/compare/{basehead}': compare,
}
