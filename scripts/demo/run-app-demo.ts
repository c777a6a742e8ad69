import { Octokit } from '@octokit/rest'
import { trackingIssues, type AppOnSim } from '../../test/app/start-app-on-sim.js'
import type { Progress } from './create-progress.js'
import { diffBoardTables, formatRowChange, type RowChange } from './diff-board-tables.js'
import { pickDemoChanges, type DemoChange } from './pick-demo-changes.js'

/** The tracking issue's body after each phase, and the rows that changed between them. */
export interface AppDemoResult {
  tracking: { repo: string; number: number }
  before: string
  after: string
  changes: RowChange[]
}

/** Installs the app on the org (GitHub sends `installation.created`) and waits for its first board. */
export async function installApp(
  t: AppOnSim,
  progress: Progress,
): Promise<{ repo: string; number: number; body: string }> {
  const mark = { deliveries: t.sim.webhooks.deliveries.length, logs: t.logs.length }
  const org = t.sim.seeded?.org ?? 'acme'
  t.sim.state.installations.create({ account: org })
  await t.settle()
  showActivity(t, progress, mark)
  const repo = `${org}/.github`
  const [issue, ...more] = trackingIssues(t.sim, repo)
  if (!issue || more.length > 0)
    throw new Error(
      `Expected one tracking issue in ${repo} after the first refresh, found ${more.length + (issue ? 1 : 0)}.`,
    )
  progress.info(
    `tracking issue: ${repo}#${issue.number} "${issue.title}" (${issue.body?.length ?? 0} characters)`,
  )
  return { repo, number: issue.number, body: issue.body ?? '' }
}

/**
 * Labels an issue with a migration label and closes another migration job as completed, through the
 * REST API as the teams' leaders would; waits for the app's coalesced refresh and shows what changed.
 */
export async function changeIssues(
  t: AppOnSim,
  p: { tracking: { repo: string; number: number; body: string }; progress: Progress },
): Promise<AppDemoResult> {
  const { progress } = p
  const picked = pickDemoChanges(t.sim)
  const mark = { deliveries: t.sim.webhooks.deliveries.length, logs: t.logs.length }
  const rest = (who: DemoChange) =>
    new Octokit({ baseUrl: t.sim.apiUrl, auth: t.sim.issueToken({ login: who.actor }) })
  const [owner, repo] = split(picked.label.repo)
  await rest(picked.label).rest.issues.addLabels({
    owner,
    repo,
    issue_number: picked.label.issue.number,
    labels: [picked.migration.label],
  })
  progress.info(`${describe(picked.label)}: labelled ${picked.migration.label}`)
  const [closeOwner, closeRepo] = split(picked.close.repo)
  await rest(picked.close).rest.issues.update({
    owner: closeOwner,
    repo: closeRepo,
    issue_number: picked.close.issue.number,
    state: 'closed',
    state_reason: 'completed',
  })
  progress.info(`${describe(picked.close)}: closed as completed`)
  await t.settle()
  showActivity(t, progress, mark)
  const after = t.sim.state.repos.get(p.tracking.repo).issues.get(p.tracking.number)?.body ?? ''
  const changes = diffBoardTables(p.tracking.body, after)
  progress.info(`rows that changed (${changes.length}):`)
  for (const change of changes) progress.info(`  ${formatRowChange(change)}`)
  return { tracking: p.tracking, before: p.tracking.body, after, changes }
}

const split = (fullName: string) => fullName.split('/') as [string, string]

const describe = (c: DemoChange) =>
  `@${c.actor} (${c.team}) on ${c.repo}#${c.issue.number} "${c.issue.title}"`

/** The signed deliveries sent since `mark`, and what the app logged about its refreshes. */
function showActivity(t: AppOnSim, progress: Progress, mark: { deliveries: number; logs: number }): void {
  const counts = new Map<string, number>()
  const self = `${t.sim.app.slug}[bot]`
  for (const d of t.sim.webhooks.deliveries.slice(mark.deliveries)) {
    const sender = (d.payload.sender as { login?: string } | undefined)?.login
    const answer = d.skipped ? `skipped (${d.skipped})` : String(d.status)
    const name = `${d.event}${d.action ? `.${d.action}` : ''} → ${answer}${sender === self ? " (the app's own write)" : ''}`
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const sent = [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name))
  progress.info(`signed webhooks delivered to the app: ${sent.join(', ') || 'none'}`)
  for (const message of refreshMessages(t.logs.slice(mark.logs))) progress.info(`app: ${message}`)
}

/** The app's own log lines about refreshes (Probot logs JSON lines through pino). */
export function refreshMessages(logs: readonly string[]): string[] {
  return logs.flatMap((line) => {
    try {
      const msg = (JSON.parse(line) as { msg?: unknown }).msg
      return typeof msg === 'string' && msg.startsWith('Leaderboard of ') ? [msg] : []
    } catch {
      return []
    }
  })
}
