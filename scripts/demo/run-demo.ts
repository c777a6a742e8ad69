/**
 * `npm run demo`: the whole product against a simulated GitHub, offline, in a few seconds. No logic
 * here beyond start, stop and exit codes: the steps are in run-demo-steps.ts.
 *
 * Options: `--out DIR` writes the outputs somewhere else than `demo-output/`.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createCleanup, withTimeout } from './create-cleanup.js'
import { createProgress } from './create-progress.js'
import { DEMO_STEPS, runDemoSteps } from './run-demo-steps.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const TIME_LIMIT_MS = 120_000

/** Set on SIGINT/SIGTERM: the signal handler stops everything and exits; later failures are its echo. */
let interrupted = false

async function main(): Promise<number> {
  const { values } = parseDemoArgs()
  const outDir = resolve(values.out ?? resolve(ROOT, 'demo-output'))
  const progress = createProgress(DEMO_STEPS)
  const cleanup = createCleanup()
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    interrupted = true
    process.stderr.write(`\nDemo interrupted (${signal}): stopping the app server and the simulator.\n`)
    void cleanup.run().finally(() => process.exit(code))
  }
  process.once('SIGINT', () => onSignal('SIGINT', 130))
  process.once('SIGTERM', () => onSignal('SIGTERM', 143))
  process.stdout.write(
    'Strategy Trace demo: the Action, the app and the leaderboard against a simulated GitHub (offline).\n',
  )
  try {
    // A watchdog, so a stuck step ends the demo with a message instead of hanging the terminal.
    const limit = `The demo did not finish within ${TIME_LIMIT_MS / 1000} s`
    await withTimeout(runDemoSteps({ progress, cleanup, outDir }), TIME_LIMIT_MS, limit)
  } finally {
    const failed = await cleanup.run()
    for (const problem of failed) process.stderr.write(`Cleanup: ${problem}\n`)
  }
  process.stdout.write(`\nDone in ${progress.seconds()} s; the app server and the simulator are stopped.\n`)
  return 0
}

function parseDemoArgs() {
  try {
    return parseArgs({ options: { out: { type: 'string' } }, strict: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${message}. Usage: npm run demo [-- --out DIR] (default DIR: demo-output).`)
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (interrupted) return
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`\nThe demo failed: ${message.split('\n')[0]}\n`)
    process.exit(1)
  },
)
