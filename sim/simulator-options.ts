import type { FaultOptions } from './faults/fault-injector.js'
import type { GraphqlWorkOptions } from './limits/graphql-work.js'
import type { GenerateOrgOptions } from './generator/generate-org.js'
import type { RateLimitOptions } from './limits/rate-limiter.js'
import type { SecondaryLimitOptions } from './limits/secondary-limiter.js'
import type { SimLimits } from './runtime.js'
import type { PermissionLevel } from './state/records.js'
import type { WebhookOptions } from './webhooks/webhook-dispatcher.js'

export interface SimulatorOptions {
  /** `'demo'` for the readable sample org `acme`, or generator options for a large one. Empty when omitted. */
  seed?: 'demo' | GenerateOrgOptions
  /** Install the app on the seeded org (default true). */
  install?: boolean
  /** Port on 127.0.0.1 (default: a free one). */
  port?: number
  /** Delay added to every request, in ms (default 0). */
  latencyMs?: number
  faults?: FaultOptions
  rateLimit?: RateLimitOptions & { secondary?: SecondaryLimitOptions }
  /** GraphQL time-outs by work and partial results (off by default). */
  graphql?: GraphqlWorkOptions
  /** Deliver webhooks for state changes to this URL, signed with this secret. */
  webhook?: WebhookOptions
  /** Lower GitHub's caps to reach them cheaply in tests. */
  limits?: Partial<SimLimits>
  /** The simulated GitHub App; a key pair is generated when none is given. */
  appId?: number
  appSlug?: string
  appName?: string
  appPermissions?: Record<string, PermissionLevel>
  appEvents?: string[]
  /** PEM private key (PKCS#1 or PKCS#8) of the app; its public key is derived. */
  privateKey?: string
  /** PEM public key, when only it is known. */
  publicKey?: string
  /** Start of the data clock (default 2026-11-16T09:00:00Z). */
  now?: string
  /** Web UI base of `html_url`s (default https://github.com). */
  htmlUrl?: string
  /** Seed of issued token strings (default `'tokens'`). */
  tokenSeed?: string
}

/** Options of `sim.issueToken()`: an Actions-style `GITHUB_TOKEN` by default. */
export interface IssueTokenOptions {
  /** Login the token acts as (default `github-actions[bot]`). A login without `[bot]` makes a user token. */
  login?: string
  /** Granted permissions (default: `GITHUB_TOKEN`'s write-all defaults for bots; everything for users). */
  permissions?: Record<string, PermissionLevel>
  /**
   * The workflow's repository (`owner/name`): a job token reads and writes only it (and reads public
   * repositories). Default: the demo pull requests' repository when seeded with `'demo'`, else the
   * first repository a request names. Ignored for user tokens.
   */
  repository?: string
  /** `owner/name`s the token may reach instead (default for user tokens: every repository). */
  repositories?: string[]
  /** Caps every permission at `read`, like the token of a pull request from a fork. */
  readOnly?: boolean
}
