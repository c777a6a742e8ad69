import type { StrategyConfig } from '../config/config.schema.js'
import { aggregateLeaderboard } from '../leaderboard/aggregate-leaderboard.js'
import { teamKey } from '../leaderboard/assign-teams.js'
import { compareText } from '../leaderboard/compare-text.js'
import { requireDayNumber } from '../leaderboard/day-number.js'
import type { AdrEntry, Leaderboard, MigrationBoard, StaleAdr } from '../leaderboard/leaderboard-types.js'
import type { OrgSnapshot } from '../types.js'
import type { Digest, MigrationDigest } from './digest-types.js'
import type { DigestWeek } from './digest-week.js'
import { snapshotAsOf } from './snapshot-as-of.js'

export interface AggregateDigestParams {
  snapshot: OrgSnapshot
  config: StrategyConfig
  week: DigestWeek
}

/**
 * The weekly digest, from two boards aggregated as of the week's end and as of its start (timestamps
 * alone rebuild both, so nothing is stored between runs and a re-run in the same week gives the same
 * digest): per migration the jobs done and the teams whose status changed, the ADRs dated in the week,
 * the ADRs that became stale, and the leaders of the teams that are late.
 */
export function aggregateDigest({ snapshot, config, week }: AggregateDigestParams): Digest {
  const boardAt = (day: string): Leaderboard =>
    aggregateLeaderboard({
      snapshot: snapshotAsOf(snapshot, requireDayNumber(day, 'day')),
      config,
      today: day,
    })
  const now = boardAt(week.end)
  const before = boardAt(week.start)
  const migrations = now.migrations.map((migration, index) =>
    digestMigration(migration, before.migrations[index] as MigrationBoard),
  )
  const staleBefore = new Set(allStale(before).map(adrKey))
  return {
    org: snapshot.org,
    week,
    migrations,
    newAdrs: allAdrs(now)
      .filter((adr) => adr.date !== null && adr.date > week.start && adr.date <= week.end)
      .sort((a, b) => compareText(b.date ?? '', a.date ?? '') || compareText(adrKey(a), adrKey(b))),
    newlyStale: allStale(now)
      .filter((adr) => !staleBefore.has(adrKey(adr)))
      .sort((a, b) => compareText(adrKey(a), adrKey(b))),
    lateLeaders: lateLeaders(now),
  }
}

function digestMigration(now: MigrationBoard, before: MigrationBoard): MigrationDigest {
  const statusBefore = new Map(before.teams.map((team) => [teamKey(team.team), team.status]))
  const changes = now.teams
    .map((team) => ({ team: team.team, from: statusBefore.get(teamKey(team.team)) ?? null, to: team.status }))
    .filter((change) => change.from !== change.to)
  return {
    id: now.id,
    title: now.title,
    doneThisWeek: Math.max(0, now.done - before.done),
    scopeChange: now.jobs - before.jobs,
    remaining: now.remaining,
    percentDone: now.percentDone,
    status: now.status,
    changes,
  }
}

function adrKey(adr: Pick<AdrEntry, 'repo' | 'path'>): string {
  return `${adr.repo}:${adr.path}`
}

function allAdrs(board: Leaderboard): AdrEntry[] {
  return [...board.themes.flatMap((theme) => theme.decisions), ...board.unthemedAdrs]
}

function allStale(board: Leaderboard): StaleAdr[] {
  return [...board.themes.flatMap((theme) => theme.stale), ...board.unthemedStale]
}

function lateLeaders(board: Leaderboard): string[] {
  const leaders = new Map<string, string>()
  for (const migration of board.migrations) {
    for (const team of migration.teams) {
      const leader = team.team.leader?.trim()
      if (team.status === 'late' && leader) leaders.set(leader.replace(/^@/, '').toLowerCase(), leader)
    }
  }
  return [...leaders.values()].sort(compareText)
}
