import type { RequestContext, RouteMap } from '../router/context.js'
import { notFound } from '../router/http-error.js'
import { bodyText, repoFor } from '../router/helpers.js'
import type { IssueRecord, RepoRecord } from '../state/records.js'
import { actorLogin } from './issues.js'
import { paginate } from './paginate.js'
import { serializePull, serializePullFile } from './serialize/pull.js'

function pullFor(ctx: RequestContext, repo: RepoRecord): IssueRecord {
  const issue = repo.issues.get(Number(ctx.params.pull_number))
  if (!issue?.pull) throw notFound()
  return issue
}

function listPulls(ctx: RequestContext) {
  const repo = repoFor(ctx, ['pull_requests'])
  const state = ctx.query.get('state') ?? 'open'
  const head = ctx.query.get('head')
  const base = ctx.query.get('base')
  const sort = ctx.query.get('sort') ?? 'created'
  // GitHub: "desc when sort is created or sort is not specified, otherwise asc".
  const direction = (ctx.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')) === 'asc' ? 1 : -1
  const pulls = [...repo.issues.values()].filter((i) => {
    const pull = i.pull
    if (!pull || (state !== 'all' && i.state !== state)) return false
    if (base && pull.base.ref !== base) return false
    return !head || `${pull.head.repo.owner.login}:${pull.head.ref}`.toLowerCase() === head.toLowerCase()
  })
  const key = (i: IssueRecord): number => (sort === 'updated' ? Date.parse(i.updatedAt) : i.number)
  pulls.sort((a, b) => (key(a) - key(b) || a.number - b.number) * direction)
  const page = paginate(ctx, pulls)
  return { headers: page.headers, body: page.items.map((i) => serializePull(i, ctx.rt.urls)) }
}

/** Changed files, paginated, never more than GitHub's 3,000 in total. */
function listFiles(ctx: RequestContext) {
  const issue = pullFor(ctx, repoFor(ctx, ['pull_requests']))
  const files = issue.pull?.files ?? []
  const page = paginate(ctx, files, ctx.rt.limits.pullFiles)
  return { headers: page.headers, body: page.items.map((f) => serializePullFile(f, issue, ctx.rt.urls)) }
}

function updatePull(ctx: RequestContext) {
  const issue = pullFor(ctx, repoFor(ctx, ['pull_requests']))
  repoFor(ctx, ['pull_requests'], 'write')
  const state =
    ctx.body.state === 'open' || ctx.body.state === 'closed'
      ? (ctx.body.state as 'open' | 'closed')
      : undefined
  const patch = {
    title: bodyText(ctx, 'title', { resource: 'PullRequest' }),
    body: bodyText(ctx, 'body', { resource: 'PullRequest', max: ctx.rt.limits.bodyChars }),
    state,
  }
  ctx.rt.state.pulls.update(issue.repo, issue.number, patch, actorLogin(ctx.identity))
  return { body: serializePull(issue, ctx.rt.urls) }
}

export const pullRoutes: RouteMap = {
  'GET /repos/{owner}/{repo}/pulls': listPulls,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': (ctx) => ({
    body: serializePull(pullFor(ctx, repoFor(ctx, ['pull_requests'])), ctx.rt.urls),
  }),
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': updatePull,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': listFiles,
}
