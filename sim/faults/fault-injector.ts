import { createPrng, type Prng } from '../prng.js'

export type FaultKind = 'error' | 'secondary' | 'hang'

/** Random faults, drawn from a seeded generator so a run can be repeated. */
export interface FaultOptions {
  /** Seed of the fault generator (default `'faults'`). */
  seed?: string | number
  /** Share of requests answered 500/502/503 (0–1). */
  errorRate?: number
  /** Statuses to pick from for `errorRate` (default 500, 502, 503). */
  errorStatuses?: number[]
  /** Share of requests answered with a secondary rate limit (403 + `retry-after`). */
  secondaryRate?: number
  /** Share of requests that hang until the socket is closed after `hangMs`. */
  hangRate?: number
  /** How long a hung request is held before its socket is closed (default 10,000 ms). */
  hangMs?: number
  /** Seconds sent in `retry-after` with an injected secondary limit (default 60, as GitHub often says). */
  retryAfterSeconds?: number
  /** Only requests to these routes (`GET /repos/{owner}/{repo}/issues`, `POST /graphql`) get random faults. */
  routes?: string[]
}

/** A fault scheduled for the next matching requests. */
export interface ScheduledFault {
  /** Route key (`METHOD /template`) or a predicate; every route when omitted. */
  route?: string | ((routeKey: string) => boolean)
  /** A status (500, 502, 503, 404, …), `'secondary'` or `'hang'`. */
  fault: number | 'secondary' | 'hang'
  /** How many requests it applies to (default 1). */
  times?: number
}

export interface FaultDecision {
  kind: FaultKind
  status?: number
}

/** Decides per request whether to inject a fault: scheduled ones first, then random ones. */
export class FaultInjector {
  private prng: Prng
  private readonly scheduled: (ScheduledFault & { left: number })[] = []

  constructor(private options: FaultOptions = {}) {
    this.prng = createPrng(options.seed ?? 'faults')
  }

  /** Replaces the random-fault options (and restarts the generator when a seed is given). */
  configure(options: FaultOptions): void {
    this.options = options
    if (options.seed !== undefined) this.prng = createPrng(options.seed)
  }

  get hangMs(): number {
    return this.options.hangMs ?? 10_000
  }

  get retryAfterSeconds(): number {
    return this.options.retryAfterSeconds ?? 60
  }

  /** Schedules faults for the next matching requests. */
  inject(fault: ScheduledFault): void {
    this.scheduled.push({ ...fault, left: fault.times ?? 1 })
  }

  clear(): void {
    this.scheduled.length = 0
  }

  decide(routeKey: string): FaultDecision | null {
    const index = this.scheduled.findIndex((s) => matches(s.route, routeKey))
    if (index >= 0) {
      const scheduled = this.scheduled[index] as ScheduledFault & { left: number }
      if (--scheduled.left <= 0) this.scheduled.splice(index, 1)
      const f = scheduled.fault
      return f === 'secondary' || f === 'hang' ? { kind: f } : { kind: 'error', status: f }
    }
    const o = this.options
    if (o.routes && !o.routes.includes(routeKey)) return null
    if (!o.errorRate && !o.secondaryRate && !o.hangRate) return null
    const draw = this.prng.next()
    const error = o.errorRate ?? 0
    const secondary = error + (o.secondaryRate ?? 0)
    if (draw < error) return { kind: 'error', status: this.prng.pick(o.errorStatuses ?? [500, 502, 503]) }
    if (draw < secondary) return { kind: 'secondary' }
    if (draw < secondary + (o.hangRate ?? 0)) return { kind: 'hang' }
    return null
  }
}

function matches(route: ScheduledFault['route'], key: string): boolean {
  if (route === undefined) return true
  return typeof route === 'string' ? route === key : route(key)
}
