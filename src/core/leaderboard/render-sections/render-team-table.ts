import type { TeamProgress } from '../leaderboard-types.js'
import { moreLine } from '../render-limits.js'
import { blocks, formatRate, leaderCell, progressBar, statusBadge, table, teamCell } from './format.js'

const HEADER = [
  'Rank',
  'Team',
  'Leader',
  'Jobs',
  'Done',
  'Remaining',
  'Dropped',
  '% done',
  'Burn rate',
  'Projected',
  'Status',
]

/**
 * A migration's ranked team table (already in rank order), cut to `maxRows` with a note saying how many
 * teams were left out. Ties in share and remaining jobs share a rank.
 */
export function renderTeamTable(
  teams: readonly TeamProgress[],
  maxRows: number,
  burnRateWeeks: number,
): string {
  if (teams.length === 0) return ''
  const shown = teams.slice(0, maxRows)
  const rows: string[][] = []
  let rank = 0
  shown.forEach((team, index) => {
    const previous = shown[index - 1]
    if (!previous || previous.percentDone !== team.percentDone || previous.remaining !== team.remaining) {
      rank = index + 1
    }
    rows.push([
      String(rank),
      teamCell(team.team),
      leaderCell(team.team.leader),
      String(team.jobs),
      String(team.done),
      String(team.remaining),
      String(team.dropped),
      progressBar(team.percentDone),
      `${formatRate(team.burnRate)}/wk`,
      team.projectedCompletion ?? '—',
      statusBadge(team.status),
    ])
  })
  const header = HEADER.map((cell) => (cell === 'Burn rate' ? `Burn rate (${burnRateWeeks} wk)` : cell))
  return blocks(table(header, 'rllrrrrlrll', rows), moreLine(teams.length, shown.length, 'teams'))
}
