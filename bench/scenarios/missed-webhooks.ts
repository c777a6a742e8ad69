/**
 * 200 issue events on a warm 1,000-repository installation while GitHub loses 20 % of the deliveries,
 * sends 10 % twice and shuffles the rest; the app's periodic reconcile (period shortened to a minute)
 * repairs what was lost. Targets: after one reconcile the board equals the truth (`converged`), one
 * tracking issue, and the app's writes stay under GitHub's 80 content-creating requests a minute.
 */
import { truthBody } from '../../test/reliability/helpers/leaderboard-truth.js'
import { install, measure, openOrgSession, TODAY, trackingBody } from '../org-session.js'
import { emptyRow, type Scenario } from '../result.js'
import { orgSize } from '../shared-org.js'
import { MARKERS } from '../../src/core/report/markers.js'
import type { Simulator } from '../../sim/index.js'

const EVENTS = 200
const WRITES_PER_MINUTE = 80

/** Migration jobs opened with their label (2 events each: opened, labeled) across the org. */
function openJobs(sim: Simulator, events: number): void {
  const label = sim.org?.strategy.migrations[0]?.label ?? ''
  const repos = (sim.org?.repos ?? []).filter((r) => !r.archived && r.name !== '.github')
  for (let i = 0; i < events / 2; i++) {
    const repo = `acme/${repos[(i * 37) % repos.length]?.name}`
    sim.state.issues.create({ repo, title: `Missed job ${i}`, labels: [label] })
  }
}

/** The most writes the app made in any 60 s. */
function peakPerMinute(times: number[]): number {
  let peak = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] as number) - (times[j] as number) >= 60_000) j++
    peak = Math.max(peak, i - j + 1)
  }
  return peak
}

const scenario: Scenario = {
  id: 'missed-webhooks',
  async run(context) {
    const repos = context.quick ? 100 : 1000
    const periodMs = context.quick ? 6_000 : 60_000
    const session = await openOrgSession(orgSize(repos), { reconcileMs: periodMs })
    try {
      const { sim } = session
      await measure(session, install(session))
      const url = sim.webhooks.url
      sim.configureWebhooks({
        url,
        secret: 'bench-webhook-secret',
        timeoutMs: 60_000,
        drop: 0.2,
        duplicate: 0.1,
        jitterMs: 500,
        seed: 'missed',
      })
      const writes: number[] = []
      const original = sim.counters.count
      sim.counters.count = function (this: typeof sim.counters, routeKey: string) {
        if (/^(POST|PATCH|PUT|DELETE) \/repos\//.test(routeKey)) writes.push(performance.now())
        original.call(this, routeKey)
      }
      const listings = () => sim.counters.byRoute['GET /installation/repositories'] ?? 0
      const first = sim.webhooks.deliveries.length
      const started = performance.now()
      const before = sim.counters.snapshot()
      let reconciledAfter: number
      try {
        const listedBefore = listings()
        openJobs(sim, EVENTS)
        await session.app.settle()
        const reconcileDuringEvents = listings() > listedBefore
        const afterEvents = trackingBody(sim)
        const truth = truthBody(sim, TODAY)
        const repairedByEvents = afterEvents === truth
        // A reconcile lists the installation's repositories (an event refresh does not): wait for one
        // that starts after the events, then for the app to be idle.
        const seen = listings()
        const deadline = Date.now() + periodMs * 2 + 120_000
        while (listings() === seen && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
        reconciledAfter = performance.now() - started
        await session.app.settle()
        sim.counters.count = original
        const after = sim.counters.snapshot()
        const body = trackingBody(sim)
        const converged = body === truth
        const issues = [...sim.state.repos.get('acme/.github').issues.values()].filter((issue) =>
          (issue.body ?? '').startsWith(MARKERS.leaderboard),
        ).length
        const deliveries = sim.webhooks.deliveries.slice(first).filter((d) => d.event === 'issues')
        const peak = peakPerMinute(writes)
        const met = converged && issues === 1 && peak < WRITES_PER_MINUTE
        return {
          row: {
            ...emptyRow('missed-webhooks'),
            requests: after.requests - before.requests,
            points: after.graphqlPoints - before.graphqlPoints,
            writes: after.writes - before.writes,
            wallMs: Math.round(performance.now() - started),
            target: `after one reconcile (period ${periodMs / 1000} s) the truth (converged), 1 tracking issue, < ${WRITES_PER_MINUTE} writes a minute`,
            met,
            converged,
          },
          workload: `${session.workload}; ${EVENTS} issue events`,
          notes: [
            `deliveries of the ${EVENTS} issue events: ${deliveries.filter((d) => d.dropped).length} dropped, ${deliveries.filter((d) => d.duplicate).length} sent twice (same delivery id), all shuffled by up to 500 ms`,
            `board once the events were handled${reconcileDuringEvents ? ' (a reconcile ran meanwhile)' : ''}: ${repairedByEvents ? 'already the truth' : 'not the truth (lost deliveries)'}; after the reconcile that started ${(reconciledAfter / 1000).toFixed(1)} s after the events: ${converged ? 'the truth' : 'NOT the truth'}`,
            `${issues} tracking issue(s); the app's writes: ${writes.length} in all, at most ${peak} in any minute`,
          ],
        }
      } finally {
        sim.counters.count = original
      }
    } finally {
      await session.close()
    }
  },
}

export default scenario
