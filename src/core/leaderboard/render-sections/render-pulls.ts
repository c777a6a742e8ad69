import type { Leaderboard } from '../leaderboard-types.js'
import type { RenderLimits } from '../render-limits.js'
import { blocks, plural, progressBar, table, teamCell, text } from './format.js'

/**
 * "Where effort goes": merged pull requests per theme, then per team the share that names a theme.
 * A short note when no pull request was merged in the window.
 */
export function renderPulls(board: Leaderboard, limits: RenderLimits): string {
  const { pulls } = board
  const heading = `## Where effort goes: merged pull requests, last ${pulls.windowDays} days`
  const exempt =
    pulls.exempt === 0
      ? ''
      : ` ${pulls.exempt} more ${pulls.exempt === 1 ? 'was' : 'were'} exempt from the theme check ` +
        `(\`pull_requests.exempt\`: bots, labels, authors) and ${pulls.exempt === 1 ? 'is' : 'are'} not counted here.`
  if (pulls.merged === 0) {
    return blocks(
      heading,
      `No pull request that the theme check applies to was merged in the last ${pulls.windowDays} days ` +
        `in the repositories read.${exempt}`,
    )
  }
  const share = (count: number): string => `${Math.floor((count * 100) / pulls.merged)}%`
  const themeRows = pulls.perTheme.map((theme) => [text(theme.name), String(theme.count), share(theme.count)])
  const unthemed = pulls.merged - pulls.withTheme
  themeRows.push(['_No theme_', String(unthemed), share(unthemed)])
  const teamRows = pulls.perTeam.map((team) => [
    teamCell(team.team),
    String(team.merged),
    String(team.withTheme),
    progressBar(team.percentWithTheme),
  ])
  return blocks(
    heading,
    `**${plural(pulls.merged, 'pull request')}** merged, **${pulls.withTheme}** (${pulls.percentWithTheme}%) ` +
      `name a theme. A pull request naming two themes counts for both.${exempt}`,
    table(['Theme', 'Merged PRs', 'Share'], 'lrr', themeRows),
    limits.pullTeams ? '### Share naming a theme, per team' : '',
    limits.pullTeams ? table(['Team', 'Merged PRs', 'Naming a theme', 'Share'], 'lrrl', teamRows) : '',
  )
}
