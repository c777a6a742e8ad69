import { resolveEvent, type ActionEvent } from './events.js'
import { readInputs, type ActionInputs } from './inputs.js'
import type { RunnerCore } from './runner-core.js'

/** What the skip-fast entry needs: a core that writes to the runner, the environment, a file reader. */
export interface SkipDeps {
  core: RunnerCore
  env: Record<string, string | undefined>
  readFile(path: string): Promise<string>
}

/**
 * Answers an event the Action does not handle, without loading the rest of it (cold start): the
 * same log lines and outputs `run()` gives a skipped event, in the same order. Returns false, having
 * written nothing, for an event the Action handles, and for a bad payload or a bad input, which
 * `run()` then reports in its own words.
 */
export async function answerSkippedEvent(deps: SkipDeps): Promise<boolean> {
  const decided = await decide(deps)
  if (!decided) return false
  const { core } = deps
  const { event, inputs } = decided
  core.info(
    `Strategy Trace: ${event.event}${inputs.dryRun ? ' (dry run: nothing is written to GitHub)' : ''}.`,
  )
  core.info(event.reason)
  core.setOutput('themes', '[]')
  core.setOutput('errors', '0')
  core.setOutput('warnings', '0')
  core.setOutput('result', 'skipped')
  core.setOutput('skip-reason', event.reason)
  core.setOutput('comment-id', '')
  core.info(`Skipped: ${event.reason.replace(/^skipped:\s*/i, '')}`)
  return true
}

type Ignored = Extract<ActionEvent, { kind: 'ignored' }>

/** The ignored event and valid inputs, or null when `run()` has to take over. */
async function decide(deps: SkipDeps): Promise<{ event: Ignored; inputs: ActionInputs } | null> {
  const { env } = deps
  try {
    const path = env.GITHUB_EVENT_PATH
    const event = resolveEvent({
      name: env.GITHUB_EVENT_NAME ?? '',
      payload: path ? (JSON.parse(await deps.readFile(path)) as unknown) : {},
      repository: env.GITHUB_REPOSITORY ?? '',
      sha: env.GITHUB_SHA ?? '',
    })
    return event.kind === 'ignored' ? { event, inputs: readInputs(deps.core) } : null
  } catch {
    return null
  }
}
