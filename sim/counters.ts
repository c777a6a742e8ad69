/** Request and cost counters, readable by tests and `bench/` (`sim.counters`). */
export class SimCounters {
  requests = 0
  /** By `METHOD /template` (`POST /graphql` for GraphQL). */
  byRoute: Record<string, number> = {}
  byStatus: Record<number, number> = {}
  /** REST writes (POST, PUT, PATCH, DELETE except token creation) and GraphQL mutations. */
  writes = 0
  graphqlQueries = 0
  graphqlPoints = 0
  graphqlNodes = 0
  rateLimited = 0
  secondaryLimited = 0
  faults = { errors: 0, secondary: 0, hangs: 0 }
  /** GraphQL queries cut off for their work, and answered with partial data. */
  graphqlTimeouts = 0
  graphqlPartial = 0
  /** The most simulated work (ms) one GraphQL answer took, while time-outs by work are on. */
  graphqlWorkMaxMs = 0
  webhooks = { delivered: 0, failed: 0 }
  violations = 0

  count(routeKey: string): void {
    this.requests++
    this.byRoute[routeKey] = (this.byRoute[routeKey] ?? 0) + 1
  }

  status(code: number): void {
    this.byStatus[code] = (this.byStatus[code] ?? 0) + 1
  }

  /** A plain copy, safe to keep while the simulator goes on counting. */
  snapshot() {
    return structuredClone({
      requests: this.requests,
      byRoute: this.byRoute,
      byStatus: this.byStatus,
      writes: this.writes,
      graphqlQueries: this.graphqlQueries,
      graphqlPoints: this.graphqlPoints,
      graphqlNodes: this.graphqlNodes,
      rateLimited: this.rateLimited,
      secondaryLimited: this.secondaryLimited,
      faults: this.faults,
      graphqlTimeouts: this.graphqlTimeouts,
      graphqlPartial: this.graphqlPartial,
      graphqlWorkMaxMs: this.graphqlWorkMaxMs,
      webhooks: this.webhooks,
      violations: this.violations,
    })
  }

  reset(): void {
    Object.assign(this, new SimCounters())
  }
}

export type CountersSnapshot = ReturnType<SimCounters['snapshot']>
