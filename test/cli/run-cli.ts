import { fileURLToPath } from 'node:url'
import { runProcess, type ProcessRun } from '../helpers/run-process.js'

export const BIN = fileURLToPath(new URL('../../bin/strategy-trace.js', import.meta.url))
export const REPOS = fileURLToPath(new URL('../fixtures/repos/', import.meta.url))

/** How the CLI ended and what it printed. */
export type CliRun = ProcessRun

/** Runs `node bin/strategy-trace.js …` in `cwd` as a user would, collecting both streams. */
export function runCli(args: string[], cwd: string): Promise<CliRun> {
  return runProcess(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } })
}
