/**
 * The one tracking issue that holds the leaderboard (renovate's `ensureIssue`, plus a race fix). It is
 * found by three things at once — our hidden marker, our own authorship and our label — through
 * `GET /repos/{owner}/{repo}/issues?labels=…&creator=…`, never the search API (eventually consistent,
 * so it would not see an issue created a second ago).
 */
import type { Logger } from '../core/logger.js'
import type { RepoRef } from '../core/types.js'
import { statusOf, toGitHubError } from './errors.js'
import type { GatewayOctokit } from './octokit-types.js'
import { hasMarker } from '../core/report/markers.js'
import {
  chooseTrackingIssue,
  closeDuplicates,
  listOwnTrackingIssues,
  type OwnIssue,
} from './own-tracking-issues.js'

export interface TrackingIssueParams {
  octokit: GatewayOctokit
  logger: Logger
  repo: RepoRef
  title: string
  label: string
  marker: string
  /** The full body, marker included. */
  body: string
  /** `<app-slug>[bot]`: issues by anyone else are never touched, whatever they contain. */
  ownLogin: string
  /**
   * Asked before an existing body is replaced: a reason to keep the current body (a failed or partial
   * refresh must not overwrite a good board with a worse one), or null to write.
   */
  reasonToKeep?: (currentBody: string) => string | null
  /** The issue this process wrote last, preferred while it is open (its marker may have been removed). */
  knownNumber?: number | null
}

export interface TrackingIssueResult {
  /**
   * `stale` (only from {@link updateKnownTrackingIssue}): the issue no longer holds the body this
   * process wrote last — another instance of the app wrote it since — so nothing was written.
   */
  result: 'created' | 'updated' | 'unchanged' | 'kept' | 'stale'
  number: number
  /** The body the issue holds now. */
  body: string
}

/**
 * Creates the tracking issue once, updates it only when its body changed, and closes duplicates. Our own
 * issue with the label is found even when a person replaced its body (marker and all): it is rewritten,
 * never joined by a second one.
 */
export async function ensureTrackingIssue(p: TrackingIssueParams): Promise<TrackingIssueResult> {
  const { keep, duplicates } = chooseTrackingIssue(
    await listOwnTrackingIssues(p),
    p.knownNumber ?? null,
    p.title,
  )
  if (keep) {
    await closeDuplicates(p, duplicates, keep.number)
    return writeIfChanged(p, keep)
  }
  const target = `${p.repo.owner}/${p.repo.repo}`
  let created: number
  try {
    const { data } = await p.octokit.request('POST /repos/{owner}/{repo}/issues', {
      owner: p.repo.owner,
      repo: p.repo.repo,
      title: p.title,
      body: p.body,
      labels: [p.label],
    })
    created = data.number
  } catch (error) {
    throw toGitHubError(error, 'create the tracking issue in', target)
  }
  p.logger.info(`Created the tracking issue ${target}#${created}.`)
  // Another process may have created one at the same moment: the oldest wins, the others are closed.
  const after = chooseTrackingIssue(await listOwnTrackingIssues(p), null, p.title)
  const oldest = after.keep
  if (!oldest || oldest.number === created) {
    await closeDuplicates(p, after.duplicates, created)
    return { result: 'created', number: created, body: p.body }
  }
  await closeDuplicates(p, after.duplicates, oldest.number)
  return writeIfChanged(p, oldest)
}

/**
 * Fast path for a warm installation: the issue number and body are known from the last write, so the
 * issue is read once (no listing) and written only if the body changed. The read matters because
 * several instances of the app may serve one installation: when the issue no longer holds the body
 * this process wrote, another instance wrote it from events this one may not have seen, and the answer
 * is `stale` (nothing written). Null when the issue is gone.
 */
export async function updateKnownTrackingIssue(
  p: TrackingIssueParams & { number: number; currentBody: string },
): Promise<TrackingIssueResult | null> {
  const known: OwnIssue = { number: p.number, state: 'open', title: p.title, body: p.currentBody }
  try {
    const { data } = await p.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: p.repo.owner,
      repo: p.repo.repo,
      issue_number: p.number,
    })
    const body = data.body ?? ''
    if (body !== p.currentBody && hasMarker(body, p.marker))
      return { result: 'stale', number: p.number, body }
    if (body !== p.currentBody)
      p.logger.info(
        `The body of the tracking issue #${p.number} was replaced by hand (our marker is gone); writing the board back.`,
      )
    return await writeIfChanged(p, { ...known, title: data.title, body })
  } catch (error) {
    if ([404, 410].includes(statusOf(error) ?? 0)) return null
    throw toGitHubError(error, 'read the tracking issue', `${p.repo.owner}/${p.repo.repo}#${p.number}`)
  }
}

async function writeIfChanged(p: TrackingIssueParams, issue: OwnIssue): Promise<TrackingIssueResult> {
  if (issue.body === p.body && issue.title === p.title)
    return { result: 'unchanged', number: issue.number, body: issue.body }
  const reason = p.reasonToKeep?.(issue.body) ?? null
  if (reason !== null) {
    p.logger.warn(`Kept the tracking issue #${issue.number} as it is: ${reason}`)
    return { result: 'kept', number: issue.number, body: issue.body }
  }
  try {
    await p.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: p.repo.owner,
      repo: p.repo.repo,
      issue_number: issue.number,
      title: p.title,
      body: p.body,
    })
  } catch (error) {
    throw toGitHubError(error, 'update the tracking issue', `${p.repo.owner}/${p.repo.repo}#${issue.number}`)
  }
  p.logger.info(`Updated the tracking issue ${p.repo.owner}/${p.repo.repo}#${issue.number}.`)
  return { result: 'updated', number: issue.number, body: p.body }
}
