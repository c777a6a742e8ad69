/**
 * Custom property values of an organisation's repositories, as GitHub serves them
 * (docs.github.com/rest/orgs/custom-properties): `GET /orgs/{org}/properties/values` lists every
 * repository the caller can see with its values (`per_page` up to 100, `Link` header), and
 * `PATCH /orgs/{org}/properties/values` sets values for up to 30 repositories at once (204). An
 * installation needs the organisation permission "Custom properties" (`organization_custom_properties`):
 * read to list, write to set; without it GitHub answers 403. A user account is not an organisation: 404.
 * A change of a repository's values is delivered as `custom_property_values.updated`, with the new and
 * the old values, to installations subscribed to that event.
 */
import { canSee } from '../auth/permissions.js'
import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notAccessible, notFound, validationFailed } from '../router/http-error.js'
import type { RepoRecord } from '../state/records.js'
import { actorLogin } from './issues.js'
import { paginate } from './paginate.js'

type PropertyValue = string | string[] | null

/** Values per repository id, per simulator state (the state holds the repositories themselves). */
const valuesByState = new WeakMap<object, Map<number, Map<string, PropertyValue>>>()

function valuesOf(ctx: RequestContext): Map<number, Map<string, PropertyValue>> {
  let values = valuesByState.get(ctx.rt.state)
  if (!values) {
    values = new Map()
    valuesByState.set(ctx.rt.state, values)
  }
  return values
}

const RANK = { read: 1, write: 2, admin: 3 } as const

/** The organisation, once the caller may use its custom properties at `level`. */
function orgFor(ctx: RequestContext, level: 'read' | 'write'): string {
  const org = ctx.rt.state.core.accounts.get((ctx.params.org ?? '').toLowerCase())
  if (!org || org.type !== 'Organization') throw notFound()
  const { identity } = ctx
  if (identity.kind === 'app') throw new HttpError(401, 'A JSON web token can only call /app endpoints')
  if (identity.kind === 'anonymous') throw new HttpError(401, 'Requires authentication')
  const granted = identity.permissions?.organization_custom_properties
  if (identity.permissions !== null && (granted === undefined || RANK[granted] < RANK[level]))
    throw notAccessible()
  return org.login
}

function listValues(ctx: RequestContext) {
  const org = orgFor(ctx, 'read')
  const values = valuesOf(ctx)
  const repos = ctx.rt.state.repos
    .list(org)
    .filter((repo) => canSee(ctx.identity, repo, ctx.rt.state.installations))
    .sort((a, b) => a.id - b.id)
  const page = paginate(ctx, repos)
  return { headers: page.headers, body: page.items.map((repo) => serialize(repo, values.get(repo.id))) }
}

function serialize(repo: RepoRecord, values: Map<string, PropertyValue> | undefined) {
  return {
    repository_id: repo.id,
    repository_name: repo.name,
    repository_full_name: `${repo.owner.login}/${repo.name}`,
    properties: [...(values ?? [])].map(([property_name, value]) => ({ property_name, value })),
  }
}

function setValues(ctx: RequestContext) {
  const org = orgFor(ctx, 'write')
  const names = ctx.body.repository_names
  const properties = ctx.body.properties
  if (
    !Array.isArray(names) ||
    names.length < 1 ||
    names.length > 30 ||
    !names.every((n) => typeof n === 'string')
  )
    throw validationFailed('CustomPropertyValues', 'repository_names', 'must list 1 to 30 repository names')
  if (!Array.isArray(properties)) throw validationFailed('CustomPropertyValues', 'properties', 'is required')
  const repos = names.map((name: string) => {
    const repo = ctx.rt.state.core.findRepo(org, name)
    if (!repo) throw notFound()
    return repo
  })
  const entries = properties as { property_name?: unknown; value?: unknown }[]
  if (entries.some((entry) => typeof entry.property_name !== 'string'))
    throw validationFailed('CustomPropertyValues', 'property_name', 'is required')
  const values = valuesOf(ctx)
  const sender = ctx.rt.state.core.actor(actorLogin(ctx.identity))
  for (const repo of repos) {
    const own = values.get(repo.id) ?? new Map<string, PropertyValue>()
    const before = listed(own)
    for (const entry of entries) {
      const value = entry.value as PropertyValue
      if (value === null) own.delete(entry.property_name as string)
      else own.set(entry.property_name as string, value)
    }
    values.set(repo.id, own)
    const after = listed(own)
    if (JSON.stringify(after) !== JSON.stringify(before))
      ctx.rt.state.core.emit({
        event: 'custom_property_values',
        action: 'updated',
        sender,
        repo,
        extra: { new_property_values: after, old_property_values: before },
      })
  }
  return { status: 204 }
}

function listed(values: Map<string, PropertyValue>) {
  return [...values]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([property_name, value]) => ({ property_name, value }))
}

export const customPropertyRoutes: RouteMap = {
  'GET /orgs/{org}/properties/values': listValues,
  'PATCH /orgs/{org}/properties/values': setValues,
}
