import { GitHubError } from '../github/errors.js'
import { createDefaultDeps } from './default-deps.js'
import { firstLine, stoppedLine } from './error-line.js'
import { resolveEvent } from './events.js'
import { handleEvent } from './handle-event.js'
import { readInputs } from './inputs.js'
import { applyFailPolicy, setOutputs } from './report.js'
import type { RunDeps } from './run-deps.js'

/**
 * The Action: inputs → event → check → report → outputs → fail policy. The single catch turns any
 * unexpected error into one clear line (no stack trace); findings never throw.
 */
export async function run(deps: RunDeps = createDefaultDeps()): Promise<void> {
  const { core } = deps
  try {
    const inputs = readInputs(core)
    const event = resolveEvent(await readEventContext(deps))
    core.info(
      `Strategy Trace: ${event.event}${inputs.dryRun ? ' (dry run: nothing is written to GitHub)' : ''}.`,
    )
    const report = await handleEvent({ deps, inputs, event })
    setOutputs(core, report)
    applyFailPolicy(core, inputs.mode, report)
  } catch (error) {
    core.setFailed(describeError(error))
  }
}

/** The event name, payload and repository, as the runner provides them. */
async function readEventContext(deps: RunDeps) {
  const { env } = deps
  const path = env.GITHUB_EVENT_PATH
  const payload: unknown = path ? JSON.parse(await deps.readFile(path)) : {}
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
  }
}

/** One line: what failed and, for GitHub errors, where and why. */
export function describeError(error: unknown): string {
  return error instanceof GitHubError ? firstLine(error) : stoppedLine(error)
}
