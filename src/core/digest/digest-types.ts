import type { AdrEntry, ProgressStatus, StaleAdr, TeamRef } from '../leaderboard/leaderboard-types.js'
import type { DigestWeek } from './digest-week.js'

/** A team whose status against the migration's deadline changed during the week. */
export interface StatusChange {
  team: TeamRef
  /** Null: the team had no job of this migration a week before. */
  from: ProgressStatus | null
  to: ProgressStatus
}

export interface MigrationDigest {
  id: string
  title: string
  /** Jobs done during the week (done at its end, not done at its start). */
  doneThisWeek: number
  /** Change of the scope during the week (jobs created or found, minus jobs dropped). */
  scopeChange: number
  remaining: number
  percentDone: number
  status: ProgressStatus
  /** Ranked by the team table's order at the week's end. */
  changes: StatusChange[]
}

/** The weekly digest: what changed in the 7 days ending on `week.end`. */
export interface Digest {
  org: string
  week: DigestWeek
  migrations: MigrationDigest[]
  /** ADRs whose date falls in the week, newest first. */
  newAdrs: AdrEntry[]
  /** ADRs stale at the week's end that were not stale at its start. */
  newlyStale: StaleAdr[]
  /** Leaders of teams late at the week's end, each once, in name order. */
  lateLeaders: string[]
}
