/**
 * Job issues of detected migrations (issue 15): carries out the core's plan (`planJobIssues`) with
 * REST writes, one at a time, and records each job issue in the installation's state so the board
 * links it. Never twice: before creating, the repository's issues opened by our login are listed and
 * searched for the migration's hidden marker (one request; not by label, which a person may remove,
 * nor by repository name, which a rename changes); an issue found is reused (reopened if closed). Closing uses `state_reason: completed`, so the job counts as done. Writes are
 * content-creating requests (GitHub: 80 a minute, 500 an hour), hence `issues_per_refresh`; a secondary
 * limit answer is waited out by secondary-limit-pause.ts around the client.
 */
import type { StrategyConfig } from '../core/config/config.schema.js'
import type { DetectedJob } from '../core/detect/detected-job.js'
import { jobIssueText } from '../core/detect/job-issue-text.js'
import { migrationLabel } from '../core/detect/migration-label.js'
import { hasJobIssueMarker, planJobIssues, type JobIssueAction } from '../core/detect/plan-job-issues.js'
import type { Logger } from '../core/logger.js'
import type { IssueInfo, OrgSnapshot } from '../core/types.js'
import { toGitHubError } from './errors.js'
import type { GatewayOctokit } from './octokit-types.js'
import { toOrgSnapshot, type InstallationState } from './snapshot-cache.js'

export interface SyncJobIssuesParams {
  octokit: GatewayOctokit
  logger: Logger
  state: InstallationState
  config: StrategyConfig
  /** Our login as REST shows it (`<slug>[bot]` for an app). */
  ownLogin: string
  /** Only the job issues of these repositories (an event's); all when absent (a full refresh). */
  only?: string[]
}

/** What a sync did. */
export interface JobIssueSummary {
  created: number
  reopened: number
  closed: number
  /** Job issues found by their marker instead of created again. */
  found: number
  /** Repositories waiting for a later refresh (`issues_per_refresh`). */
  deferred: number
  failed: number
}

type RawIssue = {
  number: number
  title: string
  html_url: string
  state: string
  state_reason?: string | null
  body?: string | null
  created_at: string
  closed_at: string | null
  labels: (string | { name?: string })[]
  user: { login: string } | null
}

/** Brings the job issues in line with the detectors; returns the summary and the snapshot with them. */
export async function syncJobIssues(
  p: SyncJobIssuesParams,
): Promise<{ summary: JobIssueSummary; snapshot: OrgSnapshot }> {
  const only = p.only ? new Set(p.only) : undefined
  const plan = planJobIssues(toOrgSnapshot(p.state), p.config.migrations, p.ownLogin, only)
  const summary: JobIssueSummary = { created: 0, reopened: 0, closed: 0, found: 0, deferred: 0, failed: 0 }
  for (const count of plan.deferred.values()) summary.deferred += count
  for (const action of plan.actions) {
    try {
      const issue = await carryOut(p, action, summary)
      if (issue) record(p.state, action, issue)
    } catch (error) {
      summary.failed++
      const target = `${p.state.org}/${action.repo}`
      p.logger.warn(toGitHubError(error, `${action.kind} the job issue of`, target).message)
    }
  }
  const { created, reopened, closed, deferred, failed } = summary
  if (plan.actions.length > 0 || deferred > 0)
    p.logger.info(
      `Job issues: ${created} opened, ${reopened} reopened, ${closed} closed, ${summary.found} found again, ${deferred} left for later refreshes, ${failed} failed.`,
    )
  return { summary, snapshot: toOrgSnapshot(p.state) }
}

/** `state_reason`s of an issue closed without the job being done (see `jobOutcome`). */
const DROPPED_REASONS = new Set(['not_planned', 'duplicate'])

async function carryOut(
  p: SyncJobIssuesParams,
  action: JobIssueAction,
  summary: JobIssueSummary,
): Promise<RawIssue | null> {
  const where = { owner: p.state.org, repo: action.repo }
  if (action.kind === 'open') {
    const existing = await findByMarker(p, action)
    if (existing?.state === 'open') {
      summary.found++
      return existing
    }
    // Closed by a person as not planned or a duplicate: the job was dropped; never reopened (the
    // issue is linked, so the board counts it dropped and later refreshes leave it alone).
    if (existing && DROPPED_REASONS.has(existing.state_reason ?? '')) {
      summary.found++
      return existing
    }
    if (existing) {
      summary.reopened++
      return patch(p, action.repo, existing.number, { state: 'open', state_reason: 'reopened' })
    }
    const { title, body } = jobIssueText(action.migration, action.repo)
    const { assignees } = action.migration
    const { data } = await p.octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...where,
      title,
      body,
      labels: [migrationLabel(action.migration)],
      ...(assignees.length > 0 ? { assignees } : {}),
    })
    summary.created++
    return data as RawIssue
  }
  if (action.kind === 'reopen') {
    summary.reopened++
    return patch(p, action.repo, action.number, { state: 'open', state_reason: 'reopened' })
  }
  if (action.verify) {
    const { data } = await p.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...where,
      issue_number: action.number,
    })
    if (!hasJobIssueMarker((data as RawIssue).body ?? '', action.migration.id)) return null
  }
  summary.closed++
  return patch(p, action.repo, action.number, { state: 'closed', state_reason: 'completed' })
}

/**
 * Our issue in the repository with the migration's marker, the open one first, else the newest; null
 * when none. Listed by creator only, not by label: a person may have taken the label off a job issue,
 * and it is still the one job issue of that repository.
 */
async function findByMarker(p: SyncJobIssuesParams, action: JobIssueAction): Promise<RawIssue | null> {
  // Newest first, page by page until an open one turns up: a repository where the app has opened more
  // than 100 issues still has its older job issues found.
  const marked = await p.octokit.paginate(
    'GET /repos/{owner}/{repo}/issues',
    {
      owner: p.state.org,
      repo: action.repo,
      creator: p.ownLogin,
      state: 'all',
      sort: 'created',
      direction: 'desc',
      per_page: 100,
    },
    (response, done) => {
      const page = (response.data as RawIssue[]).filter(
        (issue) => !('pull_request' in issue) && hasJobIssueMarker(issue.body ?? '', action.migration.id),
      )
      if (page.some((issue) => issue.state === 'open')) done()
      return page
    },
  )
  return marked.find((issue) => issue.state === 'open') ?? marked[0] ?? null
}

async function patch(
  p: SyncJobIssuesParams,
  repo: string,
  number: number,
  change: { state: 'open' | 'closed'; state_reason: 'reopened' | 'completed' },
): Promise<RawIssue> {
  const { data } = await p.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    owner: p.state.org,
    repo,
    issue_number: number,
    ...change,
  })
  return data as RawIssue
}

/** Links the job issue to the repository's detected job, and shows its new state on the board. */
function record(state: InstallationState, action: JobIssueAction, raw: RawIssue): void {
  const slice = state.slices.get(action.repo)
  if (!slice) return
  const snapshot = slice.snapshot
  const link = { number: raw.number, url: raw.html_url }
  const detected: DetectedJob[] = (snapshot.detected ?? []).map((job) =>
    job.migration === action.migration.id ? { ...job, issue: link } : job,
  )
  const issue: IssueInfo = {
    repo: snapshot.repo,
    number: raw.number,
    title: raw.title,
    url: raw.html_url,
    state: raw.state === 'closed' ? 'closed' : 'open',
    stateReason:
      raw.state !== 'closed'
        ? null
        : DROPPED_REASONS.has(raw.state_reason ?? '')
          ? (raw.state_reason as 'not_planned' | 'duplicate')
          : 'completed',
    createdAt: raw.created_at,
    closedAt: raw.closed_at,
    labels: raw.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
    author: raw.user?.login ?? null,
  }
  const issues = [...snapshot.issues.filter((known) => known.number !== raw.number), issue].sort(
    (a, b) => a.number - b.number,
  )
  state.slices.set(action.repo, { ...slice, snapshot: { ...snapshot, detected, issues } })
}
