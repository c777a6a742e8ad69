/**
 * The 1,000-repository cold refresh against a GitHub that behaves as documented on a bad day: GraphQL
 * time-outs by work (calibrated so that a 100-repository batch is cut off), 10 % of multi-field
 * queries answered partly, GitHub's secondary limits in all their shapes, and 5 % of requests answered
 * 500/502/503. Target: the board equals the calm refresh's (`converged`), in ≤ 2× its requests.
 */
import { GITHUB_SECONDARY_LIMITS } from '../../sim/index.js'
import { install, measure, openOrgSession, trackingBody, type Measured } from '../org-session.js'
import { count, emptyRow, type Scenario } from '../result.js'
import { formatRoutes } from '../route-counts.js'
import { orgSize } from '../shared-org.js'

/** Twice the simulator's default work per node and per KB: ~10.5 s for 100 repositories, ~5 s for 50. */
export const SLOW_DAY = { timeouts: true, msPerNode: 1, msPerKb: 4, partialRate: 0.1, seed: 'hostile' }

async function coldRefresh(repos: number, hostile: boolean) {
  const session = await openOrgSession(orgSize(repos))
  try {
    if (hostile) {
      session.sim.configureGraphql(SLOW_DAY)
      session.sim.setRateLimit({ secondary: { ...GITHUB_SECONDARY_LIMITS, seed: 'hostile' } })
      session.sim.configureFaults({ seed: 'hostile', errorRate: 0.05 })
    }
    const m = await measure(session, install(session))
    const counters = session.sim.counters.snapshot()
    return { m, body: trackingBody(session.sim), counters, workload: session.workload }
  } finally {
    await session.close()
  }
}

function describe(m: Measured): string {
  return `${m.requests} requests (${m.graphqlQueries} GraphQL queries), ${count(m.points)} points, ${(m.wallMs / 1000).toFixed(1)} s`
}

const scenario: Scenario = {
  id: 'refresh-1000-hostile',
  async run(context) {
    const repos = context.quick ? 100 : 1000
    const calm = await coldRefresh(repos, false)
    const hostile = await coldRefresh(repos, true)
    const converged = hostile.body !== null && hostile.body === calm.body
    const limit = 2 * calm.m.requests
    const c = hostile.counters
    return {
      row: {
        ...emptyRow('refresh-1000-hostile'),
        requests: hostile.m.requests,
        points: hostile.m.points,
        writes: hostile.m.writes,
        wallMs: hostile.m.wallMs,
        rssMb: hostile.m.peakRssMb,
        target: `the calm board (converged), ≤ 2× the calm refresh's requests (${limit})`,
        met: converged && hostile.m.requests <= limit,
        converged,
      },
      workload: hostile.workload,
      notes: [
        `calm cold refresh of the same organisation: ${describe(calm.m)}`,
        `hostile cold refresh: ${describe(hostile.m)}; requests by route: ${formatRoutes(hostile.m.byRoute)}`,
        `what GitHub did: ${c.graphqlTimeouts} GraphQL time-outs (largest answer ${(c.graphqlWorkMaxMs / 1000).toFixed(1)} s of simulated work), ${c.graphqlPartial} partial answers, ${c.faults.errors} injected 5xx, ${c.secondaryLimited} secondary limits`,
        `converged: ${converged} (the hostile board ${converged ? 'equals' : 'differs from'} the calm one)`,
        ...hostile.m.log.slice(0, 5).map((line) => `app log: ${line.trim().slice(0, 300)}`),
      ],
    }
  },
}

export default scenario
