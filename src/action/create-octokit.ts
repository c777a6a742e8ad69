import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '../core/logger.js'
import type { GatewayOctokit } from '../github/octokit-types.js'

/** An attempt that gets no answer is aborted after this long and retried like a 5xx. */
const REQUEST_TIMEOUT_MS = 30_000

type Fetch = (url: string, init: RequestInit) => Promise<Response>

/**
 * The Action's Octokit: `@actions/github` (proxy support, `GITHUB_API_URL`) plus retry and throttling,
 * which Probot has built in and `getOctokit` has not. Rate limits are retried twice when the wait is at
 * most a minute: a CI step should rather fail with a clear line than sit out an hour-long reset.
 */
export function createActionOctokit(p: {
  token: string
  baseUrl?: string
  logger: Logger
  /** Per-attempt limit in ms (default 30 s). */
  requestTimeoutMs?: number
  /** Unit of the retry back-off (1, 4, 9 × this) in ms (default 1,000; tests lower it). */
  retryBaseMs?: number
}): GatewayOctokit {
  const { logger } = p
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const retrying = retryCount < 2 && retryAfter <= 60
      logger.warn(
        `GitHub's ${kind} rate limit was hit by ${options.method ?? ''} ${options.url ?? ''}; ` +
          (retrying ? `retrying in ${retryAfter} s.` : 'giving up.'),
      )
      return retrying
    }
  const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch) as Fetch
  const octokit = getOctokit(
    p.token,
    {
      ...(p.baseUrl ? { baseUrl: p.baseUrl } : {}),
      // Octokit merges these options shallowly: keep @actions/github's proxy agent and fetch.
      request: {
        ...defaults.request,
        fetch: withTimeout(proxyFetch, p.requestTimeoutMs ?? REQUEST_TIMEOUT_MS),
      },
      retry: { retries: 3, retryAfterBaseValue: p.retryBaseMs ?? 1000 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => logger.warn(m),
        error: (m: string) => logger.debug(m),
      },
    },
    retry,
    throttling,
  )
  return octokit as unknown as GatewayOctokit
}

/**
 * Gives every attempt its own deadline: fetch is called once per attempt, so retries start fresh.
 * Octokit turns the timeout into a status-500 error, which the retry plugin retries.
 */
function withTimeout(fetch: Fetch, ms: number): Fetch {
  return (url, init) => {
    const timeout = AbortSignal.timeout(ms)
    return fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout })
  }
}
