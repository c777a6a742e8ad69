/**
 * How the cost of a cold full refresh grows, small end: 100 repositories. A second run on the same 100
 * repositories with three times the issues and ADRs shows that requests follow repositories, not data.
 */
import { emptyRow, type Scenario } from '../result.js'
import { orgSize, perHundred, refreshFresh } from '../shared-org.js'

const scenario: Scenario = {
  id: 'refresh-100',
  async run({ quick }) {
    const repos = quick ? 20 : 100
    const { session, m, notes } = await refreshFresh(orgSize(repos))
    const dense = await refreshFresh({ repos, issuesPerRepo: 87, adrsPerRepo: 15 })
    return {
      row: {
        ...emptyRow('refresh-100'),
        requests: m.requests,
        points: m.points,
        writes: m.writes,
        wallMs: m.wallMs,
        rssMb: m.peakRssMb,
      },
      workload: session.workload,
      notes: [
        perHundred(m, repos),
        `same ${repos} repositories with 3× the issues and 3× the ADRs (${dense.session.workload}): ${dense.m.requests} requests, ${dense.m.graphqlQueries} GraphQL queries, ${dense.m.points} points, ${(dense.m.wallMs / 1000).toFixed(1)} s, peak RSS ${dense.m.peakRssMb} MB`,
        ...notes,
      ],
    }
  },
}

export default scenario
