import type { MigrationConfig, StrategyConfig } from '../config/config.schema.js'
import type { IssueInfo, MergedPullInfo, OrgSnapshot } from '../types.js'
import { aggregateDecisions } from './aggregate-decisions.js'
import { aggregateGlance } from './aggregate-glance.js'
import { aggregateMigration } from './aggregate-migration.js'
import { aggregatePulls } from './aggregate-pulls.js'
import { type TeamOf } from './assign-teams.js'
import { assignOwners } from '../ownership/assign-owners.js'
import { ownershipInput, summariseOwnership } from '../ownership/summarise-ownership.js'
import { compareText } from './compare-text.js'
import { requireDayNumber, toDayNumber } from './day-number.js'
import type { Leaderboard, UnreadRepo } from './leaderboard-types.js'
import { jobOutcome, type Job } from './total-jobs.js'
import { detectedJobs, type MigrationDetections } from '../detect/detected-jobs.js'
import { migrationLabel } from '../detect/migration-label.js'

export interface AggregateLeaderboardParams {
  snapshot: OrgSnapshot
  config: StrategyConfig
  /** `YYYY-MM-DD`: the day the board is computed for (burn-rate window, projections, stale ADRs). */
  today: string
}

/**
 * Turns an organisation's snapshot into the leaderboard: per migration progress, pace and ranked teams;
 * per theme the decision log, stale ADRs and merged pull requests; ADR theme coverage; and the
 * repositories that were skipped or could not be read. Pure and order-independent: issues and pull
 * requests are deduplicated by repository and number, and every list on the board is sorted, so a
 * shuffled snapshot gives the same board. Runs in O(n log n) over repositories, issues, ADRs and pull
 * requests; each repository's team is matched once.
 *
 * @example renderLeaderboard(aggregateLeaderboard({ snapshot, config, today: '2026-03-02' }))
 */
export function aggregateLeaderboard({ snapshot, config, today }: AggregateLeaderboardParams): Leaderboard {
  const todayDay = requireDayNumber(today, 'today')
  const repos = [...snapshot.repos].sort((a, b) => compareText(a.repo, b.repo))
  const issues = uniqueByNumber(repos.flatMap((repo) => repo.issues))
  const mergedPulls = uniqueByNumber(repos.flatMap((repo) => repo.mergedPulls))
  const teamOf = assignOwners(ownershipInput(snapshot, config))
  const otherRepos = [...issues, ...mergedPulls].map((item) => item.repo)
  for (const names of [repos.map((repo) => repo.repo), otherRepos]) warmTeams(teamOf, names)
  const weeks = config.leaderboard.burn_rate_weeks
  const detections = detectedJobs(repos, config.migrations, { teamOf, today: todayDay })
  const jobsByMigration = collectJobs(issues, config.migrations, { teamOf, today: todayDay }, detections)
  const decisions = aggregateDecisions({ repos, config, today })
  const pulls = aggregatePulls({ pulls: mergedPulls, config, teamOf, today: todayDay })
  const pullsPerTheme = new Map(pulls.perTheme.map((entry) => [entry.id, entry.count]))
  const board: Omit<Leaderboard, 'glance'> = {
    org: snapshot.org,
    today,
    repoCount: repos.length,
    burnRateWeeks: weeks,
    reviewAfterDays: config.adrs.review_after_days,
    migrations: config.migrations.map((migration) =>
      aggregateMigration({
        migration,
        jobs: jobsByMigration.get(migration) ?? [],
        themes: config.themes,
        today,
        weeks,
        ...withDetected(detections.get(migration)),
      }),
    ),
    themes: decisions.themes.map((theme) => ({
      ...theme,
      mergedPulls: pullsPerTheme.get(theme.id) as number,
    })),
    adrStatuses: [...config.adrs.statuses],
    unthemedAdrs: decisions.unthemedAdrs,
    unthemedStatusCounts: decisions.unthemedStatusCounts,
    unthemedStale: decisions.unthemedStale,
    coverage: decisions.coverage,
    pulls,
    failed: sortUnread(snapshot.failed),
    skipped: sortUnread(snapshot.skipped),
    ...summariseOwnership({ config, snapshot, teamOf, repos: repos.map((repo) => repo.repo) }),
  }
  return { ...board, glance: aggregateGlance({ board, config }) }
}

/**
 * Keeps one item per repository (case-insensitive) and number. Should two snapshots disagree about the
 * same item, the one whose serialised form sorts last wins, so which one is kept never depends on the
 * order of the input. (The order of the result does, but nothing downstream depends on it: counts are
 * sums and every list shown is sorted.)
 */
function uniqueByNumber<T extends IssueInfo | MergedPullInfo>(items: readonly T[]): T[] {
  const byKey = new Map<string, T>()
  for (const item of items) {
    const key = `${item.repo.toLowerCase()}#${item.number}`
    const seen = byKey.get(key)
    if (seen === undefined || (seen !== item && JSON.stringify(item) > JSON.stringify(seen)))
      byKey.set(key, item)
  }
  return [...byKey.values()]
}

/**
 * Looks every repository up once in name order, so the spelling an unclaimed repository's team is shown
 * with never depends on which issue or pull request came first.
 */
function warmTeams(teamOf: TeamOf, names: Iterable<string>): void {
  for (const name of [...new Set(names)].sort(compareText)) teamOf(name)
}

function collectJobs(
  issues: readonly IssueInfo[],
  migrations: readonly MigrationConfig[],
  context: { teamOf: TeamOf; today: number },
  detections: Map<MigrationConfig, MigrationDetections>,
): Map<MigrationConfig, Job[]> {
  const byLabel = new Map<string, MigrationConfig[]>()
  for (const migration of migrations) {
    const label = migrationLabel(migration).toLowerCase()
    const list = byLabel.get(label)
    if (list) list.push(migration)
    else byLabel.set(label, [migration])
  }
  const jobs = new Map<MigrationConfig, Job[]>()
  for (const issue of issues) {
    const matched: MigrationConfig[] = []
    for (const label of issue.labels) {
      for (const migration of byLabel.get(label.toLowerCase()) ?? []) {
        if (!matched.includes(migration)) matched.push(migration)
      }
    }
    // A repository a detector found is one job of that migration, whatever its labelled issues say.
    const repo = issue.repo.toLowerCase()
    const counted = matched.filter((migration) => !detections.get(migration)?.repos.has(repo))
    if (counted.length === 0) continue
    const job = toJob(issue, context)
    for (const migration of counted) {
      const list = jobs.get(migration)
      if (list) list.push(job)
      else jobs.set(migration, [job])
    }
  }
  for (const [migration, detected] of detections)
    jobs.set(migration, [...(jobs.get(migration) ?? []), ...detected.jobs])
  return jobs
}

function withDetected(detections: MigrationDetections | undefined) {
  return detections ? { detected: detections.entries } : {}
}

/** Dates GitHub always sends; should one be malformed, the job counts as created or closed today. */
function toJob(issue: IssueInfo, { teamOf, today }: { teamOf: TeamOf; today: number }): Job {
  const created = toDayNumber(issue.createdAt) ?? today
  const closedAt = issue.state === 'open' ? null : (issue.closedAt ?? '')
  const closed = closedAt === null ? null : (toDayNumber(closedAt) ?? today)
  return { team: teamOf(issue.repo), outcome: jobOutcome(issue), created, closed }
}

function sortUnread(list: readonly UnreadRepo[]): UnreadRepo[] {
  return [...list].sort((a, b) => compareText(a.repo, b.repo) || compareText(a.reason, b.reason))
}
