import { afterEach, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../index.js'
import { call } from './helpers.js'

describe('faults on demand', () => {
  let sim: Simulator | undefined
  afterEach(() => sim?.stop())

  const statuses = async (s: Simulator, n: number): Promise<number[]> => {
    const token = s.issueToken()
    const out: number[] = []
    for (let i = 0; i < n; i++) out.push((await call(s, '/repos/acme/payments-api/issues', { token })).status)
    return out
  }

  it('injects scheduled faults on the next matching requests only', async () => {
    sim = await startSimulator({ seed: 'demo' })
    sim.faults.inject({ route: 'GET /repos/{owner}/{repo}/issues', fault: 502, times: 2 })
    sim.faults.inject({ route: 'GET /repos/{owner}/{repo}', fault: 'secondary' })
    expect(await statuses(sim, 3)).toEqual([502, 502, 200])
    const limited = await call(sim, '/repos/acme/payments-api', { token: sim.issueToken() })
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(sim.counters.faults).toMatchObject({ errors: 2, secondary: 1 })
  })

  it('draws random 5xx answers from a seed, the same on every run', async () => {
    const faults = { seed: 7, errorRate: 0.3 }
    sim = await startSimulator({ seed: 'demo', faults })
    const first = await statuses(sim, 40)
    await sim.stop()
    sim = await startSimulator({ seed: 'demo', faults })
    expect(await statuses(sim, 40)).toEqual(first)
    const failed = first.filter((s) => s !== 200)
    expect(failed.length).toBeGreaterThan(4)
    expect(failed.every((s) => [500, 502, 503].includes(s))).toBe(true)
  })

  it('closes hung requests after hangMs so clients fail instead of waiting forever', async () => {
    sim = await startSimulator({ seed: 'demo', faults: { hangMs: 200 } })
    sim.faults.inject({ fault: 'hang' })
    await expect(fetch(`${sim.baseUrl}/repos/acme/payments-api`)).rejects.toThrow()
    expect(sim.counters.faults.hangs).toBe(1)
    expect((await call(sim, '/repos/acme/payments-api', { token: sim.issueToken() })).status).toBe(200)
  })

  it('adds latency to every request without changing answers', async () => {
    sim = await startSimulator({ seed: 'demo', latencyMs: 20 })
    expect(await statuses(sim, 2)).toEqual([200, 200])
  })
})
