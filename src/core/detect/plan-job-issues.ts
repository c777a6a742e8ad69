import type { MigrationConfig } from '../config/config.schema.js'
import type { OrgSnapshot } from '../types.js'
import { jobOutcome } from '../leaderboard/total-jobs.js'
import { migrationLabel } from './migration-label.js'

/**
 * What the app does about one job issue. `open`: find the repository's job issue by its marker (the
 * gateway lists the migration's labelled issues by our login first) and create it only when none
 * exists, or reopen it; `reopen`/`close`: a known job issue whose state disagrees with the detector;
 * `verify` on a close: an issue of ours we did not record, closed only if its body has the marker.
 */
export type JobIssueAction =
  | { kind: 'open'; repo: string; migration: MigrationConfig }
  | { kind: 'reopen'; repo: string; migration: MigrationConfig; number: number }
  | { kind: 'close'; repo: string; migration: MigrationConfig; number: number; verify: boolean }

export interface JobIssuePlan {
  actions: JobIssueAction[]
  /** Per migration id, repositories left for a later refresh by `issues_per_refresh`. */
  deferred: Map<string, number>
}

/** The hidden marker of a job issue: one per repository and migration. */
export function jobIssueMarker(migrationId: string, repo: string): string {
  return `<!-- strategy-trace:job migration=${migrationId} repo=${repo.toLowerCase()} -->`
}

/**
 * Whether an issue body carries the job marker of a migration. The repository part is not compared:
 * an issue lives in its repository, and a renamed repository keeps its job issue (whose marker names
 * the old name) rather than getting a second one.
 */
export function hasJobIssueMarker(body: string, migrationId: string): boolean {
  return body.includes(`<!-- strategy-trace:job migration=${migrationId} repo=`)
}

/** A login as GraphQL shows it: apps without `[bot]`, compared case-insensitively. */
function sameLogin(a: string | null, b: string): boolean {
  const norm = (login: string) => login.replace(/\[bot\]$/i, '').toLowerCase()
  return a !== null && norm(a) === norm(b)
}

/**
 * Plans the job-issue writes of a refresh, for migrations with `create_issues: true`: one job issue per
 * repository the detector matches, open while it matches, closed as completed once it stops, reopened
 * when it matches again. At most `issues_per_refresh` issues of a migration are opened per refresh
 * (repositories in name order; the others wait for the next refresh). Pure: the gateway carries it out.
 */
export function planJobIssues(
  snapshot: OrgSnapshot,
  migrations: readonly MigrationConfig[],
  ownLogin: string,
  /** Only these repositories (names without the owner); all when absent. */
  only?: ReadonlySet<string>,
): JobIssuePlan {
  const actions: JobIssueAction[] = []
  const deferred = new Map<string, number>()
  const repos = [...snapshot.repos].sort((a, b) => (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0))
  for (const migration of migrations) {
    if (!migration.detect || !migration.create_issues) continue
    const label = migrationLabel(migration).toLowerCase()
    let opened = 0
    for (const repo of repos) {
      const name = repo.repo.slice(repo.repo.indexOf('/') + 1)
      if (only && !only.has(name)) continue
      const job = repo.detected?.find((found) => found.migration === migration.id)
      const ours = repo.issues.filter(
        (issue) => sameLogin(issue.author, ownLogin) && issue.labels.some((l) => l.toLowerCase() === label),
      )
      const known = job?.issue ? ours.find((issue) => issue.number === job.issue?.number) : undefined
      if (job?.matching) {
        // Open, or closed by a person as not planned or a duplicate (the job was dropped): left alone.
        if (known && (known.state === 'open' || jobOutcome(known) === 'dropped')) continue
        if (known) actions.push({ kind: 'reopen', repo: name, migration, number: known.number })
        // With an issue of ours under the migration's label in the repository (a cold start that has
        // not linked it yet), `open` most likely finds it again: only a likely new issue uses the budget,
        // so repositories late in name order are not starved by ones that already have theirs.
        else if (ours.length > 0) actions.push({ kind: 'open', repo: name, migration })
        else if (opened < migration.issues_per_refresh) {
          opened++
          actions.push({ kind: 'open', repo: name, migration })
        } else deferred.set(migration.id, (deferred.get(migration.id) ?? 0) + 1)
        continue
      }
      if (known?.state === 'open') {
        actions.push({ kind: 'close', repo: name, migration, number: known.number, verify: false })
        continue
      }
      // A cold start does not know the job issues it opened: an open one of ours in a repository the
      // detector does not match is closed if its body carries the marker.
      if (!known)
        for (const issue of ours)
          if (issue.state === 'open')
            actions.push({ kind: 'close', repo: name, migration, number: issue.number, verify: true })
    }
  }
  return { actions, deferred }
}
