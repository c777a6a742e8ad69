import type { TeamProgress } from '../leaderboard-types.js'
import { formatRate, leaderCell, progressBar, statusBadge, table, teamCell } from './format.js'

const HEADER = ['Rank', 'Team', 'Leader', 'Jobs', 'Done', 'Remaining', 'Dropped', '% done']
const ALIGN = 'rllrrrrlrll'
/** Share of the rows kept from the top when a table is cut; the rest come from the bottom. */
const HEAD_SHARE = 0.6

/**
 * Ranks in display order: teams with the same % done and remaining jobs share a rank (1, 1, 3, …).
 */
export function teamRanks(teams: readonly TeamProgress[]): number[] {
  const ranks: number[] = []
  teams.forEach((team, index) => {
    const previous = teams[index - 1]
    const tied =
      previous && previous.percentDone === team.percentDone && previous.remaining === team.remaining
    ranks.push(tied ? (ranks[index - 1] as number) : index + 1)
  })
  return ranks
}

/**
 * A migration's ranked team table (teams already in rank order). Longer than `maxRows`, it keeps the top
 * 60% and the bottom 40% of the rows, so both the leaders and the teams that need help stay visible, and
 * a row in between says how many teams were left out.
 */
export function renderTeamTable(
  teams: readonly TeamProgress[],
  maxRows: number,
  burnRateWeeks: number,
): string {
  if (teams.length === 0) return ''
  const ranks = teamRanks(teams)
  const row = (index: number): string[] => teamRow(teams[index] as TeamProgress, ranks[index] as number)
  const header = [...HEADER, `Burn rate (${burnRateWeeks} wk)`, 'Projected', 'Status']
  if (teams.length <= maxRows)
    return table(
      header,
      ALIGN,
      teams.map((_, index) => row(index)),
    )
  const head = Math.ceil(maxRows * HEAD_SHARE)
  const tail = maxRows - head
  const hidden = teams.length - head - tail
  const gap = [
    '⋯',
    `_…and ${hidden} more teams, left out to fit GitHub's size limit_`,
    ...header.slice(2).map(() => ''),
  ]
  const rows = [
    ...Array.from({ length: head }, (_, index) => row(index)),
    gap,
    ...Array.from({ length: tail }, (_, index) => row(teams.length - tail + index)),
  ]
  return table(header, ALIGN, rows)
}

function teamRow(team: TeamProgress, rank: number): string[] {
  return [
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
  ]
}
