import type { Account } from '../../state/records.js'
import type { Urls } from './urls.js'

/** An organisation as GitHub's `organization-simple` schema has it (webhook payloads, list endpoints). */
export function serializeOrgSimple(account: Account, urls: Urls) {
  const api = `${urls.api}/orgs/${account.login}`
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    description: null,
  }
}
