import type { StrategyConfig } from '../config/config.schema.js'
import { progressStatus } from './burn-rate.js'
import type { Leaderboard, MigrationBoard, ProgressStatus, ThemeGlance } from './leaderboard-types.js'
import { floorPercent } from './total-jobs.js'

/** Worst first: a theme takes the first of these that any of its migrations has. */
export const GLANCE_STATUS_ORDER: readonly ProgressStatus[] = [
  'late',
  'no progress',
  'at risk',
  'on track',
  'done',
]

export interface AggregateGlanceParams {
  /** The board without its header. */
  board: Omit<Leaderboard, 'glance'>
  config: Pick<StrategyConfig, 'themes'>
}

/**
 * The "Strategy at a glance" rows: per theme (config order; retired themes only while migrations still
 * name them) its owner, horizon, the migrations under it with their combined progress, its status
 * against the horizon, its ADRs, its share of the merged pull requests and its configured metrics.
 * A last row with `id: null` gathers migrations whose theme is unset or unknown, when there are any.
 */
export function aggregateGlance({ board, config }: AggregateGlanceParams): ThemeGlance[] {
  const byTheme = new Map<string | null, MigrationBoard[]>()
  for (const migration of board.migrations) {
    const id = migration.theme?.id ?? null
    byTheme.set(id, [...(byTheme.get(id) ?? []), migration])
  }
  const rows: ThemeGlance[] = []
  for (const theme of board.themes) {
    const migrations = byTheme.get(theme.id) ?? []
    if (theme.retired && migrations.length === 0) continue
    const configured = config.themes.find((entry) => entry.id === theme.id)
    rows.push({
      id: theme.id,
      name: theme.name,
      owner: theme.owner,
      horizon: theme.horizon,
      retired: theme.retired,
      ...combine(migrations, { board, horizon: theme.horizon }),
      adrCount: theme.adrCount,
      mergedPulls: theme.mergedPulls,
      percentOfMerged: floorPercent(theme.mergedPulls, board.pulls.merged),
      metrics: (configured?.metrics ?? []).map((metric) => ({
        name: metric.name,
        current: String(metric.current),
        target: String(metric.target),
        by: metric.by ?? theme.horizon,
      })),
    })
  }
  const loose = byTheme.get(null) ?? []
  if (loose.length > 0) {
    rows.push({
      id: null,
      name: 'No or unknown theme',
      owner: null,
      horizon: null,
      retired: false,
      ...combine(loose, { board, horizon: null }),
      adrCount: board.unthemedAdrs.length,
      mergedPulls: board.pulls.merged - board.pulls.withTheme,
      percentOfMerged: floorPercent(board.pulls.merged - board.pulls.withTheme, board.pulls.merged),
      metrics: [],
    })
  }
  return rows
}

type Combined = Pick<ThemeGlance, 'migrations' | 'jobs' | 'done' | 'percentDone' | 'status'>

/**
 * Combined progress (done ÷ jobs over all the theme's migrations) and the status against the horizon:
 * each migration with jobs is measured by `progressStatus` with the horizon as its deadline (its own burn
 * rate and remaining jobs), and the theme takes the worst (`GLANCE_STATUS_ORDER`). Null without
 * migrations; `no progress` when none has a job yet.
 */
function combine(
  migrations: readonly MigrationBoard[],
  { board, horizon }: { board: Omit<Leaderboard, 'glance'>; horizon: string | null },
): Combined {
  let jobs = 0
  let done = 0
  const statuses: ProgressStatus[] = []
  const listed: ThemeGlance['migrations'] = []
  for (const migration of migrations) {
    jobs += migration.jobs
    done += migration.done
    const status = progressStatus({
      jobs: migration.jobs,
      dropped: migration.dropped,
      remaining: migration.remaining,
      // The board keeps the rate; the count behind it is a whole number.
      doneInWindow: Math.round(migration.burnRate * board.burnRateWeeks),
      weeks: board.burnRateWeeks,
      today: board.today,
      deadline: horizon,
    })
    if (migration.jobs + migration.dropped > 0) statuses.push(status)
    listed.push({ id: migration.id, title: migration.title, percentDone: migration.percentDone, status })
  }
  const worst = GLANCE_STATUS_ORDER.find((status) => statuses.includes(status))
  return {
    migrations: listed,
    jobs,
    done,
    percentDone: floorPercent(done, jobs),
    status: migrations.length === 0 ? null : (worst ?? 'no progress'),
  }
}
