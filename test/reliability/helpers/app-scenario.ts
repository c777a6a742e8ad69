import { expect } from 'vitest'
import { expectNoViolations, type GenerateOrgOptions, type Simulator } from '../../../sim/index.js'
import { startAppCluster, type AppCluster, type AppClusterOptions } from './app-cluster.js'
import { openTrackingIssue, truthBody } from './leaderboard-truth.js'

export const TODAY = '2026-11-16'
export const ORG: GenerateOrgOptions = {
  seed: 'reliability-faults',
  repos: 16,
  issuesPerRepo: 5,
  adrsPerRepo: 2,
  mergedPullsPerRepo: 2,
}

export interface Installed {
  c: AppCluster
  installation: { id: number }
  /** The first board, equal to the truth. */
  good: string
}

/** The app installed on a generated org, its first board posted (no faults yet). */
export async function installApp(o: Partial<AppClusterOptions> = {}): Promise<Installed> {
  const c = await startAppCluster({ sim: { seed: ORG, install: false }, today: TODAY, ...o })
  const installation = c.sim.state.installations.create({ account: 'acme' })
  await c.settle()
  const good = openTrackingIssue(c.sim).body ?? ''
  expect(good).toBe(truthBody(c.sim, TODAY))
  return { c, installation, good }
}

/** Stops the cluster and checks that nothing asked GitHub for what it would not answer. */
export async function stopApp(c: AppCluster): Promise<void> {
  await c.stop()
  expectNoViolations(c.sim)
}

/** Makes `count` changes that each move a leaderboard number (new migration jobs). */
export function addJobs(sim: Simulator, count: number, tag: string): void {
  const label = sim.org?.strategy.migrations[0]?.label ?? ''
  const repos = (sim.org?.repos ?? []).filter((r) => !r.archived && r.name !== '.github')
  for (let i = 0; i < count; i++) {
    const repo = `acme/${repos[i % repos.length]?.name}`
    sim.state.issues.create({ repo, title: `Job ${tag}-${i}`, labels: [label] })
  }
}

/** Messages the app logged (pino JSON lines) at `level` or above (30 info, 40 warn). */
export function messages(c: AppCluster, level = 30): string[] {
  return c
    .logs()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: number; msg: string })
    .filter((entry) => entry.level >= level)
    .map((entry) => entry.msg)
}
