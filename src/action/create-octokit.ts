import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Logger } from '../core/logger.js'
import type { GatewayOctokit } from '../github/octokit-types.js'

/** A request that hangs is aborted after this long and retried like a 5xx. */
const REQUEST_TIMEOUT_MS = 30_000

/**
 * The Action's Octokit: `@actions/github` (proxy support, `GITHUB_API_URL`) plus retry and throttling,
 * which Probot has built in and `getOctokit` has not. Rate limits are retried twice when the wait is at
 * most a minute: a CI step should rather fail with a clear line than sit out an hour-long reset.
 */
export function createActionOctokit(p: { token: string; baseUrl?: string; logger: Logger }): GatewayOctokit {
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
  const octokit = getOctokit(
    p.token,
    {
      ...(p.baseUrl ? { baseUrl: p.baseUrl } : {}),
      retry: { retries: 3 },
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
  addRequestTimeout(octokit, REQUEST_TIMEOUT_MS)
  return octokit as unknown as GatewayOctokit
}

/**
 * Aborts each attempt after `ms`. Added after the plugins, this hook is the innermost, so every retry
 * gets a fresh timer; the abort becomes a 504-like error the retry plugin retries.
 */
function addRequestTimeout(octokit: ReturnType<typeof getOctokit>, ms: number): void {
  octokit.hook.wrap('request', async (request, options) => {
    try {
      return await request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(ms) } })
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'AbortError') throw error
      throw Object.assign(new Error(`no answer within ${ms / 1000} s`), {
        status: 504,
        request: { ...options },
      })
    }
  })
}
