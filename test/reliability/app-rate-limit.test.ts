import { describe, expect, it } from 'vitest'
import type { Simulator } from '../../sim/index.js'
import { addJobs, installApp, messages, stopApp, TODAY } from './helpers/app-scenario.js'
import { openTrackingIssue, truthBody } from './helpers/leaderboard-truth.js'
import { report } from './helpers/stress.js'

/** Spends an installation's REST requests and GraphQL points, as other work of the app would. */
async function spend(sim: Simulator, token: string, budget: { core: number; graphql: number }) {
  const headers = { authorization: `token ${token}`, 'content-type': 'application/json' }
  for (let i = 0; i < budget.core; i++)
    await (await fetch(`${sim.apiUrl}/repos/acme/.github`, { headers })).arrayBuffer()
  const body = JSON.stringify({ query: '{ viewer { login } }' })
  for (let i = 0; i < budget.graphql; i++)
    await (await fetch(sim.graphqlUrl, { method: 'POST', headers, body })).arrayBuffer()
}

describe('the primary rate limit (Probot throttling as deployed)', () => {
  it('nearly exhausted: waited out until its reset, then the refresh resumes, without hammering', async () => {
    const { c, installation } = await installApp({ octokit: 'production' })
    try {
      // A 2-second window, spent down to its last REST request and last GraphQL point by other work.
      c.sim.setRateLimit({ core: 30, graphql: 30, windowMs: 2000 })
      c.sim.resetRateLimits()
      await spend(c.sim, c.sim.installationToken(installation.id), { core: 29, graphql: 30 })
      const before = c.sim.counters.snapshot()
      addJobs(c.sim, 3, 'limited')
      await c.settle()
      const limited = c.sim.counters.rateLimited - before.rateLimited
      expect(openTrackingIssue(c.sim).body).toBe(truthBody(c.sim, TODAY))
      expect(limited).toBeGreaterThan(0)
      // Each limited answer is a request that found the budget empty: waiting for the reset means no
      // other request until then, so at most one per budget (REST, GraphQL).
      expect(limited).toBeLessThanOrEqual(2)
      expect(messages(c, 40).join('\n')).toContain('Request quota exhausted for request')
      report('app under a nearly exhausted rate limit', {
        requests: c.sim.counters.requests - before.requests,
        rateLimitedAnswers: limited,
      })
    } finally {
      await stopApp(c)
    }
  }, 60_000)

  it("exhausted for good: Probot's waits, then a recorded failure, never a query split into more", async () => {
    const { c } = await installApp({ octokit: 'production' })
    try {
      c.sim.setRateLimit({ graphql: 0, windowMs: 1000 })
      c.sim.resetRateLimits()
      const before = c.sim.counters.rateLimited
      addJobs(c.sim, 3, 'starved')
      await c.settle()
      const limited = c.sim.counters.rateLimited - before
      // One query and Probot's three waits for the reset; splitting it in halves would ask again.
      expect(limited).toBeLessThanOrEqual(4)
      expect(messages(c).join('\n')).not.toContain('retrying in halves')
      // The repositories it could not read keep their earlier data on the board.
      expect(openTrackingIssue(c.sim).body).toContain(
        'GraphQL Rate Limit Exceeded; showing data from an earlier refresh',
      )

      c.sim.setRateLimit({ graphql: 5000, windowMs: 3_600_000 })
      c.sim.resetRateLimits()
      addJobs(c.sim, 1, 'fed')
      await c.settle()
      expect(openTrackingIssue(c.sim).body).toBe(truthBody(c.sim, TODAY))
      report('app under an exhausted GraphQL budget', { rateLimitedAnswers: limited })
    } finally {
      await stopApp(c)
    }
  }, 60_000)
})
