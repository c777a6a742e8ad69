import type { Leaderboard, ThemeGlance } from '../leaderboard-types.js'
import { blocks, plural, progressBar, statusBadge, table, text } from './format.js'

/** Rows of the header table at most; a hostile config of thousands of themes cannot crowd out the board. */
export const GLANCE_THEME_ROWS = 20
/** Migrations named per theme; the rest are counted. */
export const GLANCE_MIGRATIONS_PER_THEME = 5
/** Rows of the metrics table at most. */
export const GLANCE_METRIC_ROWS = 30

/**
 * The "Strategy at a glance" header, what a leadership meeting reads first: per theme its owner, horizon,
 * migrations with combined progress, status against the horizon, ADRs and share of merged pull requests,
 * then the themes' metrics (current vs target). Bounded in size, so it is never cut to fit the budget.
 * '' when no theme has a row.
 */
export function renderGlance(board: Leaderboard): string {
  if (board.glance.length === 0) return ''
  const shown = board.glance.slice(0, GLANCE_THEME_ROWS)
  const rows = shown.map((row) => [
    themeCell(row),
    row.owner === null ? '—' : text(row.owner),
    row.horizon ?? '—',
    migrationsCell(row),
    row.jobs === 0 ? '—' : `${progressBar(row.percentDone)} (${row.done} / ${row.jobs})`,
    row.status === null ? '—' : statusBadge(row.status),
    String(row.adrCount),
    `${row.percentOfMerged}% (${row.mergedPulls})`,
  ])
  const hidden = board.glance.length - shown.length
  return blocks(
    '## Strategy at a glance',
    table(
      ['Theme', 'Owner', 'Horizon', 'Migrations', 'Progress', 'Status vs horizon', 'ADRs', 'Merged PRs'],
      'llllllrr',
      rows,
    ),
    hidden > 0 ? `_…and ${plural(hidden, 'more theme')}, listed under "Themes and decisions"._` : '',
    renderMetrics(shown),
  )
}

function themeCell(row: ThemeGlance): string {
  if (row.id === null) return `_${row.name}_`
  return text(row.name) + (row.retired ? ' (retired)' : '')
}

function migrationsCell(row: ThemeGlance): string {
  if (row.migrations.length === 0) return '—'
  const named = row.migrations
    .slice(0, GLANCE_MIGRATIONS_PER_THEME)
    .map((migration) => `${text(migration.title)} (${migration.percentDone}%)`)
  const more = row.migrations.length - named.length
  return [...named, ...(more > 0 ? [`+${more} more`] : [])].join('; ')
}

function renderMetrics(rows: readonly ThemeGlance[]): string {
  const metrics = rows.flatMap((row) => row.metrics.map((metric) => ({ row, metric })))
  if (metrics.length === 0) return ''
  const shown = metrics.slice(0, GLANCE_METRIC_ROWS)
  const more = metrics.length - shown.length
  return blocks(
    table(
      ['Theme', 'Metric', 'Current', 'Target', 'By'],
      'lllll',
      shown.map(({ row, metric }) => [
        themeCell(row),
        text(metric.name),
        text(metric.current),
        text(metric.target),
        metric.by ?? '—',
      ]),
    ),
    more > 0 ? `_…and ${plural(more, 'more metric')}._` : '',
  )
}
