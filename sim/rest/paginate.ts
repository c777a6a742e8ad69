import type { RequestContext } from '../router/context.js'

/** `per_page` (default 30, at most 100 as on GitHub) and `page` (from 1) of a list request. */
export function pageParams(ctx: RequestContext): { perPage: number; page: number } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page')) || 30))
  const page = Math.max(1, Math.floor(Number(ctx.query.get('page')) || 1))
  return { perPage, page }
}

/** A `Link` header with `prev`, `next`, `last` and `first` relations, as GitHub sends for list routes. */
export function linkHeader(ctx: RequestContext, page: number, lastPage: number): string | undefined {
  const url = (p: number): string => {
    const query = new URLSearchParams(ctx.query)
    query.set('page', String(p))
    return `<${ctx.requestBase}${ctx.path}?${query.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${url(Math.min(page - 1, lastPage))}; rel="prev"`)
  if (page < lastPage) links.push(`${url(page + 1)}; rel="next"`, `${url(lastPage)}; rel="last"`)
  if (page > 1) links.push(`${url(1)}; rel="first"`)
  return links.length > 0 ? links.join(', ') : undefined
}

/**
 * One page of `items` and its `Link` header. `total` caps what can be paged through (e.g. 3,000
 * files of a pull request, 1,000 search results).
 */
export function paginate<T>(ctx: RequestContext, items: T[], cap = Infinity) {
  const { perPage, page } = pageParams(ctx)
  const reachable = Math.min(items.length, cap)
  const lastPage = Math.max(1, Math.ceil(reachable / perPage))
  const start = (page - 1) * perPage
  const slice = start < reachable ? items.slice(start, Math.min(start + perPage, reachable)) : []
  const link = linkHeader(ctx, page, lastPage)
  return { items: slice, headers: link ? { link } : ({} as Record<string, string>) }
}
