import type { ActionEvent } from './events.js'
import { handleAudit } from './handle-audit.js'
import { handlePullRequest } from './handle-pull-request.js'
import type { ActionInputs } from './inputs.js'
import type { ActionReport } from './report.js'
import { createCoreLogger, type RunDeps } from './run-deps.js'

/** Runs what the event asks for. Only events that need GitHub build a gateway. */
export async function handleEvent(p: {
  deps: RunDeps
  inputs: ActionInputs
  event: ActionEvent
}): Promise<ActionReport> {
  const { deps, inputs, event } = p
  const none = { themes: [], findings: [], commentId: null }
  switch (event.kind) {
    case 'merge-group':
      deps.core.notice(
        'merge_group: every pull request in the queue was checked when it was opened or updated; passing.',
      )
      return { ...none, result: 'pass', skipReason: null }
    case 'ignored':
      deps.core.info(event.reason)
      return { ...none, result: 'skipped', skipReason: event.reason }
    case 'pull-request':
    case 'audit': {
      const baseUrl = deps.env.GITHUB_API_URL
      const gateway = deps.createGateway({
        token: inputs.token,
        logger: createCoreLogger(deps.core),
        ...(baseUrl ? { baseUrl } : {}),
      })
      if (event.kind === 'audit')
        return handleAudit({ deps, inputs, gateway, repo: event.repo, sha: event.sha })
      return handlePullRequest({ deps, inputs, gateway, ref: event.ref })
    }
  }
}
