import { afterEach, describe, expect, it } from 'vitest'
import { SECONDARY_MESSAGE, startSimulator, type Simulator } from '../index.js'
import { call, octokitFor } from './helpers.js'

describe('limits like GitHub’s', () => {
  let sim: Simulator | undefined
  afterEach(() => sim?.stop())

  it('sends x-ratelimit-* headers and answers 403 with remaining 0 once the budget is spent', async () => {
    sim = await startSimulator({ seed: 'demo', rateLimit: { core: 3 } })
    const token = sim.issueToken()
    const first = await call(sim, '/repos/acme/payments-api', { token })
    expect(
      Object.fromEntries(
        ['limit', 'remaining', 'used', 'resource'].map((k) => [k, first.headers.get(`x-ratelimit-${k}`)]),
      ),
    ).toEqual({
      limit: '3',
      remaining: '2',
      used: '1',
      resource: 'core',
    })
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    await call(sim, '/repos/acme/payments-api', { token })
    await call(sim, '/repos/acme/payments-api', { token })
    const over = await call(sim, '/repos/acme/payments-api', { token })
    expect(over).toMatchObject({
      status: 403,
      body: { message: expect.stringMatching(/^API rate limit exceeded for /) },
    })
    expect(over.headers.get('x-ratelimit-remaining')).toBe('0')
    expect((await call(sim, '/rate_limit', { token })).body).toMatchObject({
      resources: { core: { limit: 3, remaining: 0, used: 3 } },
    })
    expect((await call(sim, '/repos/acme/payments-api', { token: sim.issueToken() })).status).toBe(200)
    expect(sim.counters.rateLimited).toBe(1)
  })

  it('limits search to 30 requests a minute', async () => {
    sim = await startSimulator({ seed: 'demo' })
    const token = sim.issueToken()
    const statuses: number[] = []
    for (let i = 0; i < 31; i++)
      statuses.push((await call(sim, '/search/issues?q=org:acme', { token })).status)
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true)
    expect(statuses[30]).toBe(403)
  })

  it('answers secondary limits with 403 (or 429) and retry-after when configured', async () => {
    sim = await startSimulator({
      seed: 'demo',
      rateLimit: { secondary: { writesPerMinute: 2, retryAfterSeconds: 7 } },
    })
    const octokit = octokitFor(sim, sim.issueToken())
    const comment = () =>
      octokit.rest.issues.createComment({ owner: 'acme', repo: 'payments-api', issue_number: 1, body: 'x' })
    await comment()
    await comment()
    const error = await comment().catch(
      (e: { status: number; response: { headers: Record<string, string>; data: { message: string } } }) => e,
    )
    expect(error).toMatchObject({
      status: 403,
      response: { headers: { 'retry-after': '7' }, data: { message: SECONDARY_MESSAGE } },
    })
    expect(sim.counters.secondaryLimited).toBe(1)
    sim.setRateLimit({ secondary: { concurrent: 1, status: 429 } })
    sim.setLatency(30)
    const results = await Promise.all(
      [1, 2, 3].map(() => call(sim as Simulator, '/repos/acme/payments-api', { token: sim?.issueToken() })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200])
    const shared = sim.issueToken()
    const same = await Promise.all(
      [1, 2, 3].map(() => call(sim as Simulator, '/repos/acme/payments-api', { token: shared })),
    )
    expect(same.filter((r) => r.status === 429)).toHaveLength(2)
  })

  it('rejects issue and comment bodies over 65,536 characters with 422', async () => {
    sim = await startSimulator({ seed: 'demo' })
    const octokit = octokitFor(sim, sim.issueToken())
    const body = 'x'.repeat(65_537)
    await expect(
      octokit.rest.issues.create({ owner: 'acme', repo: 'payments-api', title: 't', body }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      octokit.rest.issues.createComment({ owner: 'acme', repo: 'payments-api', issue_number: 1, body }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: { errors: [{ field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
      },
    })
    await expect(
      octokit.rest.issues.createComment({
        owner: 'acme',
        repo: 'payments-api',
        issue_number: 1,
        body: body.slice(1),
      }),
    ).resolves.toMatchObject({ status: 201 })
  })

  it('caps pull request files at 3,000, search at 1,000 results, and truncates big trees', async () => {
    sim = await startSimulator({ seed: 'demo', limits: { treeEntries: 5 } })
    const fileList = Array.from({ length: 3_100 }, (_, i) => ({
      filename: `gen/f${i}.ts`,
      status: 'added' as const,
      additions: 1,
      deletions: 0,
      sha: null,
    }))
    const pull = sim.state.pulls.create({ repo: 'acme/payments-api', title: 'Huge', head: 'huge', fileList })
    const octokit = octokitFor(sim, sim.issueToken())
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'payments-api',
      pull_number: pull.number,
      per_page: 100,
    })
    expect(files).toHaveLength(3_000)
    const tree = await octokit.rest.git.getTree({
      owner: 'acme',
      repo: 'payments-api',
      tree_sha: 'main',
      recursive: '1',
    })
    expect(tree.data).toMatchObject({ truncated: true, tree: { length: 5 } })
    for (let i = 0; i < 12; i++) sim.state.issues.insert({ repo: 'acme/payments-api', title: `bulk ${i}` })
    const deep = await call(sim, '/search/issues?q=repo:acme/payments-api&per_page=100&page=11', {
      token: sim.issueToken(),
    })
    expect(deep).toMatchObject({
      status: 422,
      body: { message: 'Only the first 1000 search results are available' },
    })
  })
})
