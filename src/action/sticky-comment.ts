import { MARKERS } from '../core/report/markers.js'
import type { PullRequestRef } from '../core/types.js'
import { GitHubError, statusOf } from '../github/errors.js'
import type { GitHubGateway } from '../github/gateway.js'
import type { ActionCore } from './action-core.js'
import type { ActionInputs } from './inputs.js'

/**
 * Brings the one sticky comment in line with `body` ('' = nothing to say: an existing comment becomes
 * `allClearBody`, none is created). A failed write never fails the check: under a read-only token (pull
 * requests from forks) the findings stay in the annotations and the job summary, and a notice says so.
 * Returns the comment's id, or null.
 */
export async function syncStickyComment(p: {
  core: ActionCore
  gateway: GitHubGateway
  inputs: ActionInputs
  pr: PullRequestRef
  body: string
  allClearBody: string
}): Promise<number | null> {
  const { core, inputs, pr } = p
  const target = `${pr.owner}/${pr.repo}#${pr.number}`
  if (!inputs.comment) return null
  if (inputs.dryRun) {
    core.info(
      `[dry-run] Would ${p.body ? `write the comment (${p.body.length} characters)` : 'resolve any earlier comment'} on ${target}.`,
    )
    return null
  }
  try {
    const ownLogin = inputs.commentAuthor === 'auto' ? await p.gateway.getOwnLogin() : inputs.commentAuthor
    const outcome = await p.gateway.upsertComment(pr, {
      marker: MARKERS.prCheck,
      body: p.body,
      ownLogin,
      allClearBody: p.allClearBody,
    })
    core.info(
      `Comment on ${target}: ${outcome.result}${outcome.commentId ? ` (id ${outcome.commentId})` : ''}.`,
    )
    return outcome.commentId
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error
    if (statusOf(error) === 403) {
      core.notice(
        `The pull request comment was not written: the token is read-only here (as for pull requests from forks under \`pull_request\`). ` +
          `The findings are in the annotations and the job summary. To comment on fork pull requests, grant \`pull-requests: write\` or use \`pull_request_target\` (safe: this Action never runs pull request code).`,
      )
    } else {
      core.warning(
        `The pull request comment was not written: ${error.message} The findings are in the annotations and the job summary.`,
      )
    }
    return null
  }
}
