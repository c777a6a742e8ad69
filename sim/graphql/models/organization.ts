import type { Account, RepoRecord } from '../../state/records.js'
import { connection, type PageArgs } from '../connection.js'
import { visible, type GqlContext } from '../gql-context.js'
import { actorModel } from './actor.js'
import { repositoryModel } from './repository.js'

interface RepositoryArgs extends PageArgs {
  isArchived?: boolean | null
  isFork?: boolean | null
  privacy?: 'PUBLIC' | 'PRIVATE' | null
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null
}

const ORDER_KEYS: Record<string, (r: RepoRecord) => string> = {
  NAME: (r) => r.name.toLowerCase(),
  CREATED_AT: (r) => r.createdAt,
  UPDATED_AT: (r) => r.updatedAt,
  PUSHED_AT: (r) => r.pushedAt,
}

/** An Organization (or the owner of `repositoryOwner`): its repositories the caller can see. */
export function organizationModel(account: Account, ctx: GqlContext) {
  return {
    ...actorModel(account, ctx),
    repositories: (args: RepositoryArgs) => {
      const repos = ctx.rt.state.repos
        .list(account.login)
        .filter((r) => visible(ctx, r))
        .filter(
          (r) => args.isArchived === undefined || args.isArchived === null || r.archived === args.isArchived,
        )
        .filter((r) => args.isFork === undefined || args.isFork === null || r.fork === args.isFork)
        .filter((r) => !args.privacy || r.private === (args.privacy === 'PRIVATE'))
      const key = ORDER_KEYS[args.orderBy?.field ?? '']
      if (key) {
        const sign = args.orderBy?.direction === 'DESC' ? -1 : 1
        repos.sort((a, b) => key(a).localeCompare(key(b)) * sign)
      }
      return connection(repos, args, (repo) => repositoryModel(repo, ctx))
    },
    repository: (args: { name: string }) => {
      const repo = ctx.rt.state.core.findRepo(account.login, args.name)
      return visible(ctx, repo) ? repositoryModel(repo, ctx) : null
    },
  }
}
