import { hasMarker } from '../core/report/markers.js'
import type { IssueRef } from '../core/types.js'
import type { Logger } from '../core/logger.js'
import type { UpsertCommentResult } from './gateway.js'
import { statusOf, toGitHubError } from './errors.js'
import type { GatewayOctokit } from './octokit-types.js'

interface OwnComment {
  id: number
  body: string
}

export interface UpsertCommentParams {
  marker: string
  /** The new body; '' means "nothing to say". */
  body: string
  /** Our own login; comments by anyone else are never touched, even when they carry the marker. */
  ownLogin: string | null
  /** What an existing comment becomes when `body` is '' (e.g. an all-clear line); omitted: it is deleted. */
  allClearBody?: string
}

/**
 * The sticky-comment algorithm (renovate's `ensureComment`, plus a race fix): find our comments by
 * marker *and* author, keep the oldest, delete the rest, write only when the body changed, and never
 * create a comment just to say nothing.
 */
export async function upsertComment(
  octokit: GatewayOctokit,
  logger: Logger,
  issue: IssueRef,
  p: UpsertCommentParams,
): Promise<UpsertCommentResult> {
  const target = `${issue.owner}/${issue.repo}#${issue.number}`
  if (!p.ownLogin) {
    logger.warn(
      `Not writing a comment on ${target}: our own login is unknown, so our comments can't be told apart.`,
    )
    return { result: 'skipped', commentId: null }
  }
  const login = p.ownLogin
  const { own, others } = await listMarkedComments(octokit, issue, p.marker, login)
  const [keep, ...extra] = own
  await deleteComments(octokit, logger, issue, extra)
  const body = p.body === '' ? p.allClearBody : p.body
  if (body === undefined || (p.body === '' && !keep)) {
    if (keep) await deleteComments(octokit, logger, issue, [keep])
    else if (others.length > 0) logger.info(leftAloneMessage(target, login, others))
    return { result: keep ? 'deleted' : 'skipped', commentId: null }
  }
  const marked = hasMarker(body, p.marker) ? body : `${p.marker}\n${body}`
  if (keep) return writeComment(octokit, issue, keep, marked)
  try {
    const { data } = await octokit.rest.issues.createComment({ ...issueParams(issue), body: marked })
    const identity = identityOf(logger, data.user?.login, login)
    return await convergeAfterCreate(octokit, logger, issue, { ...p, ownLogin: identity }, data.id, marked)
  } catch (error) {
    throw toGitHubError(error, 'create a comment on', target)
  }
}

/**
 * Who the token really comments as: the author of the comment just created. When that is not the
 * configured login, earlier runs' comments were missed (they are by this author), so convergence uses the
 * real author, which keeps one comment, and a warning names the setting that avoids the extra writes.
 */
function identityOf(logger: Logger, author: string | undefined, configured: string): string {
  if (!author || author.toLowerCase() === configured.toLowerCase()) return configured
  logger.warn(
    `This token comments as ${author}, but the comment author is set to ${configured}, so earlier comments ` +
      `were not found. Set the \`comment-author\` input to \`${author}\` (or \`auto\`) so that runs update ` +
      'one comment instead of writing a new one and deleting the duplicate.',
  )
  return author
}

/** Another run may have created its comment at the same time: keep the oldest, delete the rest. */
async function convergeAfterCreate(
  octokit: GatewayOctokit,
  logger: Logger,
  issue: IssueRef,
  p: UpsertCommentParams & { ownLogin: string },
  createdId: number,
  body: string,
): Promise<UpsertCommentResult> {
  const [oldest, ...extra] = (await listMarkedComments(octokit, issue, p.marker, p.ownLogin)).own
  if (!oldest || oldest.id === createdId) {
    await deleteComments(octokit, logger, issue, extra)
    return { result: 'created', commentId: createdId }
  }
  logger.info(
    `Another run commented on the same pull request at the same time; keeping comment ${oldest.id}.`,
  )
  await deleteComments(octokit, logger, issue, extra)
  return writeComment(octokit, issue, oldest, body)
}

async function writeComment(
  octokit: GatewayOctokit,
  issue: IssueRef,
  comment: OwnComment,
  body: string,
): Promise<UpsertCommentResult> {
  if (normalise(comment.body) === normalise(body)) return { result: 'unchanged', commentId: comment.id }
  try {
    await octokit.rest.issues.updateComment({
      owner: issue.owner,
      repo: issue.repo,
      comment_id: comment.id,
      body,
    })
  } catch (error) {
    throw toGitHubError(
      error,
      `update comment ${comment.id} on`,
      `${issue.owner}/${issue.repo}#${issue.number}`,
    )
  }
  return { result: 'updated', commentId: comment.id }
}

/** A comment that carries our marker but is by someone else: never touched, at most named in a log. */
interface ForeignComment {
  id: number
  login: string
}

/**
 * With nothing to write and no comment of ours, a comment carrying our marker by another author is
 * either someone else's (left alone, as always) or ours under a login `comment-author` does not name,
 * which would otherwise stay on the pull request out of date without a word.
 */
function leftAloneMessage(target: string, login: string, others: readonly ForeignComment[]): string {
  const listed = others.slice(0, 3).map((c) => `${c.id} by ${c.login}`)
  const more = others.length > 3 ? ` and ${others.length - 3} more` : ''
  const what = others.length === 1 ? 'comment' : 'comments'
  const carries = others.length === 1 ? 'it carries' : 'they carry'
  return (
    `Left ${what} ${listed.join(', ')}${more} on ${target} alone: ${carries} Strategy Trace's marker but ` +
    `${others.length === 1 ? 'is' : 'are'} not by ${login}. Anyone can copy the marker, so this is usually ` +
    `someone else's comment and needs nothing. Only if this token itself comments as that login, set ` +
    `\`comment-author\` to \`auto\` (it asks GitHub who the token is) so that runs update that comment.`
  )
}

/** Comments carrying the marker: ours (by `ownLogin`, oldest first) and the others. */
async function listMarkedComments(
  octokit: GatewayOctokit,
  issue: IssueRef,
  marker: string,
  ownLogin: string,
): Promise<{ own: OwnComment[]; others: ForeignComment[] }> {
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...issueParams(issue),
      per_page: 100,
    })
    const login = ownLogin.toLowerCase()
    const marked = comments.filter((c) => hasMarker(c.body, marker))
    const isOwn = (c: (typeof marked)[number]) => c.user?.login.toLowerCase() === login
    return {
      own: marked
        .filter(isOwn)
        .map((c) => ({ id: c.id, body: c.body ?? '' }))
        .sort((a, b) => a.id - b.id),
      others: marked
        .filter((c) => !isOwn(c))
        .map((c) => ({ id: c.id, login: c.user?.login ?? 'a deleted user' })),
    }
  } catch (error) {
    throw toGitHubError(error, 'list the comments of', `${issue.owner}/${issue.repo}#${issue.number}`)
  }
}

async function deleteComments(
  octokit: GatewayOctokit,
  logger: Logger,
  issue: IssueRef,
  comments: readonly OwnComment[],
): Promise<void> {
  for (const comment of comments) {
    try {
      await octokit.rest.issues.deleteComment({
        owner: issue.owner,
        repo: issue.repo,
        comment_id: comment.id,
      })
      logger.info(`Deleted duplicate comment ${comment.id} on ${issue.owner}/${issue.repo}#${issue.number}.`)
    } catch (error) {
      // Another run deleted it first: that is the outcome we wanted.
      if (statusOf(error) !== 404) throw toGitHubError(error, `delete comment ${comment.id} on`, issue.repo)
    }
  }
}

function issueParams(issue: IssueRef): { owner: string; repo: string; issue_number: number } {
  return { owner: issue.owner, repo: issue.repo, issue_number: issue.number }
}

/** GitHub may hand back CRLF line endings and trimmed trailing whitespace. */
function normalise(body: string): string {
  return body.replace(/\r\n/g, '\n').trimEnd()
}
