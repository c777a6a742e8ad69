import { Octokit } from '@octokit/rest'
import { afterEach, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/core/config/parse-config.js'
import { silentLogger, type Logger } from '../../src/core/logger.js'
import { BatchSizer } from '../../src/github/batch-sizer.js'
import { createLeaderboardGateway } from '../../src/github/leaderboard-gateway.js'
import type { GatewayOctokit } from '../../src/github/octokit-types.js'
import { refreshOrgSnapshot } from '../../src/github/org-snapshot.js'
import { addSecondaryLimitPause, secondaryLimitWait } from '../../src/github/secondary-limit-pause.js'
import { SnapshotCache } from '../../src/github/snapshot-cache.js'
import { createRepoAdrsResolver } from '../../src/jobs/load-org-config.js'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'

const TODAY = '2026-11-16'
const ORG = { seed: 'hostile', repos: 24, issuesPerRepo: 6, adrsPerRepo: 2, mergedPullsPerRepo: 2 }

let sim: Simulator | null = null
afterEach(async () => {
  if (!sim) return
  expectNoViolations(sim)
  await sim.stop()
  sim = null
})

function recordingLogger(lines: string[]): Logger {
  const push = (m: string) => void lines.push(m)
  return { debug: push, info: push, warn: push, error: push }
}

/** An installation client on the simulator. */
function client(s: Simulator) {
  const octokit = new Octokit({ baseUrl: s.apiUrl, auth: s.installationToken(), log: silentLogger })
  return octokit as unknown as GatewayOctokit
}

/** A full snapshot read through the gateway, as the app reads it, in batches of `batchSize`. */
async function snapshot(s: Simulator, octokit: GatewayOctokit, logger: Logger = silentLogger) {
  const text = s.state.files.read('acme/.github', '.github/strategy.yml') ?? ''
  const config = parseConfig(text, '.github/strategy.yml')
  const orgConfig = { config, owner: 'acme', repo: '.github', path: '.github/strategy.yml', text }
  const gateway = createLeaderboardGateway(octokit, logger)
  const requests = s.counters.requests
  const result = await refreshOrgSnapshot({
    octokit,
    logger,
    state: new SnapshotCache().open(1, 'acme'),
    config: orgConfig,
    today: TODAY,
    resolveRepoAdrs: createRepoAdrsResolver({ gateway, org: 'acme', orgConfig }),
    batchSize: 12,
  })
  return { result, requests: s.counters.requests - requests }
}

describe('BatchSizer', () => {
  it('halves after a time-out or partial answer and grows back by half after two whole answers', () => {
    const sizer = new BatchSizer(100)
    sizer.shrink()
    expect(sizer.size).toBe(50)
    sizer.succeed()
    expect(sizer.size).toBe(50)
    sizer.succeed()
    expect(sizer.size).toBe(75)
    sizer.succeed()
    sizer.succeed()
    expect(sizer.size).toBe(90) // just below the size that failed, for a while
    for (let i = 0; i < 4; i++) sizer.succeed()
    expect(sizer.size).toBe(90)
    sizer.succeed()
    expect(sizer.size).toBe(100) // after eight whole answers it may grow to the configured size again
    for (let i = 0; i < 10; i++) sizer.shrink()
    expect(sizer.size).toBe(1)
  })
})

describe('reading an organisation from a hostile GitHub', () => {
  it('converges to the calm snapshot through time-outs by work, partial answers and 5xx', async () => {
    sim = await startSimulator({ seed: ORG })
    // Calibrated on the calm answers: a full batch of 12 repositories is cut off, 6 pass.
    const calibration = { timeouts: true, baseMs: 0, msPerKb: 0, msPerNode: 1 }
    sim.configureGraphql({ ...calibration, timeoutMs: Number.MAX_SAFE_INTEGER })
    const calm = await snapshot(sim, client(sim))
    const timeoutMs = Math.round(sim.counters.graphqlWorkMaxMs * 0.75)
    sim.configureGraphql({ ...calibration, timeoutMs, partialRate: 0.3, seed: 1 })
    sim.configureFaults({ seed: 5, errorRate: 0.05, routes: ['POST /graphql'] })
    const lines: string[] = []
    const hostile = await snapshot(sim, client(sim), recordingLogger(lines))
    expect(sim.counters.graphqlTimeouts).toBeGreaterThan(0)
    expect(sim.counters.graphqlPartial).toBeGreaterThan(0)
    expect(hostile.result).toEqual(calm.result)
    // At this size (two batches) each extra query weighs a lot; the 1,000-repository benchmark has the ≤ 2× target.
    expect(hostile.requests).toBeLessThanOrEqual(4 * calm.requests)
    expect(lines.join('\n')).toMatch(/asking again for just those/)
  })

  it('pauses for the time GitHub says on a secondary limit, in every shape, and splits nothing', async () => {
    sim = await startSimulator({
      seed: ORG,
      rateLimit: {
        secondary: {
          graphqlPointsPerMinute: 1,
          status: 'mixed',
          header: 'mixed',
          graphqlForm: 'mixed',
          seed: 2,
        },
      },
    })
    const waits: number[] = []
    const s = sim
    const octokit = addSecondaryLimitPause(client(s), {
      logger: silentLogger,
      // The minute passes at once: the simulator forgets what was spent.
      sleep: async (ms) => {
        waits.push(ms)
        s.resetRateLimits()
      },
    })
    const lines: string[] = []
    const { result } = await snapshot(s, octokit, recordingLogger(lines))
    expect(result.failed).toEqual([])
    expect(waits.length).toBeGreaterThanOrEqual(1)
    expect(waits.every((ms) => ms >= 1000 && ms <= 62_000)).toBe(true)
    expect(lines.join('\n')).not.toMatch(/retrying in halves/)
    const statuses = Object.keys(s.counters.byStatus)
    expect(statuses.some((code) => code === '403' || code === '429')).toBe(true)
  })
})

describe('secondaryLimitWait', () => {
  const now = Date.parse('2026-12-07T12:00:00Z')
  const message = 'You have exceeded a secondary rate limit. Please wait a few minutes.'
  it.each([
    ['403 with retry-after', { status: 403, message, headers: { 'retry-after': '7' } }, 7000],
    [
      '429 with x-ratelimit-reset',
      { status: 429, message, headers: { 'x-ratelimit-reset': String(now / 1000 + 30) } },
      31_000,
    ],
    ['403 without a header', { status: 403, data: { message } }, 60_000],
    [
      'GraphQL HTTP 200 form',
      { status: 200, data: { errors: [{ type: 'RATE_LIMITED', message }] }, headers: { 'retry-after': '2' } },
      2000,
    ],
    ['a primary limit', { status: 403, message: 'API rate limit exceeded for installation ID 1.' }, null],
    ['a plain 403', { status: 403, message: 'Resource not accessible by integration' }, null],
  ])('%s', (_name, answer, wait) => {
    expect(secondaryLimitWait(answer, now)).toBe(wait)
  })
})
