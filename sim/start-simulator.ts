import { createPrivateKey, createPublicKey } from 'node:crypto'
import { createAppJwt, generateAppKeyPair } from './auth/jwt.js'
import { TokenStore } from './auth/token-store.js'
import { SimCounters } from './counters.js'
import { FaultInjector } from './faults/fault-injector.js'
import { demoOrg } from './generator/demo-org.js'
import { generateOrg } from './generator/generate-org.js'
import { seedState, type SeedResult } from './generator/seed-state.js'
import type { GeneratedOrg } from './generator/types.js'
import { GraphqlWork } from './limits/graphql-work.js'
import { RateLimiter } from './limits/rate-limiter.js'
import { SecondaryLimiter } from './limits/secondary-limiter.js'
import { createHandlers } from './rest/handlers.js'
import { RouteTable } from './router/route-table.js'
import { GITHUB_LIMITS, type SimRuntime } from './runtime.js'
import { startHttpServer } from './server/http-server.js'
import type { IssueTokenOptions, SimulatorOptions } from './simulator-options.js'
import { Simulator } from './simulator.js'
import { DEFAULT_APP, SimState } from './state/sim-state.js'
import { WebhookDispatcher } from './webhooks/webhook-dispatcher.js'

let routeTable: RouteTable | undefined

/** The app's key pair: given, derived from a given private key, or generated (once per process). */
function appKeys(options: SimulatorOptions): { privateKey: string | null; publicKey: string } {
  if (options.privateKey) {
    const publicKey = createPublicKey(createPrivateKey(options.privateKey))
      .export({ type: 'spki', format: 'pem' })
      .toString()
    return { privateKey: options.privateKey, publicKey }
  }
  if (options.publicKey) return { privateKey: null, publicKey: options.publicKey }
  return generateAppKeyPair()
}

function seed(
  state: SimState,
  options: SimulatorOptions,
): { org: GeneratedOrg | null; seeded: SeedResult | null } {
  if (!options.seed) return { org: null, seeded: null }
  const org =
    options.seed === 'demo' ? demoOrg(options.now) : generateOrg({ now: options.now, ...options.seed })
  return { org, seeded: seedState(state, org, { install: options.install }) }
}

/**
 * Starts a simulated GitHub on 127.0.0.1: REST (checked against GitHub's OpenAPI description),
 * GraphQL (GitHub's schema), app auth, limits, faults and signed webhooks.
 *
 * @example
 * const sim = await startSimulator({ seed: 'demo' })
 * const octokit = new Octokit({ baseUrl: sim.apiUrl, auth: sim.issueToken() })
 * await sim.stop()
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const keys = appKeys(options)
  const state = new SimState({
    now: options.now,
    app: {
      id: options.appId ?? DEFAULT_APP.id,
      slug: options.appSlug ?? DEFAULT_APP.slug,
      name: options.appName ?? DEFAULT_APP.name,
      permissions: options.appPermissions ?? DEFAULT_APP.permissions,
      events: options.appEvents ?? DEFAULT_APP.events,
    },
  })
  const { secondary, ...primary } = options.rateLimit ?? {}
  const counters = new SimCounters()
  const violations: SimRuntime['violations'] = []
  routeTable ??= RouteTable.load()
  const rt: SimRuntime = {
    state,
    urls: { api: '', html: options.htmlUrl ?? 'https://github.com' },
    routes: routeTable,
    tokens: new TokenStore(options.tokenSeed ?? 'tokens'),
    appPublicKey: createPublicKey(keys.publicKey),
    rateLimiter: new RateLimiter(primary),
    secondary: new SecondaryLimiter(secondary),
    graphqlWork: new GraphqlWork(options.graphql),
    faults: new FaultInjector(options.faults),
    counters,
    violations,
    limits: { ...GITHUB_LIMITS, ...options.limits },
    latencyMs: options.latencyMs ?? 0,
    recordViolation: (violation) => {
      violations.push(violation)
      counters.violations++
    },
  }
  const server = await startHttpServer(rt, createHandlers(routeTable), options.port)
  rt.urls.api = `http://127.0.0.1:${server.port}`
  const webhooks = new WebhookDispatcher(state, rt.urls, counters, options.webhook)
  rt.webhooks = webhooks
  const { org, seeded } = seed(state, options)
  return new Simulator({ rt, server, webhooks, org, seeded, keys })
}

export type { IssueTokenOptions, SimulatorOptions }
export { createAppJwt }
