/** Requests by route between two simulator counter snapshots, and how the report prints them. */
import type { CountersSnapshot } from '../sim/index.js'

/** Requests per `METHOD /route` made between `before` and `after`, by route name. */
export function routeDelta(before: CountersSnapshot, after: CountersSnapshot): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after.byRoute)
      .map(([route, n]) => [route, n - (before.byRoute[route] ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

/** `` `GET /x` 3, `POST /graphql` 12 `` for the notes. */
export function formatRoutes(byRoute: Record<string, number>): string {
  return Object.entries(byRoute)
    .map(([route, n]) => `\`${route}\` ${n}`)
    .join(', ')
}
