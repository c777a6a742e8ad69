/**
 * How the cost of a cold full refresh grows, large end: 10,000 repositories (about 200,000 migration
 * issues and 50,000 ADRs). No target: the row shows growth against refresh-100 and refresh-1000.
 */
import { emptyRow, type Scenario } from '../result.js'
import { orgSize, perHundred, refreshFresh } from '../shared-org.js'

const scenario: Scenario = {
  id: 'refresh-10000',
  async run({ quick }) {
    const repos = quick ? 200 : 10_000
    const { session, m, notes } = await refreshFresh(orgSize(repos))
    return {
      row: {
        ...emptyRow('refresh-10000'),
        requests: m.requests,
        points: m.points,
        writes: m.writes,
        wallMs: m.wallMs,
        rssMb: m.peakRssMb,
      },
      workload: session.workload,
      notes: [perHundred(m, repos), ...notes],
    }
  },
}

export default scenario
