import { afterEach, describe, expect, it } from 'vitest'
import {
  GITHUB_SECONDARY_LIMITS,
  RESOURCE_LIMITS_MESSAGE,
  SECONDARY_MESSAGE,
  startSimulator,
  type Simulator,
} from '../index.js'
import { call } from './helpers.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

const graphql = (s: Simulator, token: string, query: string) =>
  call(s, '/graphql', { method: 'POST', token, body: { query } })

describe('secondary limits in GitHub’s shapes', () => {
  it('counts REST points (GET 1, writes 5) per window and says how long to wait', async () => {
    sim = await startSimulator({
      seed: 'demo',
      rateLimit: { secondary: { restPointsPerMinute: 12, windowMs: 60_000 } },
    })
    const token = sim.issueToken()
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await call(sim, '/repos/acme/payments-api', { token })).status)
    const write = await call(sim, '/repos/acme/payments-api/issues', {
      method: 'POST',
      token,
      body: { title: 'x' },
    })
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200])
    expect(write.status).toBe(201) // 7 + 5 = 12 points: the whole budget
    const refused = await call(sim, '/repos/acme/payments-api', { token })
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ message: SECONDARY_MESSAGE })
    // The wait is until the oldest points leave the minute.
    const wait = Number(refused.headers.get('retry-after'))
    expect(wait).toBeGreaterThanOrEqual(59)
    expect(wait).toBeLessThanOrEqual(60)
  })

  it('limits content creation per minute and per hour', async () => {
    sim = await startSimulator({
      seed: 'demo',
      rateLimit: { secondary: { writesPerMinute: 3, writesPerHour: 4, windowMs: 200 } },
    })
    const token = sim.issueToken()
    const create = () =>
      call(sim as Simulator, '/repos/acme/payments-api/issues', {
        method: 'POST',
        token,
        body: { title: 'x' },
      })
    const first = [await create(), await create(), await create(), await create()].map((r) => r.status)
    expect(first).toEqual([201, 201, 201, 403])
    await new Promise((resolve) => setTimeout(resolve, 250))
    const next = [await create(), await create()]
    expect(next.map((r) => r.status)).toEqual([201, 403]) // the hour (60 windows) allows 4
    expect(next[1]?.body).toMatchObject({ message: SECONDARY_MESSAGE })
    expect(Number(next[1]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  })

  it('answers GraphQL with 403/429 or HTTP 200 and RATE_LIMITED, with retry-after or x-ratelimit-reset, seeded', async () => {
    sim = await startSimulator({
      seed: 'demo',
      rateLimit: {
        secondary: {
          graphqlPointsPerMinute: 1,
          status: 'mixed',
          header: 'mixed',
          graphqlForm: 'mixed',
          seed: 9,
        },
      },
    })
    const token = sim.installationToken()
    expect((await graphql(sim, token, '{ viewer { login } }')).status).toBe(200)
    const shapes = new Set<string>()
    for (let i = 0; i < 24; i++) {
      const answer = await graphql(sim, token, '{ viewer { login } }')
      const body = answer.body as { errors?: { type?: string; message: string }[]; message?: string }
      const form = answer.status === 200 ? `200 ${body.errors?.[0]?.type}` : String(answer.status)
      const header = answer.headers.get('retry-after') ? 'retry-after' : 'x-ratelimit-reset'
      expect(body.errors?.[0]?.message ?? body.message).toBe(SECONDARY_MESSAGE)
      if (answer.status !== 200) expect(answer.headers.get(header)).toBeTruthy()
      shapes.add(answer.status === 200 ? form : `${form} ${header}`)
    }
    expect([...shapes].sort()).toEqual([
      '200 RATE_LIMITED',
      '403 retry-after',
      '403 x-ratelimit-reset',
      '429 retry-after',
      '429 x-ratelimit-reset',
    ])
    expect(sim.counters.secondaryLimited).toBe(24)
  })

  it('refuses more than `concurrent` requests in flight', async () => {
    sim = await startSimulator({ seed: 'demo', latencyMs: 30, rateLimit: { secondary: { concurrent: 2 } } })
    const token = sim.issueToken()
    const s = sim
    const answers = await Promise.all([1, 2, 3, 4].map(() => call(s, '/repos/acme/payments-api', { token })))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2)
  })

  it('has GitHub’s documented figures ready to use', () => {
    expect(GITHUB_SECONDARY_LIMITS).toMatchObject({
      concurrent: 100,
      restPointsPerMinute: 900,
      graphqlPointsPerMinute: 2_000,
      writesPerMinute: 80,
      writesPerHour: 500,
    })
  })
})

describe('GraphQL time-outs by work and partial results', () => {
  const QUERY = `{ a: repository(owner: "acme", name: "payments-api") { issues(first: 50) { nodes { title body } } }
    b: repository(owner: "acme", name: "identity-service") { name }
    c: repository(owner: "acme", name: "auth-gateway") { name } }`

  it('cuts a query off with 502 or 504 past the time-out, still charging its points', async () => {
    sim = await startSimulator({
      seed: 'demo',
      graphql: { timeouts: true, msPerNode: 500, timeoutMs: 2500, seed: 1 },
    })
    const token = sim.installationToken()
    const light = await graphql(sim, token, '{ viewer { login } }')
    expect(light.status).toBe(200)
    const remaining = Number(light.headers.get('x-ratelimit-remaining'))
    const heavy = await graphql(sim, token, QUERY)
    expect([502, 504]).toContain(heavy.status)
    expect(heavy.body).toMatchObject({ data: null, errors: [{ message: expect.stringMatching(/timeout/) }] })
    expect(Number(heavy.headers.get('x-ratelimit-remaining'))).toBeLessThan(remaining)
    expect(sim.counters.graphqlTimeouts).toBe(1)
    sim.configureGraphql({})
    expect((await graphql(sim, token, QUERY)).status).toBe(200)
  })

  it('answers partial data plus a RESOURCE_LIMITS_EXCEEDED error per field it left out', async () => {
    sim = await startSimulator({ seed: 'demo', graphql: { partialRate: 1, seed: 4 } })
    const answer = await graphql(sim, sim.installationToken(), QUERY)
    expect(answer.status).toBe(200)
    const body = answer.body as { data: Record<string, unknown>; errors: { path: string[] }[] }
    expect(body.errors.length).toBeGreaterThanOrEqual(1)
    for (const error of body.errors) {
      expect(error).toMatchObject({ type: 'RESOURCE_LIMITS_EXCEEDED', message: RESOURCE_LIMITS_MESSAGE })
      expect(body.data[error.path[0] as string]).toBeNull()
    }
    expect(Object.values(body.data).filter((v) => v !== null).length).toBe(3 - body.errors.length)
    // A query for one field is never partial: it fails or succeeds as a whole.
    expect((await graphql(sim, sim.installationToken(), '{ viewer { login } }')).body).not.toHaveProperty(
      'errors',
    )
  })
})
