/** Something a real GitHub would answer differently, or that the simulator cannot answer faithfully. */
export interface Violation {
  kind:
    'unknown-route' | 'unimplemented-route' | 'invalid-graphql' | 'unimplemented-field' | 'unsupported-search'
  /** `METHOD path` of the request. */
  request: string
  message: string
}

/**
 * Throws one error listing every violation the simulator recorded: requests to routes GitHub does not
 * have, routes or GraphQL fields the simulator does not implement, and invalid GraphQL queries.
 *
 * @example
 * afterEach(() => expectNoViolations(sim))
 */
export function expectNoViolations(sim: { violations: readonly Violation[] }): void {
  if (sim.violations.length === 0) return
  const lines = sim.violations.map((v) => `- [${v.kind}] ${v.request}: ${v.message}`)
  throw new Error(`The GitHub simulator recorded ${sim.violations.length} violation(s):\n${lines.join('\n')}`)
}
