import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'
import { createActionOctokit } from '../../src/action/create-octokit.js'
import type { Logger } from '../../src/core/logger.js'

let sim: Simulator
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'

beforeAll(async () => {
  sim = await startSimulator({ faults: { hangMs: 5_000 } })
  sim.state.repos.create({ owner: 'acme', name: 'api', files: { 'a.md': 'a' } })
  sim.state.pulls.create({ repo: 'acme/api', title: 'x', head: 'x', files: { 'b.md': 'b' } })
})
afterAll(() => sim.stop())
afterEach(() => expectNoViolations(sim))

function client(logs: string[] = []) {
  const logger: Logger = { debug: () => {}, info: () => {}, warn: (m) => void logs.push(m), error: () => {} }
  return createActionOctokit({
    token: sim.issueToken(),
    baseUrl: sim.apiUrl,
    logger,
    requestTimeoutMs: 300,
    retryBaseMs: 10,
  })
}

describe('createActionOctokit', () => {
  it('retries a 502 and an attempt that hangs past the timeout, then succeeds', async () => {
    sim.faults.inject({ route: PULL, fault: 502 })
    sim.faults.inject({ route: PULL, fault: 'hang' })
    const before = sim.counters.byRoute[PULL] ?? 0
    const { data } = await client().rest.pulls.get({ owner: 'acme', repo: 'api', pull_number: 1 })
    expect(data.title).toBe('x')
    expect((sim.counters.byRoute[PULL] ?? 0) - before).toBe(3)
  })

  it('waits out a short secondary rate limit, and says so', async () => {
    sim.setLatency(200)
    sim.setRateLimit({ secondary: { concurrent: 1, retryAfterSeconds: 1 } })
    const logs: string[] = []
    const octokit = client(logs)
    try {
      const get = () => octokit.rest.pulls.get({ owner: 'acme', repo: 'api', pull_number: 1 })
      const answers = await Promise.all([get(), get()])
      expect(answers.map((a) => a.data.number)).toEqual([1, 1])
    } finally {
      sim.setLatency(0)
      sim.setRateLimit({ secondary: undefined })
    }
    expect(logs).toEqual([
      expect.stringMatching(
        /^GitHub's secondary rate limit was hit by GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}; retrying in 1 s\.$/,
      ),
    ])
  })

  it('does not retry a 404', async () => {
    const before = sim.counters.requests
    await expect(
      client().rest.pulls.get({ owner: 'acme', repo: 'api', pull_number: 99 }),
    ).rejects.toMatchObject({ status: 404 })
    expect(sim.counters.requests - before).toBe(1)
  })
})
