import { afterAll, describe, expect, it } from 'vitest'
import { expectNoViolations, type GenerateOrgOptions, type Simulator } from '../../sim/index.js'
import { startAppCluster, type AppCluster } from './helpers/app-cluster.js'
import { openTrackingIssue, ownTrackingIssues, truthBody } from './helpers/leaderboard-truth.js'
import { report, sized } from './helpers/stress.js'

const TODAY = '2026-11-16'
const ORG: GenerateOrgOptions = {
  seed: 'reliability-race',
  repos: 24,
  issuesPerRepo: 6,
  adrsPerRepo: 2,
  mergedPullsPerRepo: 2,
}
/** Changes per burst; with duplicates, a burst is at least this many deliveries. */
const CHANGES = sized(50, 200)
const BURSTS = sized(3, 8)
/** A burst's changes come in waves a few milliseconds apart, so they land while refreshes run. */
const WAVES = 5

let cluster: AppCluster | null = null
afterAll(() => cluster?.stop())

/** One wave: new migration jobs, jobs closed as done or dropped, labels removed, over many repositories. */
function wave(sim: Simulator, count: number, tag: number): void {
  const labels = sim.org?.strategy.migrations.map((m) => m.label) ?? []
  const repos = (sim.org?.repos ?? [])
    .filter((r) => !r.archived && r.name !== '.github')
    .map((r) => `acme/${r.name}`)
  for (let i = 0; i < count; i++) {
    const repo = repos[(i * 7 + tag) % repos.length] as string
    const label = labels[(i + tag) % labels.length] as string
    const jobs = [...sim.state.repos.get(repo).issues.values()].filter(
      (issue) => !issue.pull && issue.state === 'open' && issue.labels.includes(label),
    )
    const job = jobs[(i + tag) % Math.max(1, jobs.length)]
    if (i % 3 === 0 || !job)
      sim.state.issues.create({ repo, title: `Job ${tag}-${i}`, labels: [label], author: 'dana-li' })
    else if (i % 3 === 1) {
      const stateReason = i % 2 ? 'completed' : 'not_planned'
      sim.state.issues.update(repo, job.number, { state: 'closed', stateReason }, 'dana-li')
    } else sim.state.issues.removeLabel(repo, job.number, label, 'dana-li')
  }
}

describe('two app instances behind a load balancer', () => {
  it(`keep one tracking issue equal to the truth through bursts of ${CHANGES} concurrent, partly duplicated deliveries`, async () => {
    // Round-robin balancing sends each delivery to one instance, and half of them twice (same id),
    // often to both: each instance sees only part of the events, as with a real load balancer.
    cluster = await startAppCluster({
      sim: { seed: ORG, install: false, latencyMs: 5 },
      today: TODAY,
      instances: 2,
      webhook: { concurrent: true, duplicate: 0.5, reorder: true, seed: 'race' },
    })
    const { sim } = cluster
    const bot = `${sim.app.slug}[bot]`
    let deliveries = 0
    let duplicates = 0
    for (let burst = 0; burst < BURSTS; burst++) {
      const before = sim.webhooks.deliveries.length
      // The first burst reaches both instances cold: installing the app is part of it.
      if (burst === 0) sim.state.installations.create({ account: 'acme' })
      for (let w = 0; w < WAVES; w++) {
        wave(sim, Math.ceil(CHANGES / WAVES), burst * WAVES + w)
        await new Promise((resolve) => setTimeout(resolve, 5 + ((w * 7) % 15)))
      }
      await cluster.settle()
      const sent = sim.webhooks.deliveries
        .slice(before)
        .filter((d) => (d.payload.sender as { login?: string } | undefined)?.login !== bot)
      expect(sent.every((d) => d.status === 200)).toBe(true)
      deliveries += sent.length
      duplicates += sent.filter((d) => d.duplicate).length
      expect(openTrackingIssue(sim).body).toBe(truthBody(sim, TODAY))
    }
    const all = ownTrackingIssues(sim)
    const open = all.filter((issue) => issue.state === 'open').length
    report('app concurrent deliveries', {
      instances: 2,
      bursts: BURSTS,
      deliveries,
      duplicates,
      forwarded: cluster.forwarded.join('+'),
      raceCreatedThenClosed: all.length - open,
      openDuplicates: open - 1,
    })
    expect(open).toBe(1)
    expect(cluster.forwarded.every((n) => n >= deliveries / 4)).toBe(true)
    expectNoViolations(sim)
  }, 300_000)
})
