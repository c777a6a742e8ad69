import type { Identity } from '../auth/identity.js'
import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notFound } from '../router/http-error.js'
import type { InstallationRecord, PermissionLevel } from '../state/records.js'
import { formatTimestamp } from '../state/clock.js'
import { paginate } from './paginate.js'
import { serializeApp, serializeInstallation } from './serialize/installation.js'
import { serializeRepo } from './serialize/repo.js'

const RANK: Record<string, number> = { read: 1, write: 2, admin: 3 }

/** App routes that only an app JWT may call (GitHub: "A JSON web token could not be decoded"). */
function requireJwt(identity: Identity): void {
  if (identity.kind !== 'app') throw new HttpError(401, 'A JSON web token could not be decoded')
}

function installationById(ctx: RequestContext): InstallationRecord {
  requireJwt(ctx.identity)
  const installation = ctx.rt.state.installations.get(Number(ctx.params.installation_id))
  if (!installation) throw notFound()
  return installation
}

function getApp(ctx: RequestContext) {
  const { kind } = ctx.identity
  if (kind === 'app' || kind === 'installation') return { body: serializeApp(ctx.rt.state.app, ctx.rt.urls) }
  if (kind === 'actions') {
    const actions = { ...ctx.rt.state.app, id: 15368, slug: 'github-actions', name: 'GitHub Actions' }
    return { body: serializeApp(actions, ctx.rt.urls) }
  }
  throw new HttpError(401, 'A JSON web token could not be decoded')
}

/** Narrows an installation token to the requested repositories and permissions, as GitHub allows. */
function createToken(ctx: RequestContext) {
  const installation = installationById(ctx)
  const state = ctx.rt.state
  const reachable = state.installations.repositoriesOf(installation)
  const names = ctx.body.repositories as string[] | undefined
  const ids = ctx.body.repository_ids as number[] | undefined
  let repos = reachable
  if (names || ids) {
    repos = reachable.filter((r) => names?.includes(r.name) || ids?.includes(r.id))
    if (repos.length !== (names?.length ?? 0) + (ids?.length ?? 0)) {
      throw new HttpError(
        422,
        'There is at least one repository that does not exist or is not accessible to the parent installation.',
      )
    }
  }
  const requested = ctx.body.permissions as Record<string, PermissionLevel> | undefined
  for (const [name, level] of Object.entries(requested ?? {})) {
    if ((RANK[installation.permissions[name] ?? ''] ?? 0) < (RANK[level] ?? 9)) {
      throw new HttpError(422, 'The permissions requested are not granted to this installation.')
    }
  }
  const permissions = requested ?? installation.permissions
  const expiresAt = Date.now() + 3_600_000
  const record = ctx.rt.tokens.issue({
    kind: 'installation',
    account: state.app.bot,
    installationId: installation.id,
    permissions,
    repositoryIds: names || ids ? new Set(repos.map((r) => r.id)) : null,
    expiresAt,
  })
  const selected = names || ids || installation.repositorySelection === 'selected'
  return {
    status: 201,
    body: {
      token: record.token,
      expires_at: formatTimestamp(expiresAt),
      permissions,
      repository_selection: selected ? 'selected' : 'all',
      ...(selected ? { repositories: repos.map((r) => serializeRepo(r, ctx.rt.urls)) } : {}),
    },
  }
}

function installationOf(ctx: RequestContext, found: InstallationRecord | undefined) {
  requireJwt(ctx.identity)
  if (!found) throw notFound()
  return { body: serializeInstallation(found, ctx.rt.state.app, ctx.rt.urls) }
}

function installationRepositories(ctx: RequestContext) {
  const { identity, rt } = ctx
  if (identity.kind !== 'installation' || !identity.installation) {
    throw new HttpError(
      403,
      'You must authenticate with an installation access token in order to list repositories for an installation.',
    )
  }
  const all = rt.state.installations.repositoriesOf(identity.installation)
  const repos = identity.repositoryIds ? all.filter((r) => identity.repositoryIds?.has(r.id)) : all
  const page = paginate(ctx, repos)
  return {
    headers: page.headers,
    body: {
      total_count: repos.length,
      repository_selection: identity.installation.repositorySelection,
      repositories: page.items.map((r) => serializeRepo(r, rt.urls)),
    },
  }
}

export const appRoutes: RouteMap = {
  'GET /app': getApp,
  'GET /app/installations': (ctx) => {
    requireJwt(ctx.identity)
    const page = paginate(ctx, [...ctx.rt.state.core.installations.values()])
    const body = page.items.map((i) => serializeInstallation(i, ctx.rt.state.app, ctx.rt.urls))
    return { body, headers: page.headers }
  },
  'GET /app/installations/{installation_id}': (ctx) => ({
    body: serializeInstallation(installationById(ctx), ctx.rt.state.app, ctx.rt.urls),
  }),
  'POST /app/installations/{installation_id}/access_tokens': createToken,
  'GET /repos/{owner}/{repo}/installation': (ctx) => {
    const repo = ctx.rt.state.core.findRepo(ctx.params.owner ?? '', ctx.params.repo ?? '')
    return installationOf(ctx, repo && ctx.rt.state.installations.forRepo(repo))
  },
  'GET /orgs/{org}/installation': (ctx) =>
    installationOf(ctx, ctx.rt.state.installations.forAccount(ctx.params.org ?? '')),
  'GET /users/{username}/installation': (ctx) =>
    installationOf(ctx, ctx.rt.state.installations.forAccount(ctx.params.username ?? '')),
  'GET /installation/repositories': installationRepositories,
  'DELETE /installation/token': (ctx) => {
    const token = /^(?:token|bearer)\s+(\S+)/i.exec(String(ctx.headers.authorization ?? ''))?.[1]
    if (token) ctx.rt.tokens.revoke(token)
    return { status: 204 }
  },
}
