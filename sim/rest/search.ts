import { canSee } from '../auth/permissions.js'
import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, validationFailed } from '../router/http-error.js'
import { searchIssues } from '../search/search-issues.js'
import { pageParams, paginate } from './paginate.js'
import { serializeIssue } from './serialize/issue.js'

/** `GET /search/issues`: at most 1,000 reachable results; 30 requests a minute (checked by the limiter). */
function searchIssuesRoute(ctx: RequestContext) {
  const { rt } = ctx
  const q = ctx.query.get('q')
  if (!q) throw validationFailed('Search', 'q', 'q is missing', 'missing')
  const { perPage, page } = pageParams(ctx)
  if ((page - 1) * perPage >= rt.limits.searchResults) {
    throw new HttpError(422, `Only the first ${rt.limits.searchResults} search results are available`)
  }
  const repos = [...rt.state.core.repos.values()].filter((r) =>
    canSee(ctx.identity, r, rt.state.installations),
  )
  const result = searchIssues(
    repos,
    q,
    ctx.query.get('sort') ?? undefined,
    ctx.query.get('order') ?? undefined,
  )
  for (const term of result.unsupported) {
    rt.recordViolation({
      kind: 'unsupported-search',
      request: `GET /search/issues?q=${q}`,
      message: `The simulator does not understand the search qualifier "${term}"; it was ignored.`,
    })
  }
  const paged = paginate(ctx, result.items, rt.limits.searchResults)
  return {
    headers: paged.headers,
    body: {
      total_count: result.items.length,
      incomplete_results: false,
      items: paged.items.map((i) => ({ ...serializeIssue(i, rt.urls), score: 1 })),
    },
  }
}

export const searchRoutes: RouteMap = {
  'GET /search/issues': searchIssuesRoute,
}
