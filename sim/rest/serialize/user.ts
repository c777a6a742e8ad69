import type { Account } from '../../state/records.js'
import type { Urls } from './urls.js'

/** The "simple user" shape GitHub embeds as `user`, `owner`, `sender`, `account`. */
export function serializeUser(account: Account, urls: Urls) {
  const api = `${urls.api}/users/${account.login}`
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      account.type === 'Bot'
        ? `${urls.html}/apps/${account.login.replace(/\[bot\]$/, '')}`
        : `${urls.html}/${account.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  }
}

/** `GET /user`, `GET /users/{username}`: the simple shape plus profile fields. */
export function serializeFullUser(account: Account, urls: Urls) {
  return {
    ...serializeUser(account, urls),
    name: account.name,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: account.createdAt,
    updated_at: account.createdAt,
  }
}
