import { describe, expect, it } from 'vitest'
import { truthBody } from '../reliability/helpers/leaderboard-truth.js'
import { appPerTest, startAppOnSim, trackingIssues } from './start-app-on-sim.js'

const TODAY = '2026-11-16'
const ORG = { seed: 'app-hostile', repos: 20, issuesPerRepo: 6, adrsPerRepo: 2, mergedPullsPerRepo: 2 }

const startApp = appPerTest()

describe('the app on a GitHub that times out and answers partly', () => {
  it('writes the same board as on a calm GitHub, splitting only what failed', async () => {
    // Calm first, to calibrate: the largest answer of the installation's first refresh.
    const calm = await startAppOnSim({ sim: { seed: ORG, install: false }, today: TODAY })
    calm.sim.configureGraphql({ timeouts: true, baseMs: 0, msPerKb: 0, msPerNode: 1, timeoutMs: 1e12 })
    calm.sim.state.installations.create({ account: 'acme' })
    await calm.settle()
    const calmBody = trackingIssues(calm.sim, 'acme/.github')[0]?.body
    const largest = calm.sim.counters.graphqlWorkMaxMs
    const calmQueries = calm.sim.counters.graphqlQueries
    await calm.stop()

    const t = await startApp({ sim: { seed: ORG, install: false }, today: TODAY })
    t.sim.configureGraphql({
      timeouts: true,
      baseMs: 0,
      msPerKb: 0,
      msPerNode: 1,
      timeoutMs: Math.round(largest * 0.75),
      partialRate: 0.3,
      seed: 2,
    })
    t.sim.state.installations.create({ account: 'acme' })
    await t.settle()
    const issues = trackingIssues(t.sim, 'acme/.github')
    expect(issues).toHaveLength(1)
    expect(issues[0]?.body).toBe(calmBody)
    expect(issues[0]?.body).toBe(truthBody(t.sim, TODAY))
    expect(t.sim.counters.graphqlTimeouts).toBeGreaterThanOrEqual(1)
    expect(t.sim.counters.graphqlQueries).toBeLessThanOrEqual(calmQueries + 6)
  })
})
