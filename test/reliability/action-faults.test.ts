import { beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations } from '../../sim/index.js'
import { adr } from '../action/e2e/scenario.js'
import { requireDist, resolveNode24 } from '../action/e2e/run-dist.js'
import { BOT, REPOSITORY, startActionSim } from './helpers/action-sim.js'
import { runAction, stackFrames, type ActionRun } from './helpers/run-action.js'
import { mapLimit, report, sized } from './helpers/stress.js'

/** The issue's fault mix: 10 % 500/502/503, plus secondary limits (retry-after 1 s) and hung requests. */
const FAULTS = { errorRate: 0.1, secondaryRate: 0.03, hangRate: 0.02, hangMs: 1500, retryAfterSeconds: 1 }
const SEEDS = sized(4, 50)

/** A pull request with two errors: an unknown theme and an ADR with an invalid status. */
const PULL = {
  body: 'Theme: global-scael',
  files: { 'docs/adr/0003-edge-cache.md': adr(3, 'Edge cache', 'Aproved') },
}

interface Outcome {
  run: ActionRun
  comments: { author: string; body: string }[]
  faults: { errors: number; secondary: number; hangs: number }
  requests: number
  token: string
}

/** One fresh simulator per seed, so every seed's faults are the same on every run of the test. */
async function runUnderFaults(faults: Record<string, number> | null, seed: number): Promise<Outcome> {
  const s = await startActionSim(faults ? { faults: { ...faults, seed } } : {})
  try {
    const number = s.open(PULL)
    const token = s.sim.issueToken()
    const run = await runAction({
      sim: s.sim,
      event: 'pull_request',
      payload: s.payload(number),
      token,
      repository: REPOSITORY,
    })
    expectNoViolations(s.sim)
    const faults = { ...s.sim.counters.faults }
    return { run, comments: s.comments(number), faults, requests: s.sim.counters.requests, token }
  } finally {
    await s.sim.stop()
  }
}

/** Asserts what every run must show, faults or not: no stack trace, no token, nothing on stderr. */
function expectCleanLogs(o: Outcome): void {
  expect(o.run.stderr).toBe('')
  expect(stackFrames(o.run.stdout)).toEqual([])
  expect(o.run.stdout).not.toContain(o.token)
}

let baseline: Outcome

beforeAll(async () => {
  requireDist()
  await resolveNode24()
  baseline = await runUnderFaults(null, 0)
}, 180_000)

// Concurrent: the retries of the second test wait 14 s, the seeds of the first run meanwhile.
describe.concurrent('the bundled Action under API faults', () => {
  it('reports the same findings as without faults, or fails with one clear line', async () => {
    expect(baseline.run.outputs).toMatchObject({ result: 'fail', errors: '2' })
    expect(baseline.comments).toHaveLength(1)
    const outcomes = await mapLimit(
      Array.from({ length: SEEDS }, (_, i) => i + 1),
      4,
      (seed) => runUnderFaults(FAULTS, seed),
    )
    let reported = 0
    let failedClearly = 0
    for (const o of outcomes) {
      expectCleanLogs(o)
      if (o.run.code === 0) {
        reported++
        const { themes, errors, warnings, result } = o.run.outputs
        expect({ themes, errors, warnings, result }).toEqual({
          themes: baseline.run.outputs.themes,
          errors: baseline.run.outputs.errors,
          warnings: baseline.run.outputs.warnings,
          result: baseline.run.outputs.result,
        })
        expect(o.run.annotationTitles).toEqual(baseline.run.annotationTitles)
        expect(o.run.summary).toBe(baseline.run.summary)
        // The comment is the one a fault-free run writes, or its absence is explained in a warning.
        if (o.comments.length === 0)
          expect(o.run.stdout).toContain('The pull request comment was not written')
        else expect(o.comments).toEqual(baseline.comments)
      } else {
        failedClearly++
        expect(o.run.code).toBe(1)
        expect(o.run.failureLines).toHaveLength(1)
        expect(o.run.failureLines[0]).toMatch(/^::error::Could not .+ acme\/api/)
      }
    }
    const sum = (pick: (o: Outcome) => number) => outcomes.reduce((total, o) => total + pick(o), 0)
    const faults = {
      errors5xx: sum((o) => o.faults.errors),
      secondary: sum((o) => o.faults.secondary),
      hangs: sum((o) => o.faults.hangs),
    }
    report('action under faults', {
      runs: SEEDS,
      reported,
      failedClearly,
      requests: sum((o) => o.requests),
      ...faults,
    })
    expect(faults.errors5xx + faults.secondary + faults.hangs).toBeGreaterThan(0)
  }, 300_000)

  it('fails with one line naming the operation when GitHub keeps failing after the retries', async () => {
    const s = await startActionSim({ faults: { retryAfterSeconds: 3600 } })
    try {
      const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'
      const number = s.open(PULL)
      const token = s.sim.issueToken()
      const runOnce = () =>
        runAction({
          sim: s.sim,
          event: 'pull_request',
          payload: s.payload(number),
          token,
          repository: REPOSITORY,
        })

      // A secondary limit asking for an hour is not sat out in CI: one line, at once.
      s.sim.faults.inject({ route, fault: 'secondary' })
      const limited = await runOnce()
      // A 502 on every attempt (the first and three retries).
      s.sim.faults.inject({ route, fault: 502, times: 4 })
      const broken = await runOnce()

      for (const run of [limited, broken]) {
        expectCleanLogs({
          run,
          comments: [],
          faults: { errors: 0, secondary: 0, hangs: 0 },
          requests: 0,
          token,
        })
        expect(run.code).toBe(1)
        expect(run.failureLines).toHaveLength(1)
      }
      expect(limited.failureLines[0]).toBe(
        '::error::Could not read pull request acme/api#1: 403 You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID. The token lacks the permission, or a rate limit was hit.',
      )
      expect(broken.failureLines[0]).toBe(
        '::error::Could not read pull request acme/api#1: 502 Server Error.',
      )
      expect(s.sim.counters.byRoute[route]).toBe(1 + 4)
      expect(s.comments(number).filter((c) => c.author === BOT)).toEqual([])
    } finally {
      await s.sim.stop()
    }
  }, 60_000)
})
