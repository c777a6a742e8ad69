/**
 * The GitHub simulator's public surface: start it, seed it, point Octokit, Probot or the Action at it,
 * and check afterwards that nothing asked for what GitHub would not answer. See `sim/README.md`.
 */
export { startSimulator, createAppJwt } from './start-simulator.js'
export type { SimulatorOptions, IssueTokenOptions } from './simulator-options.js'
export { Simulator } from './simulator.js'
export { expectNoViolations, type Violation } from './violations.js'
export { generateAppKeyPair, verifyAppJwt, type AppKeyPair } from './auth/jwt.js'
export { SimState, DEFAULT_APP } from './state/sim-state.js'
export { SimClock, DEFAULT_NOW, formatTimestamp } from './state/clock.js'
export { decodeNodeId, nodeId } from './state/ids.js'
export type * from './state/records.js'
export type { StateChange } from './state/state-core.js'
export type { CreateRepoInput } from './state/repos-api.js'
export type { CommitInput } from './state/files-api.js'
export type { CreateIssueInput, IssuePatch } from './state/issues-api.js'
export type { CreatePullInput, HistoricPullInput } from './state/pulls-api.js'
export type { CreateCommentInput } from './state/comments-api.js'
export type { CreateInstallationInput } from './state/installations-api.js'
export type { CreateLabelInput } from './state/labels-api.js'
export { SimCounters, type CountersSnapshot } from './counters.js'
export { GITHUB_LIMITS, type SimLimits } from './runtime.js'
export type { FaultOptions, ScheduledFault } from './faults/fault-injector.js'
export type { RateLimitOptions } from './limits/rate-limiter.js'
export {
  GITHUB_SECONDARY_LIMITS,
  SECONDARY_MESSAGE,
  type SecondaryLimitOptions,
} from './limits/secondary-limiter.js'
export {
  DEFAULT_CALIBRATION,
  measureWork,
  RESOURCE_LIMITS_MESSAGE,
  TIMEOUT_MESSAGE,
  type GraphqlWorkOptions,
} from './limits/graphql-work.js'
export type { WebhookOptions, Delivery } from './webhooks/webhook-dispatcher.js'
export { generateOrg, countStats, type GenerateOrgOptions } from './generator/generate-org.js'
export { demoOrg } from './generator/demo-org.js'
export { seedState, type SeedResult } from './generator/seed-state.js'
export type * from './generator/types.js'
export { renderAdr, type AdrSpec, type AdrStyle } from './generator/render-adr.js'
export { RouteTable, type RouteInfo } from './router/route-table.js'
export { REST_HANDLERS } from './rest/handlers.js'
export { githubSchema } from './graphql/schema.js'
