import { createAppJwt } from './auth/jwt.js'
import type { SimCounters } from './counters.js'
import type { FaultInjector, FaultOptions } from './faults/fault-injector.js'
import type { SeedResult } from './generator/seed-state.js'
import type { GeneratedOrg } from './generator/types.js'
import type { GraphqlWorkOptions } from './limits/graphql-work.js'
import type { RateLimitOptions } from './limits/rate-limiter.js'
import type { SecondaryLimitOptions } from './limits/secondary-limiter.js'
import type { SimRuntime } from './runtime.js'
import type { RunningServer } from './server/http-server.js'
import type { IssueTokenOptions } from './simulator-options.js'
import type { PermissionLevel } from './state/records.js'
import type { SimState } from './state/sim-state.js'
import type { Violation } from './violations.js'
import type { Delivery, WebhookDispatcher, WebhookOptions } from './webhooks/webhook-dispatcher.js'

/** What a workflow's `GITHUB_TOKEN` may do by default ("permissive" setting). */
const ACTIONS_PERMISSIONS: Record<string, PermissionLevel> = {
  actions: 'write',
  checks: 'write',
  contents: 'write',
  issues: 'write',
  metadata: 'read',
  pull_requests: 'write',
  statuses: 'write',
}

interface Parts {
  rt: SimRuntime
  server: RunningServer
  webhooks: WebhookDispatcher
  org: GeneratedOrg | null
  seeded: SeedResult | null
  keys: { privateKey: string | null; publicKey: string }
}

/** A running simulator. Create it with `startSimulator()`; always `await sim.stop()`. */
export class Simulator {
  /** `http://127.0.0.1:PORT`: Octokit's `baseUrl`, the Action's `GITHUB_API_URL`. */
  readonly baseUrl: string
  /** Same as `baseUrl` (GitHub.com layout: REST at the root). */
  readonly apiUrl: string
  /** `${baseUrl}/graphql`: the Action's `GITHUB_GRAPHQL_URL`. */
  readonly graphqlUrl: string
  /** `${baseUrl}/api/v3`: what Probot uses with `GHE_HOST=127.0.0.1:PORT` and `GHE_PROTOCOL=http`. */
  readonly gheBaseUrl: string
  readonly port: number
  readonly state: SimState
  readonly counters: SimCounters
  /** Unknown routes, unimplemented routes and fields, invalid GraphQL: check with `expectNoViolations(sim)`. */
  readonly violations: Violation[]
  readonly faults: FaultInjector
  readonly webhooks: WebhookDispatcher
  /** The generated organisation (plain data), when seeded. */
  readonly org: GeneratedOrg | null
  /** The seeded installation and open pull requests by key, when seeded. */
  readonly seeded: SeedResult | null
  readonly app: { id: number; slug: string; clientId: string; privateKey: string | null; publicKey: string }

  constructor(private readonly parts: Parts) {
    const { rt, server } = parts
    this.port = server.port
    this.baseUrl = `http://127.0.0.1:${server.port}`
    this.apiUrl = this.baseUrl
    this.graphqlUrl = `${this.baseUrl}/graphql`
    this.gheBaseUrl = `${this.baseUrl}/api/v3`
    this.state = rt.state
    this.counters = rt.counters
    this.violations = rt.violations
    this.faults = rt.faults
    this.webhooks = parts.webhooks
    this.org = parts.org
    this.seeded = parts.seeded
    const app = rt.state.app
    this.app = { id: app.id, slug: app.slug, clientId: app.clientId, ...parts.keys }
  }

  /** A fresh app JWT (RS256, 10 minutes), as Octokit's app auth would make. */
  createAppJwt(): string {
    if (!this.app.privateKey)
      throw new Error('[sim] The simulator was given only a public key; it cannot sign JWTs.')
    return createAppJwt(this.app.id, this.app.privateKey)
  }

  /**
   * A plain token: by default an Actions `GITHUB_TOKEN` acting as `github-actions[bot]`, scoped to one
   * repository as on GitHub (`repository`; default the demo pull requests' repository, else the first
   * repository a request names); `readOnly` makes the token of a fork's pull request; a login without
   * `[bot]` makes a user token (`GET /user` works, writes are authored by that user).
   */
  issueToken(options: IssueTokenOptions = {}): string {
    const state = this.state
    const login = options.login ?? 'github-actions[bot]'
    const isBot = login.endsWith('[bot]')
    let permissions = options.permissions ?? (isBot ? ACTIONS_PERMISSIONS : null)
    if (options.readOnly) {
      permissions = Object.fromEntries(
        Object.keys(permissions ?? ACTIONS_PERMISSIONS).map((k) => [k, 'read' as const]),
      )
    }
    const named = options.repositories ?? (isBot ? this.jobRepository(options.repository) : undefined)
    const repositoryIds = named
      ? new Set(named.map((r) => state.repos.get(r).id))
      : isBot
        ? new Set<number>()
        : null
    return this.parts.rt.tokens.issue({
      kind: isBot ? 'actions' : 'user',
      account: state.account(login, isBot ? 'Bot' : 'User'),
      permissions,
      repositoryIds,
      ...(isBot && !named ? { bindOnFirstUse: true } : {}),
      expiresAt: Date.now() + 24 * 3_600_000,
    }).token
  }

  /** The repository a job token belongs to, when known before its first request. */
  private jobRepository(given: string | undefined): string[] | undefined {
    const repo = given ?? this.seeded?.pulls.clean?.repo
    return repo ? [repo] : undefined
  }

  /** An installation token without the JWT round trip (default: the seeded installation). */
  installationToken(installationId = this.seeded?.installation?.id, repositories?: string[]): string {
    const installation =
      installationId === undefined ? undefined : this.state.installations.get(installationId)
    if (!installation)
      throw new Error(
        '[sim] No installation: seed the simulator or create one with state.installations.create().',
      )
    return this.parts.rt.tokens.issue({
      kind: 'installation',
      account: this.state.app.bot,
      installationId: installation.id,
      permissions: installation.permissions,
      repositoryIds: repositories ? new Set(repositories.map((r) => this.state.repos.get(r).id)) : null,
      expiresAt: Date.now() + 3_600_000,
    }).token
  }

  /** Sends one signed webhook now; a missing `installation` is taken from `repository.full_name`. */
  deliver(event: string, payload: Record<string, unknown>): Promise<Delivery> {
    return this.webhooks.deliver(event, payload)
  }

  setLatency(ms: number): void {
    this.parts.rt.latencyMs = ms
  }

  configureFaults(options: FaultOptions): void {
    this.faults.configure(options)
  }

  setRateLimit(options: RateLimitOptions & { secondary?: SecondaryLimitOptions }): void {
    const { secondary, ...primary } = options
    this.parts.rt.rateLimiter.configure(primary)
    if ('secondary' in options) this.parts.rt.secondary.configure(secondary)
  }

  /** GraphQL time-outs by work and partial results; `{}` turns them off. */
  configureGraphql(options: GraphqlWorkOptions): void {
    this.parts.rt.graphqlWork.configure(options)
  }

  /** Forgets spent rate-limit budgets (primary and secondary). */
  resetRateLimits(): void {
    this.parts.rt.rateLimiter.reset()
    this.parts.rt.secondary.reset()
  }

  configureWebhooks(options: WebhookOptions | undefined): void {
    this.webhooks.configure(options)
  }

  /** Empties the violation list (after a test that provokes violations on purpose). */
  clearViolations(): void {
    this.violations.length = 0
  }

  /** Waits for queued webhooks, then closes every connection and the server. */
  async stop(): Promise<void> {
    await Promise.race([this.webhooks.idle(), new Promise((resolve) => setTimeout(resolve, 2_000))])
    await this.parts.server.close()
  }
}
