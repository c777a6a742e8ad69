/**
 * The org snapshot straight from the simulator's records, without any request: what a perfect fetch
 * would return. The app's board must equal the board rendered from this.
 */
import { migrationLabel } from '../../src/core/detect/migration-label.js'
import { isAdrPath } from '../../src/core/adr/is-adr-path.js'
import { parseAdr } from '../../src/core/adr/parse-adr.js'
import type { StrategyConfig } from '../../src/core/config/config.schema.js'
import { aggregateLeaderboard } from '../../src/core/leaderboard/aggregate-leaderboard.js'
import { renderLeaderboard } from '../../src/core/leaderboard/render-leaderboard.js'
import type { IssueInfo, MergedPullInfo, OrgSnapshot, RepoSnapshot } from '../../src/core/types.js'
import { daysBefore } from '../../src/github/org-snapshot.js'
import { boardHealth, healthNote } from '../../src/jobs/board-health.js'
import type { IssueRecord, Simulator } from '../../sim/index.js'

/** `org`: one of several installations (default: the seeded one, `acme`). */
export function truthSnapshot(
  sim: Simulator,
  config: StrategyConfig,
  today: string,
  org?: string,
): OrgSnapshot {
  const installation = org
    ? sim.state.installations.forAccount(org)
    : (sim.seeded?.installation ?? sim.state.installations.forAccount('acme'))
  if (!installation) throw new Error('no installation')
  const repos = sim.state.installations
    .repositoriesOf(installation)
    .sort((a, b) => a.name.localeCompare(b.name))
  const labels = new Set(config.migrations.map(migrationLabel))
  const since = daysBefore(today, config.leaderboard.pr_window_days)
  const slices: RepoSnapshot[] = repos
    .filter((repo) => !repo.archived)
    .map((repo) => {
      const full = `${repo.owner.login}/${repo.name}`
      const url = `https://github.com/${full}`
      const records = [...repo.issues.values()]
      const options = { statuses: config.adrs.statuses, synonyms: config.adrs.status_synonyms }
      return {
        repo: full,
        url,
        defaultBranch: repo.defaultBranch,
        adrs: sim.state.files
          .list(full)
          .filter((path) => isAdrPath(path, config.adrs))
          .sort()
          .map((path) => parseAdr(path, sim.state.files.read(full, path) ?? '', options).adr),
        issues: records
          .filter((issue) => !issue.pull && issue.labels.some((label) => labels.has(label)))
          .map((issue) => toIssue(issue, full, url, labels)),
        mergedPulls: records
          .filter((issue) => issue.pull?.merged && (issue.pull.mergedAt ?? '') >= since)
          .map((issue) => toPull(issue, full, url)),
      }
    })
  const skipped = repos
    .filter((repo) => repo.archived)
    .map((repo) => ({ repo: `${repo.owner.login}/${repo.name}`, reason: 'archived' }))
  return { org: org ?? 'acme', repos: slices, skipped, failed: [] }
}

/** The tracking issue's body for a snapshot, as the refresh job writes it. */
export function expectedBody(snapshot: OrgSnapshot, config: StrategyConfig, today: string): string {
  const rendered = renderLeaderboard(aggregateLeaderboard({ snapshot, config, today }))
  return `${rendered.trimEnd()}\n${healthNote(boardHealth(snapshot))}\n`
}

function toIssue(issue: IssueRecord, repo: string, url: string, labels: Set<string>): IssueInfo {
  return {
    repo,
    number: issue.number,
    title: issue.title,
    url: `${url}/issues/${issue.number}`,
    state: issue.state,
    stateReason: issue.stateReason,
    createdAt: issue.createdAt,
    closedAt: issue.closedAt,
    labels: issue.labels.filter((label) => labels.has(label)),
    author: issue.author.login,
  }
}

function toPull(issue: IssueRecord, repo: string, url: string): MergedPullInfo {
  return {
    repo,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    labels: [...issue.labels],
    headRef: issue.pull?.head.ref ?? '',
    author: issue.author.login,
    authorIsBot: issue.author.type === 'Bot',
    mergedAt: issue.pull?.mergedAt ?? '',
    url: `${url}/pull/${issue.number}`,
  }
}
