import type { MigrationConfig, ThemeConfig } from '../config/config.schema.js'
import { resolveTheme } from '../themes/resolve-theme.js'
import { compareTeams, teamKey } from './assign-teams.js'
import { burndownSeries } from './burndown.js'
import { measurePace } from './burn-rate.js'
import { requireDayNumber } from './day-number.js'
import type { MigrationBoard, TeamProgress } from './leaderboard-types.js'
import { compareProgress, totalJobs, type Job } from './total-jobs.js'
import type { DetectedJobEntry } from '../detect/detected-jobs.js'
import { migrationLabel } from '../detect/migration-label.js'

export interface AggregateMigrationInput {
  migration: MigrationConfig
  /** The migration's jobs, each once. */
  jobs: readonly Job[]
  themes: readonly ThemeConfig[]
  today: string
  /** `leaderboard.burn_rate_weeks`. */
  weeks: number
  /** The repositories its detector found (migrations with `detect:` only). */
  detected?: DetectedJobEntry[]
}

/**
 * One migration's board: totals, pace and status against its deadline, the burndown, and its teams
 * ranked by share done (highest first), then fewest remaining, then name. Each team's pace and status
 * (see `progressStatus`) are measured against the migration's deadline, over its own jobs.
 */
export function aggregateMigration(input: AggregateMigrationInput): MigrationBoard {
  const { migration, jobs, today, weeks } = input
  const todayDay = requireDayNumber(today, 'today')
  const windowStart = todayDay - 7 * weeks
  const deadline = migration.deadline ?? null
  const totals = totalJobs(jobs, windowStart)
  const { doneInWindow, ...counts } = totals
  return {
    id: migration.id,
    title: migration.title,
    label: migrationLabel(migration),
    theme: migrationTheme(migration.theme, input.themes),
    owner: migration.owner ?? null,
    deadline,
    ...counts,
    ...measurePace({ ...totals, doneInWindow, weeks, today, deadline }),
    burndown: burndownSeries(jobs, todayDay),
    teams: rankTeams({ jobs, windowStart, weeks, today, deadline }),
    ...(input.detected ? { detected: input.detected } : {}),
  }
}

function migrationTheme(
  reference: string | undefined,
  themes: readonly ThemeConfig[],
): MigrationBoard['theme'] {
  if (reference === undefined) return null
  const resolved = resolveTheme(reference, themes)
  return resolved.kind === 'found'
    ? { id: resolved.theme.id, name: resolved.theme.name }
    : { id: null, name: reference }
}

interface RankInput {
  jobs: readonly Job[]
  windowStart: number
  weeks: number
  today: string
  deadline: string | null
}

function rankTeams({ jobs, windowStart, weeks, today, deadline }: RankInput): TeamProgress[] {
  const byTeam = new Map<string, Job[]>()
  for (const job of jobs) {
    const key = teamKey(job.team)
    const list = byTeam.get(key)
    if (list) list.push(job)
    else byTeam.set(key, [job])
  }
  const teams: TeamProgress[] = []
  for (const teamJobs of byTeam.values()) {
    const totals = totalJobs(teamJobs, windowStart)
    const { doneInWindow: _inWindow, ...counts } = totals
    const team = (teamJobs[0] as Job).team
    teams.push({ team, ...counts, ...measurePace({ ...totals, weeks, today, deadline }) })
  }
  return teams.sort((a, b) => compareProgress(a, b) || compareTeams(a.team, b.team))
}
