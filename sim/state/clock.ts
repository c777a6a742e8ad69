/** The date every simulator starts at unless told otherwise: a fixed instant keeps output deterministic. */
export const DEFAULT_NOW = '2026-11-16T09:00:00Z'

/**
 * The simulator's clock for data timestamps (`created_at`, `closed_at`, commit dates). It only moves
 * when told to, or by `step` on each write, so two runs produce identical timestamps. Auth and rate
 * limits use real time instead, because clients compare them with their own clock.
 */
export class SimClock {
  private ms: number

  constructor(
    start: string | Date = DEFAULT_NOW,
    /** Milliseconds added by `tick()`, called once per write so writes get increasing timestamps. */
    public step = 1000,
  ) {
    this.ms = toMs(start)
  }

  /** Current time as GitHub writes it: `2026-11-16T09:00:00Z`. */
  now(): string {
    return formatTimestamp(this.ms)
  }

  /** Current time in milliseconds since the epoch. */
  nowMs(): number {
    return this.ms
  }

  set(time: string | Date): void {
    this.ms = toMs(time)
  }

  advance(ms: number): void {
    this.ms += ms
  }

  /** Advances by `step` and returns the new time. */
  tick(): string {
    this.ms += this.step
    return this.now()
  }
}

/** ISO 8601 without milliseconds, as GitHub's REST API writes timestamps. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function toMs(time: string | Date): number {
  const ms = typeof time === 'string' ? Date.parse(time) : time.getTime()
  if (Number.isNaN(ms)) throw new Error(`[sim] Invalid clock time "${String(time)}": use an ISO date.`)
  return ms
}
