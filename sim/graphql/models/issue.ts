import type { CommentRecord, IssueRecord } from '../../state/records.js'
import { connection, type PageArgs } from '../connection.js'
import type { GqlContext } from '../gql-context.js'
import { actorModel } from './actor.js'
import { labelModel } from './label.js'
import { repositoryModel } from './repository.js'

const upper = (value: string | null): string | null => (value ? value.toUpperCase() : null)

/** Fields issues and pull requests share. */
function commonFields(issue: IssueRecord, ctx: GqlContext) {
  const repoPath = `${issue.repo.owner.login}/${issue.repo.name}`
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    bodyText: issue.body ?? '',
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    closed: issue.state === 'closed',
    locked: issue.locked,
    author: actorModel(issue.author, ctx),
    authorAssociation: issue.author === issue.repo.owner ? 'OWNER' : 'NONE',
    resourcePath: `/${repoPath}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    url: `${ctx.rt.urls.html}/${repoPath}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    repository: () => repositoryModel(issue.repo, ctx),
    labels: (args: PageArgs) =>
      connection(
        issue.labels.flatMap((name) => issue.repo.labels.get(name.toLowerCase()) ?? []),
        args,
        (label) => labelModel(issue.repo, label, ctx),
      ),
    comments: (args: PageArgs) =>
      connection(ctx.rt.state.comments.listOf(issue), args, (comment) => commentModel(comment, ctx)),
  }
}

export function issueModel(issue: IssueRecord, ctx: GqlContext) {
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    ...commonFields(issue, ctx),
    state: upper(issue.state),
    stateReason: upper(issue.stateReason),
  }
}

export function pullRequestModel(issue: IssueRecord, ctx: GqlContext) {
  const pull = issue.pull
  if (!pull) throw new Error(`[sim] #${issue.number} is not a pull request`)
  return {
    __typename: 'PullRequest',
    id: pull.nodeId,
    databaseId: pull.id,
    ...commonFields(issue, ctx),
    state: pull.merged ? 'MERGED' : upper(issue.state),
    merged: pull.merged,
    mergedAt: pull.mergedAt,
    mergedBy: pull.mergedBy ? actorModel(pull.mergedBy, ctx) : null,
    isDraft: pull.draft,
    headRefName: pull.head.ref,
    headRefOid: pull.head.sha,
    baseRefName: pull.base.ref,
    baseRefOid: pull.base.sha,
    isCrossRepository: pull.head.repo !== issue.repo,
    changedFiles: pull.files.length,
    additions: pull.files.reduce((n, f) => n + f.additions, 0),
    deletions: pull.files.reduce((n, f) => n + f.deletions, 0),
    files: (args: PageArgs) =>
      connection(pull.files, args, (f) => ({
        path: f.filename,
        additions: f.additions,
        deletions: f.deletions,
        changeType: f.status === 'removed' ? 'DELETED' : f.status.toUpperCase(),
      })),
  }
}

/** An Issue or PullRequest model, whichever the record is. */
export function issueOrPullModel(issue: IssueRecord, ctx: GqlContext) {
  return issue.pull ? pullRequestModel(issue, ctx) : issueModel(issue, ctx)
}

export function commentModel(comment: CommentRecord, ctx: GqlContext) {
  const { repo, number } = comment.issue
  return {
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    body: comment.body,
    bodyText: comment.body,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    author: actorModel(comment.author, ctx),
    url: `${ctx.rt.urls.html}/${repo.owner.login}/${repo.name}/${comment.issue.pull ? 'pull' : 'issues'}/${number}#issuecomment-${comment.id}`,
  }
}
