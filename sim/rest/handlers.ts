import type { Handler, RouteMap } from '../router/context.js'
import type { RouteTable } from '../router/route-table.js'
import { appRoutes } from './app.js'
import { commentRoutes } from './comments.js'
import { compareRoutes } from './compare.js'
import { contentRoutes } from './contents.js'
import { customPropertyRoutes } from './custom-properties.js'
import { gitRoutes } from './git.js'
import { hookDeliveryRoutes } from './hook-deliveries.js'
import { issueRoutes } from './issues.js'
import { labelRoutes } from './labels.js'
import { pullRoutes } from './pulls.js'
import { pullWriteRoutes } from './pull-writes.js'
import { repoRoutes } from './repos.js'
import { scenarioWriteRoutes } from './scenario-writes.js'
import { searchRoutes } from './search.js'
import { userRoutes } from './users.js'

/** Every REST route the simulator implements, keyed by `METHOD /template`. */
export const REST_HANDLERS: RouteMap = {
  ...appRoutes,
  ...hookDeliveryRoutes,
  ...userRoutes,
  ...repoRoutes,
  ...contentRoutes,
  ...gitRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...commentRoutes,
  ...pullRoutes,
  ...compareRoutes,
  ...searchRoutes,
  ...scenarioWriteRoutes,
  ...pullWriteRoutes,
  ...customPropertyRoutes,
}

/**
 * The handlers, after checking each is an operation of GitHub's description, so the simulator can
 * never answer a route GitHub does not have.
 */
export function createHandlers(table: RouteTable): Map<string, Handler> {
  const missing = Object.keys(REST_HANDLERS).filter((key) => !table.has(key))
  if (missing.length > 0) {
    throw new Error(
      `[sim] Handlers for routes GitHub's OpenAPI description does not have: ${missing.join(', ')}`,
    )
  }
  return new Map(Object.entries(REST_HANDLERS))
}
