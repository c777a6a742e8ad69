import type { Account, IssueRecord, RepoRecord } from '../../state/records.js'
import { serializeLabel } from './label.js'
import type { Urls } from './urls.js'
import { serializeUser } from './user.js'

/** OWNER, COLLABORATOR or NONE, from the repository's owner and collaborators. */
export function authorAssociation(account: Account, repo: RepoRecord): string {
  if (account === repo.owner) return 'OWNER'
  return repo.collaborators.has(account.login.toLowerCase()) ? 'COLLABORATOR' : 'NONE'
}

/** Issue labels as label objects (a label deleted from the repository still shows its name). */
export function issueLabels(issue: IssueRecord, urls: Urls) {
  return issue.labels.map((name) => {
    const label = issue.repo.labels.get(name.toLowerCase())
    return label
      ? serializeLabel(label, issue.repo, urls)
      : { id: 0, node_id: '', url: '', name, color: 'ededed', default: false, description: null }
  })
}

export function reactionSummary(url: string) {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  }
}

/** The issue shape of the issues API and `issues` webhooks; pull requests carry `pull_request`. */
export function serializeIssue(issue: IssueRecord, urls: Urls) {
  const repoPath = `${issue.repo.owner.login}/${issue.repo.name}`
  const api = `${urls.api}/repos/${repoPath}/issues/${issue.number}`
  const kind = issue.pull ? 'pull' : 'issues'
  const html = `${urls.html}/${repoPath}/${kind}/${issue.number}`
  return {
    url: api,
    repository_url: `${urls.api}/repos/${repoPath}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    id: issue.id,
    node_id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    user: serializeUser(issue.author, urls),
    labels: issueLabels(issue, urls),
    state: issue.state,
    locked: issue.locked,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: authorAssociation(issue.author, issue.repo),
    type: null,
    active_lock_reason: null,
    ...(issue.pull
      ? {
          draft: issue.pull.draft,
          pull_request: {
            url: `${urls.api}/repos/${repoPath}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: issue.pull.mergedAt,
          },
        }
      : { sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 } }),
    body: issue.body,
    closed_by: issue.closedBy ? serializeUser(issue.closedBy, urls) : null,
    reactions: reactionSummary(api),
    timeline_url: `${api}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  }
}
