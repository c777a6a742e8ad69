import { fileURLToPath } from 'node:url'
import { runProcess, type ProcessRun } from '../helpers/run-process.js'

/** What users run: the launcher of the bundled CLI in dist/cli/ (`npm run build:cli`). */
export const BIN = fileURLToPath(new URL('../../bin/strategy-trace.cjs', import.meta.url))
/** The same CLI from its TypeScript sources, through tsx: what the tests run, so they see src/ as it is. */
export const FROM_SOURCES = fileURLToPath(new URL('../../scripts/run-cli-from-sources.mjs', import.meta.url))
export const REPOS = fileURLToPath(new URL('../fixtures/repos/', import.meta.url))

/** How the CLI ended and what it printed. */
export type CliRun = ProcessRun

/**
 * Runs the CLI from its sources in `cwd` as a user would run `strategy-trace …`, collecting both
 * streams. The sources, not the committed bundle, so a change to src/ needs no rebuild to be tested;
 * test/cli/bundle.test.ts proves the bundle prints the same, and CI that it is built from these sources.
 */
export function runCli(args: string[], cwd: string): Promise<CliRun> {
  return runProcess(process.execPath, [FROM_SOURCES, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  })
}

/** Runs the bundled CLI (`bin/strategy-trace.cjs`) with the Node binary `node`. */
export function runBundledCli(node: string, args: string[], cwd: string): Promise<CliRun> {
  return runProcess(node, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } })
}
