import type { Leaderboard, MigrationBoard } from '../leaderboard-types.js'
import type { RenderLimits } from '../render-limits.js'
import { blocks, code, formatRate, plural, progressBar, statusBadge, table, text } from './format.js'
import { renderBurndown } from './render-burndown.js'
import { renderDetected } from './render-detected.js'
import { renderTeamTable } from './render-team-table.js'

const HOW_TO_CONFIGURE = [
  'No migrations are configured yet. Add them to `.github/strategy.yml` in this organisation, label each',
  "job's issue with the migration's label, and the board will rank every team by progress:",
  '',
  '```yaml',
  'migrations:',
  '  - id: auth-sdk-v2',
  '    title: Move every service to the auth SDK v2',
  '    theme: enterprise-ready',
  '    label: "migration: auth-sdk-v2"',
  '    deadline: 2026-12-31',
  '    owner: platform-leads',
  'teams:',
  '  - name: Payments',
  '    leader: ana',
  '    repos: ["payments-*", "billing"]',
  '```',
  '',
  'A repository no team claims is shown as its own team.',
].join('\n')

/** The "Migrations" section: an overview when there are several, then each migration in config order. */
export function renderMigrations(board: Leaderboard, limits: RenderLimits): string {
  if (board.migrations.length === 0) return blocks('## Migrations', HOW_TO_CONFIGURE)
  const overview = board.migrations.length > 1 ? renderOverview(board.migrations) : ''
  return blocks(
    '## Migrations',
    overview,
    ...board.migrations.map((migration) => renderMigration(migration, board.burnRateWeeks, limits)),
  )
}

function renderOverview(migrations: readonly MigrationBoard[]): string {
  const rows = migrations.map((migration) => [
    text(migration.title),
    progressBar(migration.percentDone),
    `${migration.done} / ${migration.jobs}`,
    String(migration.dropped),
    migration.deadline ?? '—',
    statusBadge(migration.status),
  ])
  return table(['Migration', 'Progress', 'Done', 'Dropped', 'Deadline', 'Status'], 'llrrll', rows)
}

/** One migration: facts line, progress line, burndown chart and the ranked team table. */
export function renderMigration(
  migration: MigrationBoard,
  burnRateWeeks: number,
  limits: RenderLimits,
): string {
  const facts = [
    migration.theme === null ? null : `Theme: ${themeName(migration.theme)}`,
    migration.owner === null ? null : `Owner: ${text(migration.owner)}`,
    `Deadline: ${migration.deadline ?? 'none'}`,
    `Label: ${code(migration.label)}`,
  ].filter((fact): fact is string => fact !== null)
  if (migration.jobs + migration.dropped === 0) {
    const none = migration.detected
      ? `Its detector has found no repository, and no issue carries the label ${code(migration.label)}.`
      : `No issue carries the label ${code(migration.label)} yet. Label each job's issue with it to track it here.`
    return blocks(`### ${text(migration.title)}`, facts.join(' · '), none)
  }
  return blocks(
    `### ${text(migration.title)}`,
    facts.join(' · '),
    progressLine(migration, burnRateWeeks),
    limits.burndown ? renderBurndown(migration.burndown) : '',
    renderTeamTable(migration.teams, limits.teamRows, burnRateWeeks),
    migration.detected ? renderDetected(migration.detected, limits.detectedRows) : '',
  )
}

function themeName(theme: NonNullable<MigrationBoard['theme']>): string {
  return theme.id === null ? `${text(theme.name)} (not a configured theme)` : text(theme.name)
}

function progressLine(migration: MigrationBoard, burnRateWeeks: number): string {
  const dropped = migration.dropped > 0 ? `, ${migration.dropped} dropped (not counted)` : ''
  const pace = `${formatRate(migration.burnRate)} done per week over the last ${plural(burnRateWeeks, 'week')}`
  const projected =
    migration.projectedCompletion === null ? '' : ` · projected to finish ${migration.projectedCompletion}`
  return (
    `**${progressBar(migration.percentDone)}** · ${migration.done} of ${plural(migration.jobs, 'job')} done, ` +
    `${migration.remaining} remaining${dropped} · ${pace}${projected} · **${statusBadge(migration.status)}**`
  )
}
