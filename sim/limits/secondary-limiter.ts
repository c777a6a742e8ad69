import { HttpError } from '../router/http-error.js'

/** Secondary (abuse) limits, off unless configured. GitHub's documented ones are far higher. */
export interface SecondaryLimitOptions {
  /** Requests in flight at once per identity (GitHub: 100). */
  concurrent?: number
  /** Requests per rolling minute per identity (GitHub: about 900 points). */
  requestsPerMinute?: number
  /** Writes (POST, PATCH, PUT, DELETE, GraphQL mutations) per rolling minute (GitHub: 80). */
  writesPerMinute?: number
  /** Seconds sent in `retry-after` (default 60). */
  retryAfterSeconds?: number
  /** 403 (default) or 429; GitHub uses both. */
  status?: 403 | 429
}

export const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.'

/** The answer GitHub gives when a secondary rate limit is hit (also used by injected faults). */
export function secondaryLimitError(options: SecondaryLimitOptions = {}): HttpError {
  const retryAfter = String(options.retryAfterSeconds ?? 60)
  return new HttpError(options.status ?? 403, SECONDARY_MESSAGE, {}, { 'retry-after': retryAfter })
}

/** Tracks in-flight requests and rolling minute windows per identity. */
export class SecondaryLimiter {
  private readonly inFlight = new Map<string, number>()
  private readonly recent = new Map<string, { requests: number[]; writes: number[] }>()

  constructor(private options: SecondaryLimitOptions | undefined) {}

  configure(options: SecondaryLimitOptions | undefined): void {
    this.options = options
  }

  /**
   * Admits a request or throws the secondary-limit error. Call the returned function when the
   * request finishes.
   */
  enter(key: string, write: boolean): () => void {
    const options = this.options
    if (!options) return () => undefined
    const now = Date.now()
    const windows = this.recent.get(key) ?? { requests: [], writes: [] }
    this.recent.set(key, windows)
    windows.requests = windows.requests.filter((t) => t > now - 60_000)
    windows.writes = windows.writes.filter((t) => t > now - 60_000)
    const current = this.inFlight.get(key) ?? 0
    const over =
      (options.concurrent !== undefined && current >= options.concurrent) ||
      (options.requestsPerMinute !== undefined && windows.requests.length >= options.requestsPerMinute) ||
      (write && options.writesPerMinute !== undefined && windows.writes.length >= options.writesPerMinute)
    if (over) throw secondaryLimitError(options)
    windows.requests.push(now)
    if (write) windows.writes.push(now)
    this.inFlight.set(key, current + 1)
    return () => this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1)
  }

  reset(): void {
    this.inFlight.clear()
    this.recent.clear()
  }
}
