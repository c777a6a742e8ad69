import type { PullRequestRef, RepoRef } from '../core/types.js'

/** What the workflow run asks for, decided from the event name and payload. */
export type ActionEvent =
  | { kind: 'pull-request'; ref: PullRequestRef; event: string }
  | { kind: 'audit'; repo: RepoRef; sha: string; event: string }
  | { kind: 'merge-group'; event: string }
  | { kind: 'ignored'; reason: string; event: string }

/** The pull request activity types that can change what the check says. */
export const PULL_REQUEST_ACTIONS = [
  'opened',
  'edited',
  'reopened',
  'synchronize',
  'ready_for_review',
  'labeled',
  'unlabeled',
]

const ZERO_SHA = /^0{40}$/

interface Payload {
  action?: string
  number?: number
  pull_request?: { number?: number }
  repository?: { name?: string; owner?: { login?: string } }
  after?: string
  deleted?: boolean
}

/**
 * Routes an event. Pull request events are checked (the PR is re-fetched later, so only its number
 * is taken from the payload); `push` and `workflow_dispatch` audit every ADR at the commit;
 * `merge_group` passes (the PR was checked already); anything else is skipped with a reason.
 */
export function resolveEvent(p: {
  name: string
  payload: unknown
  repository: string
  sha: string
}): ActionEvent {
  const payload = (typeof p.payload === 'object' && p.payload !== null ? p.payload : {}) as Payload
  const repo = repoOf(payload, p.repository)
  const event = payload.action ? `${p.name}.${payload.action}` : p.name
  switch (p.name) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = payload.pull_request?.number ?? payload.number
      if (!PULL_REQUEST_ACTIONS.includes(payload.action ?? '')) {
        return {
          kind: 'ignored',
          event,
          reason: `The \`${event}\` activity does not change what the check says; nothing to do.`,
        }
      }
      if (!repo || typeof number !== 'number') return malformed(event)
      return { kind: 'pull-request', event, ref: { ...repo, number } }
    }
    case 'push':
    case 'workflow_dispatch': {
      const sha = p.name === 'push' ? (payload.after ?? p.sha) : p.sha
      if (payload.deleted || ZERO_SHA.test(sha))
        return { kind: 'ignored', event, reason: 'The branch was deleted; nothing to audit.' }
      if (!repo || !sha) return malformed(event)
      return { kind: 'audit', event, repo, sha }
    }
    case 'merge_group':
      return { kind: 'merge-group', event }
    default:
      return {
        kind: 'ignored',
        event,
        reason: `Strategy Trace does not handle the \`${p.name}\` event; it runs on pull_request, pull_request_target, merge_group, push and workflow_dispatch.`,
      }
  }
}

function repoOf(payload: Payload, repository: string): RepoRef | null {
  const owner = payload.repository?.owner?.login
  const name = payload.repository?.name
  if (owner && name) return { owner, repo: name }
  const [fromEnvOwner, fromEnvRepo] = repository.split('/')
  return fromEnvOwner && fromEnvRepo ? { owner: fromEnvOwner, repo: fromEnvRepo } : null
}

function malformed(event: string): ActionEvent {
  return {
    kind: 'ignored',
    event,
    reason: `The \`${event}\` event payload names no repository or pull request; nothing to check.`,
  }
}
