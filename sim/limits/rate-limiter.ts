import type { Identity } from '../auth/identity.js'

export type RateResource = 'core' | 'search' | 'graphql'

/** Budgets per window; omitted values take GitHub's defaults for each kind of token. */
export interface RateLimitOptions {
  /** REST requests per window (GitHub: 5,000/h for apps and users, 1,000/h for `GITHUB_TOKEN`, 60 anonymous). */
  core?: number
  /** Search requests per minute (GitHub: 30, 10 anonymous). */
  search?: number
  /** GraphQL points per window (GitHub: 5,000/h, 1,000 for `GITHUB_TOKEN`). */
  graphql?: number
  /** Length of the core and GraphQL window in ms (default one hour). Search always uses one minute. */
  windowMs?: number
}

export interface RateState {
  resource: RateResource
  limit: number
  remaining: number
  used: number
  /** Epoch seconds when the window resets. */
  reset: number
}

const DEFAULTS: Record<Identity['kind'], Record<RateResource, number>> = {
  installation: { core: 5000, search: 30, graphql: 5000 },
  user: { core: 5000, search: 30, graphql: 5000 },
  actions: { core: 1000, search: 30, graphql: 1000 },
  app: { core: 5000, search: 30, graphql: 5000 },
  anonymous: { core: 60, search: 10, graphql: 0 },
}

interface Bucket {
  start: number
  used: number
  windowMs: number
}

/** Primary rate limits: fixed windows per identity and resource, in real time (clients compare resets with their clock). */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()

  constructor(private options: RateLimitOptions = {}) {}

  configure(options: RateLimitOptions): void {
    this.options = { ...this.options, ...options }
  }

  limitFor(identity: Identity, resource: RateResource): number {
    const configured = identity.kind === 'anonymous' ? undefined : this.options[resource]
    return configured ?? DEFAULTS[identity.kind][resource]
  }

  /** The bucket's state without spending anything. */
  peek(identity: Identity, resource: RateResource): RateState {
    return this.state(identity, resource, this.bucket(identity, resource))
  }

  /**
   * Spends `cost` when the budget allows it and reports the state after; `ok` is false (and nothing
   * is spent) when the budget is exhausted.
   */
  take(identity: Identity, resource: RateResource, cost = 1): RateState & { ok: boolean } {
    const bucket = this.bucket(identity, resource)
    const limit = this.limitFor(identity, resource)
    const ok = bucket.used + cost <= limit
    if (ok) bucket.used += cost
    return { ...this.state(identity, resource, bucket), ok }
  }

  reset(): void {
    this.buckets.clear()
  }

  private bucket(identity: Identity, resource: RateResource): Bucket {
    const key = `${identity.rateKey}:${resource}`
    const windowMs = resource === 'search' ? 60_000 : (this.options.windowMs ?? 3_600_000)
    const now = Date.now()
    let bucket = this.buckets.get(key)
    if (!bucket || now >= bucket.start + bucket.windowMs) {
      bucket = { start: now, used: 0, windowMs }
      this.buckets.set(key, bucket)
    }
    return bucket
  }

  private state(identity: Identity, resource: RateResource, bucket: Bucket): RateState {
    const limit = this.limitFor(identity, resource)
    return {
      resource,
      limit,
      used: bucket.used,
      remaining: Math.max(0, limit - bucket.used),
      reset: Math.ceil((bucket.start + bucket.windowMs) / 1000),
    }
  }
}

/** The `x-ratelimit-*` headers GitHub sends on every answer. */
export function rateHeaders(state: RateState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(state.limit),
    'x-ratelimit-remaining': String(state.remaining),
    'x-ratelimit-used': String(state.used),
    'x-ratelimit-reset': String(state.reset),
    'x-ratelimit-resource': state.resource,
  }
}
