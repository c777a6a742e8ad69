/**
 * A full refresh of the warm 1,000-repository installation with nothing changed since the last one
 * (the `installation` event delivered again, as a scheduled or requested refresh would run). Target: 0 writes.
 */
import { emptyRow, type Scenario } from '../result.js'
import { measure } from '../org-session.js'
import { coldRefresh, largeOrg, refreshNotes } from '../shared-org.js'

const scenario: Scenario = {
  id: 'refresh-unchanged',
  async run(context) {
    const session = await largeOrg(context)
    await coldRefresh(session)
    const installed = session.sim.webhooks.deliveries.find((d) => d.event === 'installation')
    if (!installed) throw new Error('[bench] No installation event was delivered.')
    const m = await measure(session, () =>
      session.sim.deliver('installation', structuredClone(installed.payload)),
    )
    return {
      row: {
        ...emptyRow('refresh-unchanged'),
        requests: m.requests,
        points: m.points,
        writes: m.writes,
        wallMs: m.wallMs,
        target: '0 writes',
        met: m.writes === 0,
      },
      workload: `${session.workload}; second full refresh, nothing changed`,
      notes: refreshNotes(session, m),
    }
  },
}

export default scenario
