import { canSee } from '../auth/permissions.js'
import type { RequestContext, RouteMap } from '../router/context.js'
import { notFound } from '../router/http-error.js'
import { repoFor } from '../router/helpers.js'
import type { RepoRecord } from '../state/records.js'
import { paginate } from './paginate.js'
import { serializeOrgSimple } from './serialize/org.js'
import { serializeRepo } from './serialize/repo.js'
import { serializeUser } from './serialize/user.js'

const SORT_KEYS: Record<string, (r: RepoRecord) => string> = {
  created: (r) => r.createdAt,
  updated: (r) => r.updatedAt,
  pushed: (r) => r.pushedAt,
  full_name: (r) => `${r.owner.login}/${r.name}`.toLowerCase(),
}

function listOrgRepos(ctx: RequestContext) {
  const { rt } = ctx
  const org = rt.state.core.accounts.get((ctx.params.org ?? '').toLowerCase())
  if (!org || org.type !== 'Organization') throw notFound()
  const type = ctx.query.get('type') ?? 'all'
  const sort = ctx.query.get('sort') ?? 'created'
  const key = SORT_KEYS[sort] ?? SORT_KEYS.created
  const direction = ctx.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc')
  const repos = rt.state.repos
    .list(org.login)
    .filter((r) => canSee(ctx.identity, r, rt.state.installations))
    .filter(
      (r) =>
        type === 'all' ||
        (type === 'public'
          ? !r.private
          : type === 'private'
            ? r.private
            : type === 'forks'
              ? r.fork
              : type === 'sources'
                ? !r.fork
                : true),
    )
    .sort((a, b) => (key?.(a) ?? '').localeCompare(key?.(b) ?? '') * (direction === 'asc' ? 1 : -1))
  const page = paginate(ctx, repos)
  return { headers: page.headers, body: page.items.map((r) => serializeRepo(r, rt.urls)) }
}

function getOrg(ctx: RequestContext) {
  const org = ctx.rt.state.core.accounts.get((ctx.params.org ?? '').toLowerCase())
  if (!org || org.type !== 'Organization') throw notFound()
  return {
    body: {
      ...serializeOrgSimple(org, ctx.rt.urls),
      name: org.name,
      html_url: `${ctx.rt.urls.html}/${org.login}`,
      created_at: org.createdAt,
      updated_at: org.createdAt,
      type: 'Organization',
      public_repos: ctx.rt.state.repos.list(org.login).filter((r) => !r.private).length,
    },
  }
}

function collaboratorPermission(ctx: RequestContext) {
  const repo = repoFor(ctx)
  const login = (ctx.params.username ?? '').toLowerCase()
  const account = ctx.rt.state.core.accounts.get(login)
  if (!account || account.type === 'Organization') throw notFound()
  const permission = account === repo.owner ? 'admin' : (repo.collaborators.get(login) ?? 'none')
  if (permission === 'none' && account.type !== 'User') throw notFound()
  return {
    body: {
      permission,
      role_name: permission === 'none' ? 'none' : permission,
      user: { ...serializeUser(account, ctx.rt.urls), permissions: flags(permission) },
    },
  }
}

function flags(permission: string) {
  const rank = { none: 0, read: 1, write: 2, admin: 3 }[permission] ?? 0
  return { admin: rank >= 3, maintain: rank >= 3, push: rank >= 2, triage: rank >= 2, pull: rank >= 1 }
}

export const repoRoutes: RouteMap = {
  'GET /repos/{owner}/{repo}': (ctx) => {
    const repo = repoFor(ctx)
    const write = ctx.identity.permissions === null || ctx.identity.permissions.contents === 'write'
    return { body: { ...serializeRepo(repo, ctx.rt.urls), permissions: flags(write ? 'write' : 'read') } }
  },
  'GET /orgs/{org}/repos': listOrgRepos,
  'GET /orgs/{org}': getOrg,
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': collaboratorPermission,
  'GET /repos/{owner}/{repo}/topics': (ctx) => ({ body: { names: repoFor(ctx).topics } }),
}
