import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notFound } from '../router/http-error.js'
import { bodyText, issueFor, labelNames, repoFor } from '../router/helpers.js'
import type { IssueRecord } from '../state/records.js'
import { actorLogin } from './issues.js'
import { paginate } from './paginate.js'
import { issueLabels } from './serialize/issue.js'
import { serializeLabel } from './serialize/label.js'

const ISSUE_OR_PULL = ['issues', 'pull_requests']

/** The issue of `{issue_number}`, checked for write access (issues, or pull requests for a PR). */
function writableIssue(ctx: RequestContext): IssueRecord {
  const issue = issueFor(ctx, repoFor(ctx, ISSUE_OR_PULL))
  repoFor(ctx, issue.pull ? ISSUE_OR_PULL : ['issues'], 'write')
  return issue
}

function createLabel(ctx: RequestContext) {
  const repo = repoFor(ctx, ['issues'], 'write')
  const name = bodyText(ctx, 'name', { required: true, resource: 'Label' }) as string
  if (ctx.rt.state.labels.get(repo, name)) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    })
  }
  const color = bodyText(ctx, 'color', { resource: 'Label' })?.replace(/^#/, '')
  const description = bodyText(ctx, 'description', { resource: 'Label' }) ?? null
  const label = ctx.rt.state.labels.create({ repo, name, color, description })
  return { status: 201, body: serializeLabel(label, repo, ctx.rt.urls) }
}

export const labelRoutes: RouteMap = {
  'GET /repos/{owner}/{repo}/labels': (ctx) => {
    const repo = repoFor(ctx, ['issues'])
    const page = paginate(ctx, ctx.rt.state.labels.list(repo))
    return { headers: page.headers, body: page.items.map((l) => serializeLabel(l, repo, ctx.rt.urls)) }
  },
  'GET /repos/{owner}/{repo}/labels/{name}': (ctx) => {
    const repo = repoFor(ctx, ['issues'])
    const label = ctx.rt.state.labels.get(repo, ctx.params.name ?? '')
    if (!label) throw notFound()
    return { body: serializeLabel(label, repo, ctx.rt.urls) }
  },
  'POST /repos/{owner}/{repo}/labels': createLabel,
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const issue = issueFor(ctx, repoFor(ctx, ISSUE_OR_PULL))
    return { body: issueLabels(issue, ctx.rt.urls) }
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const issue = writableIssue(ctx)
    ctx.rt.state.issues.addLabels(issue.repo, issue.number, labelNames(ctx.body), actorLogin(ctx.identity))
    return { body: issueLabels(issue, ctx.rt.urls) }
  },
  'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const issue = writableIssue(ctx)
    ctx.rt.state.issues.update(
      issue.repo,
      issue.number,
      { labels: labelNames(ctx.body) },
      actorLogin(ctx.identity),
    )
    return { body: issueLabels(issue, ctx.rt.urls) }
  },
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (ctx) => {
    const issue = writableIssue(ctx)
    const removed = ctx.rt.state.issues.removeLabel(
      issue.repo,
      issue.number,
      ctx.params.name ?? '',
      actorLogin(ctx.identity),
    )
    if (!removed) throw new HttpError(404, 'Label does not exist')
    return { body: issueLabels(issue, ctx.rt.urls) }
  },
}
