import type { RepoRecord } from '../../state/records.js'
import { connection, type PageArgs } from '../connection.js'
import { requireRead, type GqlContext } from '../gql-context.js'
import { actorModel } from './actor.js'
import { commitModel, objectAt } from './git-objects.js'
import { issueOrPullModel } from './issue.js'
import { issueConnection, pullRequestConnection, type IssueArgs, type PullArgs } from './issue-connections.js'
import { labelModel } from './label.js'

function refModel(repo: RepoRecord, name: string, ctx: GqlContext) {
  const sha = repo.git.branches.get(name)
  const commit = sha ? repo.git.commits.get(sha) : undefined
  if (!commit) return null
  return {
    __typename: 'Ref',
    id: Buffer.from(`03:Ref${repo.id}:${name}`).toString('base64'),
    name,
    prefix: 'refs/heads/',
    target: commitModel(repo, commit),
    repository: () => repositoryModel(repo, ctx),
  }
}

/** The Repository type: metadata, default branch, git objects, issues, pull requests and labels. */
export function repositoryModel(repo: RepoRecord, ctx: GqlContext) {
  const fullName = `${repo.owner.login}/${repo.name}`
  const issues = () => [...repo.issues.values()]
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: fullName,
    url: `${ctx.rt.urls.html}/${fullName}`,
    resourcePath: `/${fullName}`,
    description: repo.description,
    isArchived: repo.archived,
    isFork: repo.fork,
    isPrivate: repo.private,
    isDisabled: false,
    isEmpty: false,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    createdAt: repo.createdAt,
    updatedAt: repo.updatedAt,
    pushedAt: repo.pushedAt,
    hasIssuesEnabled: true,
    owner: actorModel(repo.owner, ctx),
    parent: repo.parent ? () => repositoryModel(repo.parent as RepoRecord, ctx) : null,
    defaultBranchRef: () => refModel(repo, repo.defaultBranch, ctx),
    ref: (args: { qualifiedName: string }) =>
      refModel(repo, args.qualifiedName.replace(/^refs\/heads\//, ''), ctx),
    object: (args: { expression?: string; oid?: string }) => {
      requireRead(ctx, 'contents')
      return objectAt(repo, args, ctx)
    },
    issues: (args: IssueArgs) => {
      requireRead(ctx, 'issues')
      return issueConnection(
        issues().filter((i) => !i.pull),
        args,
        ctx,
      )
    },
    issue: (args: { number: number }) => {
      requireRead(ctx, 'issues')
      const issue = repo.issues.get(args.number)
      return issue && !issue.pull ? issueOrPullModel(issue, ctx) : null
    },
    pullRequests: (args: PullArgs) => {
      requireRead(ctx, 'pull_requests')
      return pullRequestConnection(
        issues().filter((i) => i.pull),
        args,
        ctx,
      )
    },
    pullRequest: (args: { number: number }) => {
      requireRead(ctx, 'pull_requests')
      const issue = repo.issues.get(args.number)
      return issue?.pull ? issueOrPullModel(issue, ctx) : null
    },
    label: (args: { name: string }) => {
      const label = repo.labels.get(args.name.toLowerCase())
      return label ? labelModel(repo, label, ctx) : null
    },
    labels: (args: PageArgs & { query?: string | null }) => {
      const all = [...repo.labels.values()].filter(
        (l) => !args.query || l.name.toLowerCase().includes(args.query.toLowerCase()),
      )
      return connection(all, args, (label) => labelModel(repo, label, ctx))
    },
    repositoryTopics: (args: PageArgs) =>
      connection(repo.topics, args, (name) => ({
        topic: { name },
        url: `${ctx.rt.urls.html}/topics/${name}`,
      })),
  }
}
