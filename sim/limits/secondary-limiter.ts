import { createPrng, type Prng } from '../prng.js'
import { HttpError } from '../router/http-error.js'

/**
 * Secondary limits, off unless configured; `GITHUB_SECONDARY_LIMITS` has GitHub's documented ones
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits).
 * Windows are rolling and per identity; `windowMs` shrinks the minute (and the hour, 60 windows) so
 * tests reach them in milliseconds.
 */
export interface SecondaryLimitOptions {
  /** Requests in flight at once per identity (GitHub: 100, REST and GraphQL together). */
  concurrent?: number
  /** Plain requests per window, whatever their points. */
  requestsPerMinute?: number
  /** REST points per window: GET, HEAD and OPTIONS cost 1, other methods 5 (GitHub: 900). */
  restPointsPerMinute?: number
  /** GraphQL points per window: a query costs 1, a mutation 5 (GitHub: 2,000). */
  graphqlPointsPerMinute?: number
  /** Content-creating requests (REST writes, GraphQL mutations) per window (GitHub: 80). */
  writesPerMinute?: number
  /** Content-creating requests per 60 windows (GitHub: 500 an hour). */
  writesPerHour?: number
  /** Length of the "minute" (default 60,000 ms). */
  windowMs?: number
  /** Seconds to wait, when fixed; by default the time until the window lets the request in. */
  retryAfterSeconds?: number
  /** 403 (default), 429, or a seeded mix: GitHub uses both. */
  status?: 403 | 429 | 'mixed'
  /** How the wait is told: `retry-after` (default), `x-ratelimit-reset`, or a seeded mix. */
  header?: 'retry-after' | 'x-ratelimit-reset' | 'mixed'
  /** GraphQL: an HTTP error like REST (default), HTTP 200 with a `RATE_LIMITED` error, or a seeded mix. */
  graphqlForm?: 'http' | 'ok-200' | 'mixed'
  /** Seed of the mixes (default `'secondary'`). */
  seed?: string | number
}

/** GitHub's documented secondary limits, answered in all of its shapes. */
export const GITHUB_SECONDARY_LIMITS: SecondaryLimitOptions = {
  concurrent: 100,
  restPointsPerMinute: 900,
  graphqlPointsPerMinute: 2_000,
  writesPerMinute: 80,
  writesPerHour: 500,
  status: 'mixed',
  header: 'mixed',
  graphqlForm: 'mixed',
}

export const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.'

/** The answer GitHub gives when a secondary rate limit is hit (also used by injected faults). */
export function secondaryLimitError(
  options: { retryAfterSeconds?: number; status?: number; header?: 'retry-after' | 'x-ratelimit-reset' } = {},
): HttpError {
  const wait = options.retryAfterSeconds ?? 60
  const headers: Record<string, string> =
    options.header === 'x-ratelimit-reset'
      ? { 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000 + wait)) }
      : { 'retry-after': String(wait) }
  return new HttpError(options.status ?? 403, SECONDARY_MESSAGE, {}, headers)
}

/**
 * A GraphQL secondary limit in its HTTP-200 form: a `RATE_LIMITED` error, with both `retry-after` and
 * `x-ratelimit-reset` (Octokit's throttling plugin reads a `RATE_LIMITED` answer's wait from the latter).
 */
export class GraphqlSecondaryLimit extends Error {
  readonly headers: Record<string, string>

  constructor(waitSeconds: number) {
    super(SECONDARY_MESSAGE)
    this.headers = {
      'retry-after': String(waitSeconds),
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000 + waitSeconds)),
    }
  }

  body(): Record<string, unknown> {
    return { data: null, errors: [{ type: 'RATE_LIMITED', message: SECONDARY_MESSAGE }] }
  }
}

export interface SecondaryRequest {
  graphql: boolean
  method: string
  /** A REST write or a GraphQL mutation: content-creating. */
  write: boolean
}

interface Spent {
  at: number
  rest: number
  graphql: number
  write: number
}

/** Tracks in-flight requests and rolling windows per identity. */
export class SecondaryLimiter {
  private readonly inFlight = new Map<string, number>()
  private readonly recent = new Map<string, Spent[]>()
  private prng: Prng

  constructor(private options: SecondaryLimitOptions | undefined) {
    this.prng = createPrng(options?.seed ?? 'secondary')
  }

  configure(options: SecondaryLimitOptions | undefined): void {
    this.options = options
    if (options?.seed !== undefined) this.prng = createPrng(options.seed)
  }

  /**
   * Admits a request or throws the secondary-limit answer (an `HttpError`, or a
   * `GraphqlSecondaryLimit` for the HTTP-200 form). Call the returned function when it finishes.
   */
  enter(key: string, request: SecondaryRequest): () => void {
    const o = this.options
    if (!o) return () => undefined
    const now = Date.now()
    const windowMs = o.windowMs ?? 60_000
    const all = (this.recent.get(key) ?? []).filter((s) => s.at > now - 60 * windowMs)
    this.recent.set(key, all)
    const spent: Spent = {
      at: now,
      rest: request.graphql ? 0 : ['GET', 'HEAD', 'OPTIONS'].includes(request.method) ? 1 : 5,
      graphql: request.graphql ? (request.write ? 5 : 1) : 0,
      write: request.write ? 1 : 0,
    }
    const wait = this.waitMs(key, all, spent, now, windowMs)
    if (wait !== null) throw this.answer(request, wait)
    all.push(spent)
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1)
    return () => this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1)
  }

  reset(): void {
    this.inFlight.clear()
    this.recent.clear()
  }

  /** Null when the request may run; else how long until it could (ms). */
  private waitMs(key: string, all: Spent[], next: Spent, now: number, windowMs: number): number | null {
    const o = this.options ?? {}
    if (o.concurrent !== undefined && (this.inFlight.get(key) ?? 0) >= o.concurrent) return 1_000
    const minute = all.filter((s) => s.at > now - windowMs)
    const checks: [number | undefined, keyof Spent | 'requests', Spent[], number][] = [
      [o.requestsPerMinute, 'requests', minute, windowMs],
      [o.restPointsPerMinute, 'rest', minute, windowMs],
      [o.graphqlPointsPerMinute, 'graphql', minute, windowMs],
      [o.writesPerMinute, 'write', minute, windowMs],
      [o.writesPerHour, 'write', all, 60 * windowMs],
    ]
    let wait: number | null = null
    for (const [limit, field, window, length] of checks) {
      if (limit === undefined) continue
      const cost = (s: Spent) => (field === 'requests' ? 1 : (s[field] as number))
      if (cost(next) === 0) continue
      let used = window.reduce((sum, s) => sum + cost(s), 0)
      if (used + cost(next) <= limit) continue
      // Wait until enough of the oldest spending leaves the window.
      let until = now
      for (const s of window) {
        used -= cost(s)
        until = s.at + length
        if (used + cost(next) <= limit) break
      }
      wait = Math.max(wait ?? 0, until - now)
    }
    return wait
  }

  private answer(request: SecondaryRequest, waitMs: number): HttpError | GraphqlSecondaryLimit {
    const o = this.options ?? {}
    const seconds = o.retryAfterSeconds ?? Math.max(1, Math.ceil(waitMs / 1000))
    const pick = <T>(choice: T | 'mixed' | undefined, options: T[], fallback: T): T =>
      choice === 'mixed' ? this.prng.pick(options) : (choice ?? fallback)
    const header = pick(o.header, ['retry-after', 'x-ratelimit-reset'] as const, 'retry-after')
    const error = secondaryLimitError({
      retryAfterSeconds: seconds,
      status: pick(o.status, [403, 429] as const, 403),
      header,
    })
    if (request.graphql && pick(o.graphqlForm, ['http', 'ok-200'] as const, 'http') === 'ok-200')
      return new GraphqlSecondaryLimit(seconds)
    return error
  }
}
