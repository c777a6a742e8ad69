import type { Account } from '../../state/records.js'
import type { GqlContext } from '../gql-context.js'

/**
 * A User, Bot or Organization. As on GitHub, a Bot's GraphQL `login` has no `[bot]` suffix
 * (`dependabot`), while REST and `viewer { login }` keep it.
 */
export function actorModel(account: Account, ctx: GqlContext, keepBotSuffix = false) {
  const html = ctx.rt.urls.html
  const slug = account.login.replace(/\[bot\]$/, '')
  return {
    __typename: account.type,
    id: account.nodeId,
    databaseId: account.id,
    login: account.type === 'Bot' && !keepBotSuffix ? slug : account.login,
    name: account.name,
    url: account.type === 'Bot' ? `${html}/apps/${slug}` : `${html}/${account.login}`,
    resourcePath: account.type === 'Bot' ? `/apps/${slug}` : `/${account.login}`,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    createdAt: account.createdAt,
  }
}
