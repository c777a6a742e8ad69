import type { Identity } from '../auth/identity.js'
import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, validationFailed } from '../router/http-error.js'
import { bodyText, issueFor, repoFor } from '../router/helpers.js'
import type { IssuePatch } from '../state/issues-api.js'
import type { IssueRecord, StateReason } from '../state/records.js'
import { paginate } from './paginate.js'
import { serializeIssue } from './serialize/issue.js'

const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate']
const ISSUE_OR_PULL = ['issues', 'pull_requests']

/** The login writes are attributed to; JWTs and anonymous callers cannot write. */
export function actorLogin(identity: Identity): string {
  if (!identity.account) throw new HttpError(401, 'Requires authentication')
  return identity.account.login
}

function matchesFilters(ctx: RequestContext, issue: IssueRecord): boolean {
  const q = ctx.query
  const state = q.get('state') ?? 'open'
  if (state !== 'all' && issue.state !== state) return false
  const labels = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean)
  const own = issue.labels.map((l) => l.toLowerCase())
  if (!labels.every((l) => own.includes(l))) return false
  const since = q.get('since')
  if (since && Date.parse(issue.updatedAt) < Date.parse(since)) return false
  const creator = q.get('creator')
  if (creator && issue.author.login.toLowerCase() !== creator.toLowerCase()) return false
  // Nobody is assigned in the simulator: `assignee=none` keeps everything, any other value nothing.
  const assignee = q.get('assignee')
  return !assignee || assignee === 'none'
}

function listIssues(ctx: RequestContext) {
  const repo = repoFor(ctx, ['issues'])
  const sort = ctx.query.get('sort') ?? 'created'
  const direction = ctx.query.get('direction') === 'asc' ? 1 : -1
  const key = (i: IssueRecord): number =>
    sort === 'updated' ? Date.parse(i.updatedAt) : sort === 'comments' ? i.comments.length : i.number
  const issues = [...repo.issues.values()]
    .filter((i) => matchesFilters(ctx, i))
    .sort((a, b) => (key(a) - key(b) || a.number - b.number) * direction)
  const page = paginate(ctx, issues)
  return { headers: page.headers, body: page.items.map((i) => serializeIssue(i, ctx.rt.urls)) }
}

function createIssue(ctx: RequestContext) {
  const repo = repoFor(ctx, ['issues'], 'write')
  const title = bodyText(ctx, 'title', { required: true })
  const body = bodyText(ctx, 'body', { max: ctx.rt.limits.bodyChars })
  const labels = Array.isArray(ctx.body.labels) ? ctx.body.labels.map(String) : undefined
  const issue = ctx.rt.state.issues.create({
    repo,
    title: title as string,
    body,
    labels,
    author: actorLogin(ctx.identity),
  })
  return { status: 201, body: serializeIssue(issue, ctx.rt.urls) }
}

function updateIssue(ctx: RequestContext) {
  const probe = repoFor(ctx, ISSUE_OR_PULL)
  const issue = issueFor(ctx, probe)
  const repo = repoFor(ctx, issue.pull ? ISSUE_OR_PULL : ['issues'], 'write')
  const patch: IssuePatch = {
    title: bodyText(ctx, 'title'),
    body: ctx.body.body === null ? null : bodyText(ctx, 'body', { max: ctx.rt.limits.bodyChars }),
  }
  const state = ctx.body.state
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw validationFailed(
      'Issue',
      'state',
      `state must be "open" or "closed", not ${JSON.stringify(state)}`,
      'invalid',
    )
  }
  const reason = ctx.body.state_reason
  if (reason !== undefined && reason !== null && !STATE_REASONS.includes(String(reason))) {
    throw validationFailed(
      'Issue',
      'state_reason',
      `state_reason must be one of ${STATE_REASONS.join(', ')}`,
      'invalid',
    )
  }
  if (state !== undefined) patch.state = state
  if (reason !== undefined) patch.stateReason = reason as StateReason | null
  if (Array.isArray(ctx.body.labels)) {
    patch.labels = ctx.body.labels.map((l) =>
      typeof l === 'string' ? l : String((l as { name: unknown }).name),
    )
  }
  const updated = ctx.rt.state.issues.update(repo, issue.number, patch, actorLogin(ctx.identity))
  return { body: serializeIssue(updated, ctx.rt.urls) }
}

export const issueRoutes: RouteMap = {
  'GET /repos/{owner}/{repo}/issues': listIssues,
  'GET /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const issue = issueFor(ctx, repoFor(ctx, ISSUE_OR_PULL))
    if (!issue.pull) repoFor(ctx, ['issues'])
    return { body: serializeIssue(issue, ctx.rt.urls) }
  },
  'POST /repos/{owner}/{repo}/issues': createIssue,
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': updateIssue,
}
