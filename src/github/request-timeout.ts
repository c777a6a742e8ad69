import type { GatewayOctokit } from './octokit-types.js'

const wrapped = new WeakSet<object>()

type Fetch = typeof globalThis.fetch

/**
 * Gives every attempt of every request at most `ms` (Probot's Octokit has no timeout: one hung
 * request would otherwise hold an installation's refresh forever). It swaps in a `fetch` that adds a
 * fresh `AbortSignal.timeout` per call, so each retry gets its own timer; a timed-out attempt fails
 * like a 500, which the retry plugin retries and the snapshot reader records per repository.
 *
 * Octokit binds every `hook.wrap` to the same options object and drops options passed to the next
 * hook, so the change is made on that object in place. Wrapping the same client twice does nothing.
 */
export function addRequestTimeout(octokit: GatewayOctokit, ms: number): GatewayOctokit {
  if (wrapped.has(octokit)) return octokit
  wrapped.add(octokit)
  octokit.hook.wrap('request', async (request, options) => {
    const base: Fetch = (options.request?.fetch as Fetch | undefined) ?? globalThis.fetch
    const timed: Fetch = (input, init) => base(input, { ...init, signal: AbortSignal.timeout(ms) })
    options.request = { ...options.request, fetch: timed }
    return request(options)
  })
  return octokit
}
