import { Octokit } from '@octokit/rest'
import type { Simulator } from '../index.js'

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }

/** An `@octokit/rest` client pointed at the simulator, without request logging. */
export function octokitFor(sim: Simulator, auth: string, baseUrl = sim.apiUrl): Octokit {
  return new Octokit({ baseUrl, auth, log: quiet })
}

/** A raw request to the simulator (for headers and error bodies Octokit hides). */
export async function call(
  sim: Simulator,
  path: string,
  init: { method?: string; token?: string; body?: unknown; accept?: string } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(sim.baseUrl + path, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `token ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.accept ? { accept: init.accept } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // raw media types stay text
  }
  return { status: response.status, headers: response.headers, body }
}

/** The value at a dotted path (`data.repository.issues.nodes.0.number`) of a JSON answer. */
export function pick(value: unknown, path: string): unknown {
  let current = value
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
