import { bindJobRepository, canSee } from '../../auth/permissions.js'
import { decodeNodeId } from '../../state/ids.js'
import type { IssueRecord } from '../../state/records.js'
import { searchIssues } from '../../search/search-issues.js'
import { connection, type PageArgs } from '../connection.js'
import { typedError, visible, type GqlContext } from '../gql-context.js'
import { actorModel } from './actor.js'
import { issueOrPullModel } from './issue.js'
import { organizationModel } from './organization.js'
import { repositoryModel } from './repository.js'

/** `viewer`: the token's own account; apps and Actions tokens are bots with the `[bot]` suffix. */
function viewer(ctx: GqlContext) {
  const account = ctx.identity.account
  if (!account) throw typedError('FORBIDDEN', 'This endpoint requires a user or installation token.')
  return actorModel(account, ctx, true)
}

const indexes = new WeakMap<GqlContext, Map<string, IssueRecord>>()

/** Issues and pull requests by `Type:databaseId`, built once per query. */
function issueIndex(ctx: GqlContext): Map<string, IssueRecord> {
  let index = indexes.get(ctx)
  if (!index) {
    index = new Map()
    for (const repo of ctx.rt.state.core.repos.values()) {
      for (const issue of repo.issues.values()) {
        // A pull request's issue id (REST `node_id` in issue lists) resolves to the pull request too.
        index.set(`Issue:${issue.id}`, issue)
        if (issue.pull) index.set(`PullRequest:${issue.pull.id}`, issue)
      }
    }
    indexes.set(ctx, index)
  }
  return index
}

/** GitHub answers an unknown id with null and a NOT_FOUND error for that id. */
function nodeOrError(id: string, ctx: GqlContext) {
  return (
    nodeById(id, ctx) ?? typedError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
  )
}

/** Resolves a node id to a Repository, Issue, PullRequest, User, Bot or Organization the caller can see. */
function nodeById(id: string, ctx: GqlContext) {
  const decoded = decodeNodeId(id)
  const core = ctx.rt.state.core
  if (decoded?.type === 'Repository') {
    const repo = core.reposById.get(decoded.id)
    return visible(ctx, repo) ? repositoryModel(repo, ctx) : null
  }
  if (decoded?.type === 'Issue' || decoded?.type === 'PullRequest') {
    const issue = issueIndex(ctx).get(`${decoded.type}:${decoded.id}`)
    return issue && visible(ctx, issue.repo) ? issueOrPullModel(issue, ctx) : null
  }
  const account = [...core.accounts.values()].find((a) => a.nodeId === id)
  if (account)
    return account.type === 'Organization' ? organizationModel(account, ctx) : actorModel(account, ctx)
  return null
}

function search(args: PageArgs & { query: string; type: string }, ctx: GqlContext) {
  if (args.type !== 'ISSUE' && args.type !== 'ISSUE_ADVANCED') {
    const message = `search(type: ${args.type}) is not implemented by the simulator; only ISSUE is.`
    ctx.rt.recordViolation({ kind: 'unimplemented-field', request: ctx.request, message })
    throw typedError('NOT_IMPLEMENTED', message)
  }
  const repos = [...ctx.rt.state.core.repos.values()].filter((r) =>
    canSee(ctx.identity, r, ctx.rt.state.installations),
  )
  const result = searchIssues(repos, args.query)
  for (const term of result.unsupported) {
    ctx.rt.recordViolation({
      kind: 'unsupported-search',
      request: ctx.request,
      message: `Search qualifier "${term}" is not understood; it was ignored.`,
    })
  }
  const reachable = result.items.slice(0, ctx.rt.limits.searchResults)
  const counts = {
    issueCount: result.items.length,
    repositoryCount: 0,
    userCount: 0,
    discussionCount: 0,
    codeCount: 0,
    wikiCount: 0,
  }
  return connection(reachable, args, (issue) => issueOrPullModel(issue, ctx), counts)
}

/** The root of every query. */
export function queryRoot(ctx: GqlContext) {
  const core = ctx.rt.state.core
  return {
    viewer: () => viewer(ctx),
    rateLimit: () => ({
      cost: ctx.cost.points,
      limit: ctx.rate.limit,
      remaining: ctx.rate.remaining,
      used: ctx.rate.used,
      nodeCount: ctx.cost.nodes,
      resetAt: new Date(ctx.rate.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }),
    repository: (args: { owner: string; name: string }) => {
      const repo = core.findRepo(args.owner, args.name)
      if (repo) bindJobRepository(ctx.identity, repo)
      if (!visible(ctx, repo)) {
        throw typedError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
        )
      }
      return repositoryModel(repo, ctx)
    },
    organization: (args: { login: string }) => {
      const account = core.accounts.get(args.login.toLowerCase())
      if (account?.type !== 'Organization') {
        throw typedError(
          'NOT_FOUND',
          `Could not resolve to an Organization with the login of '${args.login}'.`,
        )
      }
      return organizationModel(account, ctx)
    },
    repositoryOwner: (args: { login: string }) => {
      const account = core.accounts.get(args.login.toLowerCase())
      return account ? organizationModel(account, ctx) : null
    },
    user: (args: { login: string }) => {
      const account = core.accounts.get(args.login.toLowerCase())
      if (account?.type !== 'User')
        throw typedError('NOT_FOUND', `Could not resolve to a User with the login of '${args.login}'.`)
      return organizationModel(account, ctx)
    },
    node: (args: { id: string }) => nodeOrError(args.id, ctx),
    nodes: (args: { ids: string[] }) => args.ids.map((id) => nodeOrError(id, ctx)),
    search: (args: PageArgs & { query: string; type: string }) => search(args, ctx),
  }
}
