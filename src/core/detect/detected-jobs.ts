import type { MigrationConfig } from '../config/config.schema.js'
import type { TeamOf } from '../leaderboard/assign-teams.js'
import { compareText } from '../leaderboard/compare-text.js'
import { toDayNumber } from '../leaderboard/day-number.js'
import { jobOutcome, type Job } from '../leaderboard/total-jobs.js'
import type { RepoSnapshot } from '../types.js'

/** A detected job as the board lists it: the repository, whether it remains, and its job issue. */
export interface DetectedJobEntry {
  /** `owner/name`. */
  repo: string
  remaining: boolean
  /** Its job issue was closed by a person as not planned or a duplicate: the job was dropped. */
  dropped: boolean
  /** `YYYY-MM-DD` it was done; null while it remains, and when it was dropped. */
  doneOn: string | null
  issue: { number: number; url: string } | null
}

/** The jobs of one detecting migration, and the repositories they stand for (lower case). */
export interface MigrationDetections {
  jobs: Job[]
  entries: DetectedJobEntry[]
  repos: Set<string>
}

/**
 * The jobs the detectors found, per migration that has `detect:`. A repository is at most one job of a
 * migration: remaining while its detector matches, done from the commit that made it stop. Labelled
 * issues of that migration in the same repository are not counted again (the caller leaves them out):
 * the detector speaks for the repository, and its job issue is the job's link.
 */
export function detectedJobs(
  repos: readonly RepoSnapshot[],
  migrations: readonly MigrationConfig[],
  context: { teamOf: TeamOf; today: number },
): Map<MigrationConfig, MigrationDetections> {
  const byId = new Map(migrations.filter((m) => m.detect).map((m) => [m.id, m]))
  const result = new Map<MigrationConfig, MigrationDetections>()
  for (const migration of byId.values()) result.set(migration, { jobs: [], entries: [], repos: new Set() })
  for (const repo of repos) {
    for (const found of repo.detected ?? []) {
      const migration = byId.get(found.migration)
      const into = migration && result.get(migration)
      if (!into || into.repos.has(repo.repo.toLowerCase())) continue
      into.repos.add(repo.repo.toLowerCase())
      const created = toDayNumber(found.since) ?? context.today
      // A job issue a person closed as not planned (or a duplicate) drops the job, as for labelled issues.
      const issue = found.issue && repo.issues.find((known) => known.number === found.issue?.number)
      const dropped = issue ? jobOutcome(issue) === 'dropped' : false
      const end = dropped ? (issue?.closedAt ?? '') : found.matching ? null : (found.doneOn ?? '')
      const closed = end === null ? null : (toDayNumber(end) ?? context.today)
      into.jobs.push({
        team: context.teamOf(repo.repo),
        outcome: dropped ? 'dropped' : found.matching ? 'remaining' : 'done',
        created,
        // A job cannot end before it was found (a cold start dates a job found today by its commit).
        closed: closed === null ? null : Math.max(closed, created),
      })
      into.entries.push({
        repo: repo.repo,
        remaining: found.matching && !dropped,
        dropped,
        doneOn: found.matching || dropped ? null : found.doneOn,
        issue: found.issue ?? null,
      })
    }
  }
  for (const detections of result.values())
    detections.entries.sort(
      (a, b) => Number(b.remaining) - Number(a.remaining) || compareText(a.repo, b.repo),
    )
  return result
}
