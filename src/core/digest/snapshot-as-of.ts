import { toDayNumber } from '../leaderboard/day-number.js'
import type { IssueInfo, OrgSnapshot } from '../types.js'

/**
 * The snapshot as it stood at the end of day `day` (a day number), rebuilt from timestamps alone, so a
 * digest compares two weeks without stored history: issues created later are left out, issues closed
 * later are open again, and pull requests merged later are left out. ADRs are kept as they are (their
 * own dates say when they were written). An issue reopened since keeps only its current state.
 */
export function snapshotAsOf(snapshot: OrgSnapshot, day: number): OrgSnapshot {
  const by = (timestamp: string): boolean => (toDayNumber(timestamp) ?? -Infinity) <= day
  return {
    ...snapshot,
    repos: snapshot.repos.map((repo) => ({
      ...repo,
      issues: repo.issues.filter((issue) => by(issue.createdAt)).map((issue) => reopenAfter(issue, by)),
      mergedPulls: repo.mergedPulls.filter((pull) => by(pull.mergedAt)),
    })),
  }
}

function reopenAfter(issue: IssueInfo, by: (timestamp: string) => boolean): IssueInfo {
  if (issue.state === 'open' || issue.closedAt === null || by(issue.closedAt)) return issue
  return { ...issue, state: 'open', stateReason: null, closedAt: null }
}
