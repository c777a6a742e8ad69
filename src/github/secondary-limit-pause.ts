/**
 * Pauses for as long as GitHub says when it answers with a secondary rate limit, then sends the same
 * request again — instead of failing it, or splitting a GraphQL batch into more requests, which would
 * only hit the limit harder. GitHub's rules
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit):
 * wait `retry-after` seconds when it is there; else until `x-ratelimit-reset`; else at least a minute.
 *
 * Octokit's throttling plugin already paces requests and retries primary limits, but Probot configures
 * it not to retry secondary limits (its `onSecondaryRateLimit` only logs), and the app cannot change
 * how Probot builds its clients; so this hook does that one thing, around whatever the client has.
 */
import type { Logger } from '../core/logger.js'
import type { GatewayOctokit } from './octokit-types.js'

export interface SecondaryLimitPauseOptions {
  logger: Logger
  /** Pauses per request before the limit is reported as an error (default 3). */
  maxPauses?: number
  /** A longer wait is not made: the request fails instead (default 5 minutes). */
  maxWaitMs?: number
  /** Waits `ms` (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>
}

const SECONDARY = /secondary rate limit/i
const paused = new WeakSet<object>()

interface Answer {
  status?: number
  message?: string
  headers?: Record<string, string | number | undefined>
  data?: { message?: string; errors?: { type?: string; message?: string }[] } | null
}

/** How long GitHub asks to wait (ms), or null when `answer` is not a secondary limit. */
export function secondaryLimitWait(answer: Answer, now = Date.now()): number | null {
  const errors = Array.isArray(answer.data?.errors) ? answer.data.errors : []
  const graphql = errors.some((e) => e?.type === 'RATE_LIMITED' && SECONDARY.test(e.message ?? ''))
  const rest =
    (answer.status === 403 || answer.status === 429) &&
    (SECONDARY.test(answer.message ?? '') || SECONDARY.test(answer.data?.message ?? ''))
  if (!graphql && !rest) return null
  const retryAfter = Number(answer.headers?.['retry-after'])
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1000
  const reset = Number(answer.headers?.['x-ratelimit-reset'])
  if (Number.isFinite(reset) && reset > 0) return Math.max(1000, reset * 1000 - now + 1000)
  return 60_000
}

/** Adds the pause to a client (once; a second call does nothing). */
export function addSecondaryLimitPause(
  octokit: GatewayOctokit,
  options: SecondaryLimitPauseOptions,
): GatewayOctokit {
  if (paused.has(octokit)) return octokit
  paused.add(octokit)
  const maxPauses = options.maxPauses ?? 3
  const maxWaitMs = options.maxWaitMs ?? 300_000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let pauses = 0; ; pauses++) {
      let wait: number | null
      try {
        const response = await request(requestOptions)
        wait = secondaryLimitWait(response as Answer)
        if (wait === null || pauses >= maxPauses || wait > maxWaitMs) return response
      } catch (error) {
        const e = error as { status?: number; message?: string; response?: Answer }
        wait = secondaryLimitWait({
          ...e.response,
          status: e.status ?? e.response?.status,
          message: e.message,
        })
        if (wait === null || pauses >= maxPauses || wait > maxWaitMs) throw error
      }
      const what = `${requestOptions.method} ${String(requestOptions.url)}`
      options.logger.warn(
        `GitHub answered ${what} with a secondary rate limit; pausing ${Math.ceil(wait / 1000)} s as it asks, then sending it again.`,
      )
      await sleep(wait)
    }
  })
  return octokit
}
