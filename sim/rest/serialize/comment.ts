import type { CommentRecord, ReactionRecord } from '../../state/records.js'
import { authorAssociation, reactionSummary } from './issue.js'
import type { Urls } from './urls.js'
import { serializeUser } from './user.js'

/** The issue comment shape of the comments API and `issue_comment` webhooks. */
export function serializeComment(comment: CommentRecord, urls: Urls) {
  const { repo, number } = comment.issue
  const repoPath = `${repo.owner.login}/${repo.name}`
  const url = `${urls.api}/repos/${repoPath}/issues/comments/${comment.id}`
  const kind = comment.issue.pull ? 'pull' : 'issues'
  const summary = reactionSummary(url)
  for (const reaction of comment.reactions) {
    summary.total_count++
    if (reaction.content in summary)
      (summary as Record<string, unknown>)[reaction.content] =
        (summary[reaction.content as '+1'] as number) + 1
  }
  return {
    url,
    html_url: `${urls.html}/${repoPath}/${kind}/${number}#issuecomment-${comment.id}`,
    issue_url: `${urls.api}/repos/${repoPath}/issues/${number}`,
    id: comment.id,
    node_id: comment.nodeId,
    user: serializeUser(comment.author, urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(comment.author, repo),
    body: comment.body,
    reactions: summary,
    performed_via_github_app: null,
  }
}

export function serializeReaction(reaction: ReactionRecord, urls: Urls) {
  return {
    id: reaction.id,
    node_id: reaction.nodeId,
    user: serializeUser(reaction.user, urls),
    content: reaction.content,
    created_at: reaction.createdAt,
  }
}
