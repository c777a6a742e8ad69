/**
 * Opening and merging a pull request with plain Octokit calls, as on GitHub (the other scenario writes
 * are in scenario-writes.ts).
 */
import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notFound, validationFailed } from '../router/http-error.js'
import { bodyText, repoFor } from '../router/helpers.js'
import { actorLogin } from './issues.js'
import { serializePull } from './serialize/pull.js'

/** `POST /repos/{owner}/{repo}/pulls` from a branch of the same repository. */
function createPull(ctx: RequestContext) {
  const repo = repoFor(ctx, ['pull_requests'], 'write')
  const title = bodyText(ctx, 'title', { required: true }) as string
  const headName = (bodyText(ctx, 'head', { required: true }) as string).replace(/^[^:]+:/, '')
  const base = typeof ctx.body.base === 'string' ? ctx.body.base : repo.defaultBranch
  const head = repo.git.branches.get(headName)
  if (!head) throw validationFailed('PullRequest', 'head', 'invalid')
  if (!repo.git.branches.has(base)) throw validationFailed('PullRequest', 'base', 'invalid')
  if (head === repo.git.branches.get(base))
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        { resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headName}` },
      ],
    })
  const issue = ctx.rt.state.pulls.create({
    repo,
    title,
    body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
    draft: ctx.body.draft === true,
    head: headName,
    base,
    headSha: head,
    author: actorLogin(ctx.identity),
  })
  return { status: 201, body: serializePull(issue, ctx.rt.urls) }
}

/** `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge`. */
function mergePull(ctx: RequestContext) {
  const repo = repoFor(ctx, ['contents'], 'write')
  const issue = repo.issues.get(Number(ctx.params.pull_number))
  if (!issue?.pull) throw notFound()
  if (issue.state !== 'open' || issue.pull.merged) throw new HttpError(405, 'Pull Request is not mergeable')
  if (typeof ctx.body.sha === 'string' && ctx.body.sha !== issue.pull.head.sha)
    throw new HttpError(409, 'Head branch was modified. Review and try the merge again.')
  const merged = ctx.rt.state.pulls.merge(repo, issue.number, actorLogin(ctx.identity))
  return {
    body: { sha: merged.pull?.mergeCommitSha, merged: true, message: 'Pull Request successfully merged' },
  }
}

export const pullWriteRoutes: RouteMap = {
  'POST /repos/{owner}/{repo}/pulls': createPull,
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge': mergePull,
}
