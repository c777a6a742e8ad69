/**
 * GitHub's GraphQL time-outs and resource limits, off unless configured
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api):
 *
 * - **Time-outs by work.** A query that runs longer than 10 s is cut off with a 502 or 504, and still
 *   costs its primary points. The simulator answers at once but charges each query simulated time
 *   for what it touched: `baseMs` + `msPerNode` per object in the answer + `msPerKb` per 1,000
 *   characters of text in it (blob texts, bodies). The default calibration (50 ms + 0.5 ms a node +
 *   2 ms a KB) puts the app's 100-repository batch of the benchmark organisation (about 7,700 nodes
 *   and 680,000 characters of ADR texts, titles and labels) near 5.3 s: under the limit, as on GitHub
 *   on a good day. Twice that (`msPerNode: 1, msPerKb: 4`, "a slow day", the `refresh-1000-hostile`
 *   benchmark) cuts such batches off at ~10.5 s while 50 repositories still pass.
 * - **Partial results.** A seeded share of queries that ask for several top-level fields (aliases)
 *   hit resource limits: some of those fields come back `null`, each with a
 *   `RESOURCE_LIMITS_EXCEEDED` error naming its path, next to the others' data (HTTP 200).
 */
import { createPrng, type Prng } from '../prng.js'

export interface GraphqlWorkOptions {
  /** Cut queries off past `timeoutMs` of simulated work. */
  timeouts?: boolean
  /** Simulated work a query may take (default 10,000 ms, GitHub's limit). */
  timeoutMs?: number
  baseMs?: number
  msPerNode?: number
  msPerKb?: number
  /** Share of multi-field queries answered with partial data plus errors (0–1). */
  partialRate?: number
  /** Seed of the partial answers and of 502-or-504 (default `'graphql-work'`). */
  seed?: string | number
}

export const DEFAULT_CALIBRATION = { baseMs: 50, msPerNode: 0.5, msPerKb: 2, timeoutMs: 10_000 }

export const TIMEOUT_MESSAGE =
  'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `SIM:0000` when reporting this issue.'

export const RESOURCE_LIMITS_MESSAGE = 'Resource limits for this query exceeded.'

/** What a query's answer touched. */
export interface Work {
  nodes: number
  chars: number
  ms: number
}

/** Counts the objects and text characters of an answer. */
export function measureWork(data: unknown, options: GraphqlWorkOptions = {}): Work {
  let nodes = 0
  let chars = 0
  const walk = (value: unknown): void => {
    if (typeof value === 'string') chars += value.length
    else if (Array.isArray(value)) for (const item of value) walk(item)
    else if (value && typeof value === 'object') {
      nodes++
      for (const item of Object.values(value)) walk(item)
    }
  }
  walk(data)
  const c = { ...DEFAULT_CALIBRATION, ...options }
  return { nodes, chars, ms: Math.round(c.baseMs + c.msPerNode * nodes + (c.msPerKb * chars) / 1000) }
}

export class GraphqlWork {
  private prng: Prng

  constructor(private options: GraphqlWorkOptions = {}) {
    this.prng = createPrng(options.seed ?? 'graphql-work')
  }

  configure(options: GraphqlWorkOptions): void {
    this.options = options
    if (options.seed !== undefined) this.prng = createPrng(options.seed)
  }

  /**
   * The status of a time-out (502 or 504, seeded) when the answer's work exceeds the limit; else null.
   * `seen` gets the work of every answer measured (only while time-outs are on).
   */
  timeout(data: unknown, seen?: (work: Work) => void): { status: number; work: Work } | null {
    if (!this.options.timeouts) return null
    const work = measureWork(data, this.options)
    seen?.(work)
    if (work.ms <= (this.options.timeoutMs ?? DEFAULT_CALIBRATION.timeoutMs)) return null
    return { status: this.prng.pick([502, 504]), work }
  }

  /**
   * Drops a seeded part of the top-level fields of a multi-field answer (at least one), returning the
   * errors to add; null when the query is answered in full.
   */
  partial(data: Record<string, unknown>): { type: string; message: string; path: string[] }[] | null {
    const rate = this.options.partialRate ?? 0
    const fields = Object.keys(data).filter((key) => key !== 'rateLimit' && data[key] !== null)
    if (rate <= 0 || fields.length < 2 || !this.prng.chance(rate)) return null
    let dropped = fields.filter(() => this.prng.chance(0.5))
    if (dropped.length === 0) dropped = [this.prng.pick(fields)]
    return dropped.map((field) => {
      data[field] = null
      return { type: 'RESOURCE_LIMITS_EXCEEDED', message: RESOURCE_LIMITS_MESSAGE, path: [field] }
    })
  }
}
