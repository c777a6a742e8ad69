import type { KeyObject } from 'node:crypto'
import type { TokenStore } from './auth/token-store.js'
import type { SimCounters } from './counters.js'
import type { FaultInjector } from './faults/fault-injector.js'
import type { GraphqlWork } from './limits/graphql-work.js'
import type { RateLimiter } from './limits/rate-limiter.js'
import type { SecondaryLimiter } from './limits/secondary-limiter.js'
import type { Urls } from './rest/serialize/urls.js'
import type { RouteTable } from './router/route-table.js'
import type { SimState } from './state/sim-state.js'
import type { Violation } from './violations.js'
import type { WebhookDispatcher } from './webhooks/webhook-dispatcher.js'

/** GitHub's documented caps, lowered in tests to reach them cheaply. */
export interface SimLimits {
  /** Entries of a git tree before `truncated: true` (GitHub: 100,000). */
  treeEntries: number
  /** Files `GET /pulls/{n}/files` lists at most (GitHub: 3,000). */
  pullFiles: number
  /** Search results reachable per query (GitHub: 1,000). */
  searchResults: number
  /** Characters of an issue or comment body (GitHub: 65,536). */
  bodyChars: number
  /** Nodes one GraphQL query may request (GitHub: 500,000). */
  graphqlNodes: number
}

export const GITHUB_LIMITS: SimLimits = {
  treeEntries: 100_000,
  pullFiles: 3_000,
  searchResults: 1_000,
  bodyChars: 65_536,
  graphqlNodes: 500_000,
}

/** Everything request handling needs, shared by the REST routes, GraphQL and webhooks. */
export interface SimRuntime {
  state: SimState
  urls: Urls
  routes: RouteTable
  tokens: TokenStore
  appPublicKey: KeyObject
  rateLimiter: RateLimiter
  secondary: SecondaryLimiter
  /** GraphQL time-outs by work and partial results. */
  graphqlWork: GraphqlWork
  faults: FaultInjector
  counters: SimCounters
  violations: Violation[]
  limits: SimLimits
  /** Set once the server runs (the delivery API reads and redelivers through it). */
  webhooks?: WebhookDispatcher
  /** Delay added to every request, in ms (changeable while running). */
  latencyMs: number
  recordViolation(violation: Violation): void
}
