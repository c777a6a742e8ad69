/**
 * Finding and converging our own tracking issues: listed by label and creator (never the search API,
 * which is eventually consistent), then filtered by author and hidden marker.
 */
import { hasMarker } from '../core/report/markers.js'
import { toGitHubError } from './errors.js'
import type { TrackingIssueParams } from './tracking-issue.js'

export interface OwnIssue {
  number: number
  state: string
  title: string
  body: string
}

type Where = Pick<TrackingIssueParams, 'octokit' | 'logger' | 'repo' | 'label' | 'marker' | 'ownLogin'>

/** Our tracking issues in `repo`, oldest first. */
export async function listOwnTrackingIssues(p: Where): Promise<OwnIssue[]> {
  type Raw = {
    number: number
    state: string
    title: string
    body?: string | null
    user: { login: string } | null
    pull_request?: unknown
  }
  let raw: Raw[]
  try {
    raw = await p.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
      owner: p.repo.owner,
      repo: p.repo.repo,
      labels: p.label,
      creator: p.ownLogin,
      state: 'all',
      per_page: 100,
    })
  } catch (error) {
    throw toGitHubError(error, 'list the tracking issues of', `${p.repo.owner}/${p.repo.repo}`)
  }
  return raw
    .filter(
      (issue) => !issue.pull_request && issue.user?.login === p.ownLogin && hasMarker(issue.body, p.marker),
    )
    .map((issue) => ({
      number: issue.number,
      state: issue.state,
      title: issue.title,
      body: issue.body ?? '',
    }))
    .sort((a, b) => a.number - b.number)
}

/** Closes (as not planned) the open ones among `duplicates`; failures are logged, not thrown. */
export async function closeDuplicates(p: Where, duplicates: OwnIssue[]): Promise<void> {
  for (const issue of duplicates.filter((d) => d.state === 'open')) {
    try {
      await p.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: p.repo.owner,
        repo: p.repo.repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'not_planned',
      })
      p.logger.info(`Closed duplicate tracking issue #${issue.number}; the oldest one is kept.`)
    } catch (error) {
      p.logger.warn(toGitHubError(error, 'close the duplicate tracking issue', `#${issue.number}`).message)
    }
  }
}
