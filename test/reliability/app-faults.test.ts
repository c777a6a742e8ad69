import { describe, expect, it } from 'vitest'
import type { Simulator } from '../../sim/index.js'
import { readHealthNote } from '../../src/jobs/board-health.js'
import { addJobs, installApp, messages, stopApp, TODAY } from './helpers/app-scenario.js'
import { openTrackingIssue, truthBody } from './helpers/leaderboard-truth.js'
import { report, sized } from './helpers/stress.js'

/** The issue's fault mix: 10 % 500/502/503, secondary limits (retry-after 1 s), hung requests. */
const FAULTS = { errorRate: 0.1, secondaryRate: 0.03, hangRate: 0.02, hangMs: 1500, retryAfterSeconds: 1 }
const SEEDS = sized(1, 12)

/** A change to the org config: the app reads everything again (a full refresh). */
function touchConfig(sim: Simulator, tag: string): void {
  const path = '.github/strategy.yml'
  const text = sim.state.files.read('acme/.github', path) ?? ''
  sim.state.files.commit({ repo: 'acme/.github', files: { [path]: `${text}# ${tag}\n` } })
}

/**
 * What a board written under faults may be: the truth, the good board untouched, or the truth with
 * repositories that could not be read shown with their earlier data (never without them).
 */
function classify(body: string, good: string, truth: string): 'complete' | 'untouched' | 'earlier data' {
  if (body === truth) return 'complete'
  if (body === good) return 'untouched'
  const note = readHealthNote(body)
  const unread = body.split('\n').filter((line) => /^\| `acme\/[^`]+` \| /.test(line))
  expect(note?.failed).toBeGreaterThan(0)
  expect(unread).toHaveLength(note?.failed ?? -1)
  for (const row of unread) expect(row).toContain('showing data from an earlier refresh')
  return 'earlier data'
}

describe('a leaderboard refresh under API faults (Probot retry and throttling as deployed)', () => {
  it('completes with retries or never loses data, says so, and the next run catches up', async () => {
    const outcomes: Record<string, number> = { complete: 0, untouched: 0, 'earlier data': 0 }
    const injected = { errors5xx: 0, secondary: 0, hangs: 0 }
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { c, good } = await installApp({ octokit: 'production' })
      try {
        c.sim.faults.configure({ ...FAULTS, seed })
        // Besides the random ones, one of each kind for certain: a 502, a secondary limit, a hang.
        c.sim.faults.inject({ route: 'POST /graphql', fault: 502 })
        c.sim.faults.inject({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}', fault: 'secondary' })
        c.sim.faults.inject({ route: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', fault: 'hang' })
        // Events on the warm installation, then a full refresh, all while GitHub misbehaves.
        for (let wave = 0; wave < 3; wave++) {
          addJobs(c.sim, 2, `s${seed}w${wave}`)
          await c.settle()
        }
        touchConfig(c.sim, `seed ${seed}`)
        await c.settle()
        c.sim.faults.configure({})
        c.sim.faults.clear()
        const { errors, secondary, hangs } = c.sim.counters.faults
        Object.assign(injected, {
          errors5xx: injected.errors5xx + errors,
          secondary: injected.secondary + secondary,
          hangs: injected.hangs + hangs,
        })
        const kind = classify(openTrackingIssue(c.sim).body ?? '', good, truthBody(c.sim, TODAY))
        outcomes[kind] = (outcomes[kind] ?? 0) + 1
        const problems = messages(c, 40).join('\n')
        if (kind !== 'complete') expect(problems).toMatch(/Kept the tracking issue|failed|could not/i)

        // Once GitHub answers again, the next event brings the board up to date.
        addJobs(c.sim, 1, `ok${seed}`)
        await c.settle()
        expect(openTrackingIssue(c.sim).body).toBe(truthBody(c.sim, TODAY))
        if (/Kept the tracking issue|refresh of installation \d+ failed/.test(problems))
          expect(messages(c).join('\n')).toContain('The leaderboard of acme is up to date again')
      } finally {
        await stopApp(c)
      }
    }
    report('app refresh under faults', { seeds: SEEDS, ...outcomes, ...injected })
    expect(injected.errors5xx).toBeGreaterThanOrEqual(SEEDS)
    expect(injected.secondary).toBeGreaterThanOrEqual(SEEDS)
    expect(injected.hangs).toBeGreaterThanOrEqual(SEEDS)
  }, 600_000)

  it('after a restart, a refresh that cannot read some repositories keeps the complete board', async () => {
    // Bare Octokit and 4 repositories per GraphQL query: three 502s fail one batch and both its halves.
    const { c, installation, good } = await installApp({ batchSize: 4 })
    try {
      c.instances[0]?.app.cache.drop(installation.id) // a restarted instance knows nothing
      c.sim.faults.inject({ route: 'POST /graphql', fault: 502, times: 3 })
      addJobs(c.sim, 1, 'cold')
      await c.settle()
      expect(openTrackingIssue(c.sim).body).toBe(good)
      expect(messages(c, 40).join('\n')).toMatch(
        /Kept the tracking issue #\d+ as it is: 4 of 17 repositories could not be read and there is no earlier data for them/,
      )

      // The next event reads the unread repositories again, writes the board and says it recovered.
      addJobs(c.sim, 1, 'warm')
      await c.settle()
      expect(openTrackingIssue(c.sim).body).toBe(truthBody(c.sim, TODAY))
      expect(messages(c).join('\n')).toContain(
        'The leaderboard of acme is up to date again; an earlier refresh kept the previous board.',
      )
    } finally {
      await stopApp(c)
    }
  }, 60_000)
})
