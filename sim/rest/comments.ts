import type { RequestContext, RouteMap } from '../router/context.js'
import { notFound, validationFailed } from '../router/http-error.js'
import { bodyText, issueFor, repoFor } from '../router/helpers.js'
import type { CommentRecord } from '../state/records.js'
import { actorLogin } from './issues.js'
import { paginate } from './paginate.js'
import { serializeComment, serializeReaction } from './serialize/comment.js'

const ISSUE_OR_PULL = ['issues', 'pull_requests']
const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']

/** The comment `{comment_id}` of this repository, checked for read or write access. */
function commentFor(ctx: RequestContext, level: 'read' | 'write'): CommentRecord {
  const repo = repoFor(ctx, ISSUE_OR_PULL)
  const comment = ctx.rt.state.comments.get(Number(ctx.params.comment_id))
  if (!comment || comment.issue.repo !== repo) throw notFound()
  repoFor(ctx, comment.issue.pull ? ISSUE_OR_PULL : ['issues'], level)
  return comment
}

function sinceFilter(ctx: RequestContext, comments: CommentRecord[]): CommentRecord[] {
  const since = ctx.query.get('since')
  return since ? comments.filter((c) => Date.parse(c.updatedAt) >= Date.parse(since)) : comments
}

function createComment(ctx: RequestContext) {
  const issue = issueFor(ctx, repoFor(ctx, ISSUE_OR_PULL))
  const repo = repoFor(ctx, issue.pull ? ISSUE_OR_PULL : ['issues'], 'write')
  const body = bodyText(ctx, 'body', {
    required: true,
    max: ctx.rt.limits.bodyChars,
    resource: 'IssueComment',
  })
  const comment = ctx.rt.state.comments.create({
    repo,
    issue: issue.number,
    body: body as string,
    author: actorLogin(ctx.identity),
  })
  return { status: 201, body: serializeComment(comment, ctx.rt.urls) }
}

function react(ctx: RequestContext) {
  const comment = commentFor(ctx, 'write')
  const content = String(ctx.body.content ?? '')
  if (!REACTIONS.includes(content)) {
    throw validationFailed('Reaction', 'content', `content must be one of ${REACTIONS.join(', ')}`, 'invalid')
  }
  const { reaction, created } = ctx.rt.state.comments.react(comment.id, content, actorLogin(ctx.identity))
  return { status: created ? 201 : 200, body: serializeReaction(reaction, ctx.rt.urls) }
}

export const commentRoutes: RouteMap = {
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const issue = issueFor(ctx, repoFor(ctx, ISSUE_OR_PULL))
    const page = paginate(ctx, sinceFilter(ctx, ctx.rt.state.comments.listOf(issue)))
    return { headers: page.headers, body: page.items.map((c) => serializeComment(c, ctx.rt.urls)) }
  },
  'GET /repos/{owner}/{repo}/issues/comments': (ctx) => {
    const repo = repoFor(ctx, ['issues'])
    const all = [...repo.issues.values()]
      .flatMap((i) => ctx.rt.state.comments.listOf(i))
      .sort((a, b) => a.id - b.id)
    if (ctx.query.get('direction') === 'desc') all.reverse()
    const page = paginate(ctx, sinceFilter(ctx, all))
    return { headers: page.headers, body: page.items.map((c) => serializeComment(c, ctx.rt.urls)) }
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': createComment,
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => ({
    body: serializeComment(commentFor(ctx, 'read'), ctx.rt.urls),
  }),
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const comment = commentFor(ctx, 'write')
    const body = bodyText(ctx, 'body', {
      required: true,
      max: ctx.rt.limits.bodyChars,
      resource: 'IssueComment',
    })
    const updated = ctx.rt.state.comments.update(comment.id, body as string, actorLogin(ctx.identity))
    return { body: serializeComment(updated, ctx.rt.urls) }
  },
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const comment = commentFor(ctx, 'write')
    ctx.rt.state.comments.delete(comment.id, actorLogin(ctx.identity))
    return { status: 204 }
  },
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
    const comment = commentFor(ctx, 'read')
    const content = ctx.query.get('content')
    const reactions = comment.reactions.filter((r) => !content || r.content === content)
    const page = paginate(ctx, reactions)
    return { headers: page.headers, body: page.items.map((r) => serializeReaction(r, ctx.rt.urls)) }
  },
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': react,
}
