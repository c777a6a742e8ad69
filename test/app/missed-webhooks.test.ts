import { describe, expect, it } from 'vitest'
import { type GenerateOrgOptions, type Simulator } from '../../sim/index.js'
import { truthBody } from '../reliability/helpers/leaderboard-truth.js'
import { appPerTest, trackingIssues, type AppOnSim } from './start-app-on-sim.js'

const TODAY = '2026-11-16'
const ORG: GenerateOrgOptions = {
  seed: 'missed-webhooks',
  repos: 20,
  issuesPerRepo: 6,
  adrsPerRepo: 2,
  mergedPullsPerRepo: 2,
}

const startApp = appPerTest()

function board(t: AppOnSim): string {
  const issues = trackingIssues(t.sim, 'acme/.github')
  expect(issues).toHaveLength(1)
  return issues[0]?.body ?? ''
}

/** `count` changes that each move a leaderboard number: new jobs, and jobs closed. */
function churn(sim: Simulator, count: number, tag: string): void {
  const label = sim.org?.strategy.migrations[0]?.label ?? ''
  const repos = (sim.org?.repos ?? []).filter((r) => !r.archived && r.name !== '.github')
  for (let i = 0; i < count; i++) {
    const repo = `acme/${repos[(i * 7) % repos.length]?.name}`
    const issue = sim.state.issues.create({ repo, title: `Job ${tag}-${i}`, labels: [label] })
    if (i % 3 === 0) sim.state.issues.update(repo, issue.number, { state: 'closed' })
  }
}

/** Waits (polling, at most 10 s) until the app's reconcile has asked for `runs` refreshes in all. */
async function reconciled(t: AppOnSim, runs: number): Promise<void> {
  const until = Date.now() + 10_000
  while ((t.app.reconciler?.runs ?? 0) < runs) {
    if (Date.now() > until) throw new Error(`no reconcile within 10 s (runs: ${t.app.reconciler?.runs})`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await t.settle()
}

const skippedDuplicates = (t: AppOnSim) => t.logs.filter((line) => line.includes('handled already')).length

describe('the app when webhooks are lost, repeated and reordered', () => {
  it('repairs lost deliveries within one reconcile period, and ignores repeated ones', async () => {
    const t = await startApp({
      sim: { seed: ORG, install: true },
      today: TODAY,
      webhook: { drop: 0.3, duplicate: 0.2, jitterMs: 30, seed: 11 },
      reconcile: { periodMs: 700, startupSpreadMs: 0 },
    })
    // Installed before the app started, with no board yet: the start-up reconcile writes it.
    await reconciled(t, 1)
    expect(board(t)).toBe(truthBody(t.sim, TODAY))

    churn(t.sim, 30, 'a')
    await t.settle()
    const lost = t.sim.webhooks.deliveries.filter((d) => d.dropped && d.event === 'issues').length
    expect(lost).toBeGreaterThan(0)
    const runs = t.app.reconciler?.runs ?? 0
    await reconciled(t, runs + 1)
    expect(board(t)).toBe(truthBody(t.sim, TODAY))
    expect(skippedDuplicates(t)).toBeGreaterThan(0)
  })

  it('converges from duplicated, reordered deliveries without any reconcile', async () => {
    const t = await startApp({
      sim: { seed: ORG, install: false },
      today: TODAY,
      webhook: { duplicate: 0.5, jitterMs: 40, seed: 4 },
    })
    t.sim.state.installations.create({ account: 'acme' })
    await t.settle()
    churn(t.sim, 24, 'b')
    await t.settle()
    expect(board(t)).toBe(truthBody(t.sim, TODAY))
    const duplicates = t.sim.webhooks.deliveries.filter((d) => d.duplicate)
    const ofChurn = duplicates.filter((d) => /^Job b-/.test(issueTitle(d.payload))).length
    expect(ofChurn).toBeGreaterThan(5)
    // Every repeated delivery that a handler takes is skipped (events without a handler log nothing).
    expect(skippedDuplicates(t)).toBeGreaterThanOrEqual(ofChurn)
    expect(skippedDuplicates(t)).toBeLessThanOrEqual(duplicates.length)
  })

  it('handles a redelivery (same delivery id) of a delivery it never received', async () => {
    const t = await startApp({ sim: { seed: ORG, install: false }, today: TODAY })
    t.sim.state.installations.create({ account: 'acme' })
    await t.settle()
    t.sim.configureWebhooks({ ...webhookOf(t), drop: 1 })
    churn(t.sim, 1, 'c')
    await t.settle()
    expect(board(t)).not.toBe(truthBody(t.sim, TODAY))
    t.sim.configureWebhooks(webhookOf(t))
    const lost = t.sim.webhooks.deliveries.find((d) => d.dropped && d.event === 'issues')
    const attempt = await t.sim.webhooks.redeliver(lost?.attemptId ?? 0)
    expect(attempt).toMatchObject({ id: lost?.id, status: 200, redelivery: true })
    await t.settle()
    expect(board(t)).toBe(truthBody(t.sim, TODAY))
  })
})

function issueTitle(payload: Record<string, unknown>): string {
  return (payload.issue as { title?: string } | undefined)?.title ?? ''
}

function webhookOf(t: AppOnSim): { url: string; secret: string } {
  const url = t.sim.webhooks.url
  return { url, secret: 'e2e-webhook-secret' }
}
