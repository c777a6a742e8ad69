import type { IssueRecord, PullFileRecord, RepoRecord } from '../../state/records.js'
import { authorAssociation, issueLabels } from './issue.js'
import { serializeRepo } from './repo.js'
import type { Urls } from './urls.js'
import { serializeUser } from './user.js'

function branch(ref: string, sha: string, repo: RepoRecord, urls: Urls) {
  return {
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: serializeUser(repo.owner, urls),
    repo: serializeRepo(repo, urls),
  }
}

/** The pull request shape of `GET /pulls/{n}`, the pulls list and `pull_request` webhooks. */
export function serializePull(issue: IssueRecord, urls: Urls) {
  const pull = issue.pull
  if (!pull) throw new Error(`[sim] #${issue.number} is not a pull request`)
  const repoPath = `${issue.repo.owner.login}/${issue.repo.name}`
  const api = `${urls.api}/repos/${repoPath}/pulls/${issue.number}`
  const issueApi = `${urls.api}/repos/${repoPath}/issues/${issue.number}`
  const html = `${urls.html}/${repoPath}/pull/${issue.number}`
  const statuses = `${urls.api}/repos/${repoPath}/statuses/${pull.head.sha}`
  const links = { self: api, html, issue: issueApi, comments: `${issueApi}/comments` }
  return {
    url: api,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${urls.api}/repos/${repoPath}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: serializeUser(issue.author, urls),
    body: issue.body,
    labels: issueLabels(issue, urls),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.head.ref, pull.head.sha, pull.head.repo, urls),
    base: branch(pull.base.ref, pull.base.sha, issue.repo, urls),
    _links: {
      ...Object.fromEntries(Object.entries(links).map(([k, href]) => [k, { href }])),
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${urls.api}/repos/${repoPath}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: statuses },
    },
    author_association: authorAssociation(issue.author, issue.repo),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    merged_by: pull.mergedBy ? serializeUser(pull.mergedBy, urls) : null,
    comments: issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: pull.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: pull.files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: pull.files.length,
  }
}

/** One entry of `GET /pulls/{n}/files`. */
export function serializePullFile(file: PullFileRecord, issue: IssueRecord, urls: Urls) {
  return serializeDiffEntry(
    file,
    `${issue.repo.owner.login}/${issue.repo.name}`,
    issue.pull?.head.sha ?? '',
    urls,
  )
}

/** A changed file as `pulls/{n}/files` and `compare/{basehead}` list it, with links at `headSha`. */
export function serializeDiffEntry(file: PullFileRecord, repoPath: string, headSha: string, urls: Urls) {
  const path = file.filename.split('/').map(encodeURIComponent).join('/')
  return {
    sha: file.sha ?? '0000000000000000000000000000000000000000',
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${urls.html}/${repoPath}/blob/${headSha}/${path}`,
    raw_url: `${urls.html}/${repoPath}/raw/${headSha}/${path}`,
    contents_url: `${urls.api}/repos/${repoPath}/contents/${path}?ref=${headSha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previousFilename !== undefined ? { previous_filename: file.previousFilename } : {}),
  }
}
