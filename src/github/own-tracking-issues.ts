/**
 * Finding and converging our own tracking issues: listed by label and creator (never the search API,
 * which is eventually consistent), then filtered by author. The hidden marker tells which of them hold
 * a board, but an issue of ours whose body a person replaced (marker and all) is still ours.
 */
import { hasMarker } from '../core/report/markers.js'
import { toGitHubError } from './errors.js'
import type { TrackingIssueParams } from './tracking-issue.js'

export interface OwnIssue {
  number: number
  state: string
  title: string
  body: string
  /** The body holds our marker (false when a person replaced the whole body). */
  marked?: boolean
}

type Where = Pick<TrackingIssueParams, 'octokit' | 'logger' | 'repo' | 'label' | 'marker' | 'ownLogin'>

/** Our issues with the tracking label in `repo`, marked or not, oldest first. */
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
    .filter((issue) => !issue.pull_request && issue.user?.login === p.ownLogin)
    .map((issue) => ({
      number: issue.number,
      state: issue.state,
      title: issue.title,
      body: issue.body ?? '',
      marked: hasMarker(issue.body, p.marker),
    }))
    .sort((a, b) => a.number - b.number)
}

/**
 * The issue that holds the board: the one this process wrote last (`known`) while it is still open, else
 * the oldest open one with our marker, else the oldest open one without it that still has the board's
 * title (a person replaced its body), else the oldest marked one even if closed. The other open ones
 * among those are duplicates; issues by the same login with other titles and no marker are not ours.
 */
export function chooseTrackingIssue(
  issues: readonly OwnIssue[],
  known: number | null,
  title: string,
): { keep: OwnIssue | undefined; duplicates: OwnIssue[] } {
  // An issue without our marker is ours only if this process wrote it last, or it still has the board's
  // title (a person replaced the body): the login may be a person's or a shared bot's (CLI, workflows).
  const ours = issues.filter(
    (issue) => issue.marked !== false || issue.number === known || issue.title === title,
  )
  const open = ours.filter((issue) => issue.state === 'open')
  const keep =
    open.find((issue) => issue.number === known) ??
    open.find((issue) => issue.marked !== false) ??
    open[0] ??
    ours.find((issue) => issue.marked !== false)
  return { keep, duplicates: open.filter((issue) => issue !== keep) }
}

/**
 * Closes the open ones among `duplicates` as duplicates, each with a comment that links the issue the
 * board is kept in; failures are logged, not thrown.
 */
export async function closeDuplicates(p: Where, duplicates: OwnIssue[], keep: number): Promise<void> {
  for (const issue of duplicates.filter((d) => d.state === 'open')) {
    const where = { owner: p.repo.owner, repo: p.repo.repo, issue_number: issue.number }
    try {
      await p.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...where,
        body: `The leaderboard is kept in #${keep}; this copy is closed as a duplicate of it.`,
      })
      await p.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...where,
        state: 'closed',
        state_reason: 'duplicate',
      })
      p.logger.info(`Closed the duplicate tracking issue #${issue.number}; the board is kept in #${keep}.`)
    } catch (error) {
      p.logger.warn(toGitHubError(error, 'close the duplicate tracking issue', `#${issue.number}`).message)
    }
  }
}
