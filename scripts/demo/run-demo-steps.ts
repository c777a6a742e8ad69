import { relative } from 'node:path'
import { DEFAULT_NOW, type GeneratedOrg, type Simulator } from '../../sim/index.js'
import { requireDist } from '../../test/action/e2e/run-dist.js'
import { startAppOnSim } from '../../test/app/start-app-on-sim.js'
import { truthSnapshot } from '../../test/app/truth-snapshot.js'
import { parseConfig } from '../../src/core/config/parse-config.js'
import { previewDigest } from '../../src/jobs/post-digest.js'
import type { Cleanup } from './create-cleanup.js'
import { withTimeout } from './create-cleanup.js'
import type { Progress } from './create-progress.js'
import { findNode24 } from './find-node-24.js'
import { runActionDemo, type PullOutcome } from './run-action-demo.js'
import { changeIssues, installApp, type AppDemoResult } from './run-app-demo.js'
import { writeDemoOutput } from './write-demo-output.js'

/** The numbered steps `runDemoSteps` announces. */
export const DEMO_STEPS = 5

export interface DemoResult {
  pulls: PullOutcome[]
  board: AppDemoResult
  files: string[]
}

/**
 * The demo, step by step: a simulated GitHub with the `demo` org and the Probot app listening; the
 * bundled Action on three pull requests; the app installed (first board); an issue labelled and
 * another closed (board change); the outputs written to `outDir`. Whatever it starts is registered
 * with `cleanup`, which the caller runs.
 */
export async function runDemoSteps(p: {
  progress: Progress
  cleanup: Cleanup
  outDir: string
}): Promise<DemoResult> {
  const { progress, cleanup } = p
  requireDist() // the committed bundle; a clear one-line error with the fix when it is missing
  const node = findNode24()

  progress.step('Starting a simulated GitHub (org acme, seed "demo") and the Probot app server')
  // The app computes the board for the day the sample data was generated for, so it reads the same everywhere.
  const today = DEFAULT_NOW.slice(0, 10)
  const t = await startAppOnSim({ sim: { seed: 'demo', install: false }, today, delayMs: 300 })
  cleanup.add('the app server and the simulator', async () => {
    await withTimeout(t.stop(), 8_000, 'not idle').catch(() =>
      Promise.allSettled([t.server.stop(), t.sim.stop()]),
    )
  })
  progress.info(`GitHub simulator: ${t.sim.apiUrl} (REST) and ${t.sim.graphqlUrl}`)
  if (t.sim.org) progress.info(describeOrg(t.sim.org))
  progress.info(
    `Probot server (the real app): http://127.0.0.1:${t.server.port}/api/github/webhooks, not installed yet`,
  )

  const actionNode = await node
  progress.step(
    `Running the bundled Action (dist/index.js) on three pull requests, with Node ${actionNode.version}`,
  )
  if (actionNode.fallback) progress.info(`note: ${actionNode.fallback}`)
  const pulls = await runActionDemo({ sim: t.sim, node: actionNode, progress })

  progress.step(
    `Installing the app on acme: GitHub sends installation.created, the app builds the board (as of ${today})`,
  )
  const tracking = await installApp(t, progress)

  progress.step('Labelling one issue as a migration job and closing another job; the app refreshes')
  const board = await changeIssues(t, { tracking, progress })
  if (board.changes.length === 0)
    throw new Error('The leaderboard did not change after the issue was labelled and the other closed.')
  showApiUse(t.sim, progress)
  const digest = previewSampleDigest(t.sim, today)
  progress.info(
    'The weekly digest is off in the sample config (add `digest: { day: monday }` to turn it on); its preview is digest-preview.md.',
  )

  progress.step(`Writing ${relative(process.cwd(), p.outDir) || '.'}/`)
  const org = t.sim.seeded?.org ?? 'acme'
  const files = await writeDemoOutput({ dir: p.outDir, org, pulls, board, digest })
  for (const file of files) progress.info(relative(process.cwd(), file))
  progress.info(
    `Open ${relative(process.cwd(), files.at(-1) ?? '')} in a browser to see the board as GitHub shows it.`,
  )
  return { pulls, board, files }
}

/** The digest the app would post this week, counted from the simulator's records (the config keeps it off). */
function previewSampleDigest(sim: Simulator, today: string): string {
  const config = parseConfig(
    sim.state.files.read('acme/.github', '.github/strategy.yml') ?? '',
    'strategy.yml',
  )
  return previewDigest({ snapshot: truthSnapshot(sim, config, today), config, today })
}

function describeOrg({ org, stats, strategy }: GeneratedOrg): string {
  const { themes, migrations, teams } = strategy
  return (
    `${org}: ${stats.repos} repositories, ${stats.issues} issues (${stats.migrationIssues} migration jobs), ` +
    `${stats.adrs} ADRs, ${stats.openPulls} open pull requests; ${themes.length} themes, ` +
    `${migrations.length} migrations, ${teams.length} teams`
  )
}

/** How many requests the Action and the app made, and any GitHub would not have answered. */
function showApiUse(sim: Simulator, progress: Progress): void {
  const { requests, graphqlQueries, webhooks } = sim.counters.snapshot()
  progress.info(
    `GitHub simulator: ${requests} API requests (${graphqlQueries} GraphQL queries), ` +
      `${webhooks.delivered} webhooks delivered, ` +
      `${sim.violations.length} requests GitHub would not answer`,
  )
  for (const v of sim.violations.slice(0, 5)) progress.info(`  warning: ${v.kind}: ${v.message}`)
}
