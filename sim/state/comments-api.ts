import { nodeId } from './ids.js'
import type { CommentRecord, IssueRecord, ReactionRecord, RepoRecord } from './records.js'
import type { StateCore } from './state-core.js'

export interface CreateCommentInput {
  repo: string | RepoRecord
  issue: number
  body: string
  /** Author login (default `octocat`). */
  author?: string
  createdAt?: string
}

/** Issue and pull request comments (one list on GitHub) and their reactions. */
export class CommentsApi {
  constructor(private readonly core: StateCore) {}

  create(input: CreateCommentInput): CommentRecord {
    const issue = this.core.issue(input.repo, input.issue)
    const id = this.core.ids.take('comment')
    const createdAt = input.createdAt ?? this.core.clock.tick()
    const comment: CommentRecord = {
      id,
      nodeId: nodeId('IssueComment', id),
      issue,
      body: input.body,
      author: this.core.actor(input.author),
      createdAt,
      updatedAt: createdAt,
      reactions: [],
    }
    this.core.comments.set(id, comment)
    issue.comments.push(id)
    if (createdAt > issue.updatedAt) issue.updatedAt = createdAt
    this.emit(comment, 'created')
    return comment
  }

  get(id: number): CommentRecord | undefined {
    return this.core.comments.get(id)
  }

  /** Comments of an issue or pull request, oldest first. */
  list(repo: string | RepoRecord, number: number): CommentRecord[] {
    return this.listOf(this.core.issue(repo, number))
  }

  listOf(issue: IssueRecord): CommentRecord[] {
    return issue.comments.flatMap((id) => this.core.comments.get(id) ?? [])
  }

  update(id: number, body: string, actor?: string): CommentRecord {
    const comment = this.require(id)
    const from = comment.body
    comment.body = body
    comment.updatedAt = this.core.clock.tick()
    this.emit(comment, 'edited', actor, { body: { from } })
    return comment
  }

  delete(id: number, actor?: string): void {
    const comment = this.require(id)
    this.core.comments.delete(id)
    comment.issue.comments = comment.issue.comments.filter((c) => c !== id)
    this.emit(comment, 'deleted', actor)
  }

  /** Adds a reaction (`+1`, `eyes`, `rocket`, …); the same user and content twice gives the first back. */
  react(id: number, content: string, login?: string): { reaction: ReactionRecord; created: boolean } {
    const comment = this.require(id)
    const user = this.core.actor(login)
    const existing = comment.reactions.find((r) => r.user === user && r.content === content)
    if (existing) return { reaction: existing, created: false }
    const reactionId = this.core.ids.take('reaction')
    const reaction = {
      id: reactionId,
      nodeId: nodeId('Reaction', reactionId),
      content,
      user,
      createdAt: this.core.clock.tick(),
    }
    comment.reactions.push(reaction)
    return { reaction, created: true }
  }

  private require(id: number): CommentRecord {
    const comment = this.core.comments.get(id)
    if (!comment) throw new Error(`[sim] No comment with id ${id}.`)
    return comment
  }

  private emit(
    comment: CommentRecord,
    action: string,
    actor?: string,
    changes?: Record<string, unknown>,
  ): void {
    this.core.emit({
      event: 'issue_comment',
      action,
      sender: actor ? this.core.actor(actor) : comment.author,
      repo: comment.issue.repo,
      issue: comment.issue,
      comment,
      changes,
    })
  }
}
