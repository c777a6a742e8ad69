import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notAccessible, notFound } from '../router/http-error.js'
import type { RateResource } from '../limits/rate-limiter.js'
import { serializeFullUser } from './serialize/user.js'

function getAuthenticatedUser(ctx: RequestContext) {
  const { identity } = ctx
  if (identity.kind === 'user' && identity.account)
    return { body: serializeFullUser(identity.account, ctx.rt.urls) }
  if (identity.kind === 'installation' || identity.kind === 'actions') throw notAccessible()
  if (identity.kind === 'app')
    throw new HttpError(401, 'A JSON web token can only call /app endpoints; use an installation token')
  throw new HttpError(401, 'Requires authentication')
}

/** `GET /rate_limit` (free of charge, as on GitHub). */
function getRateLimit(ctx: RequestContext) {
  const resources = Object.fromEntries(
    (['core', 'search', 'graphql'] as RateResource[]).map((resource) => {
      const s = ctx.rt.rateLimiter.peek(ctx.identity, resource)
      return [resource, { limit: s.limit, used: s.used, remaining: s.remaining, reset: s.reset }]
    }),
  )
  return { body: { resources, rate: resources.core } }
}

export const userRoutes: RouteMap = {
  'GET /user': getAuthenticatedUser,
  'GET /users/{username}': (ctx) => {
    const account = ctx.rt.state.core.accounts.get((ctx.params.username ?? '').toLowerCase())
    if (!account) throw notFound()
    return { body: serializeFullUser(account, ctx.rt.urls) }
  },
  'GET /rate_limit': getRateLimit,
}
