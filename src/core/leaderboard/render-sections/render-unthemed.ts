import type { AdrEntry, Leaderboard } from '../leaderboard-types.js'
import { moreLine, type RenderLimits } from '../render-limits.js'
import { adrLink, adrStatusCell, blocks, code, table } from './format.js'
import { renderStaleList } from './render-decision-log.js'

/**
 * ADRs whose theme is missing or unknown (with their stale ones), and the repositories whose ADRs lack
 * a theme. '' when every ADR names a known theme.
 */
export function renderUnthemed(board: Leaderboard, limits: RenderLimits): string {
  const { unthemedAdrs, coverage } = board
  if (unthemedAdrs.length === 0) return ''
  const shownAdrs = unthemedAdrs.slice(0, limits.unthemedRows)
  const adrRows = shownAdrs.map((adr) => [
    code(adr.repo),
    adrLink(adr),
    adrStatusCell(adr),
    themeAsWritten(adr),
  ])
  const repos = coverage.reposLackingTheme
  const shownRepos = repos.slice(0, limits.unthemedRows)
  const repoRows = shownRepos.map((repo) => [code(repo.repo), String(repo.adrs), String(repo.withoutTheme)])
  return blocks(
    `### ADRs without a known theme (${unthemedAdrs.length})`,
    'Add a `**Strategic Theme**: <id>` line (or a `theme:` front-matter key) naming one of the themes above.',
    renderStaleList(board.unthemedStale, limits.staleRows),
    shownAdrs.length > 0 ? table(['Repository', 'ADR', 'Status', 'Theme as written'], 'llll', adrRows) : '',
    moreLine(unthemedAdrs.length, shownAdrs.length, 'ADRs without a known theme'),
    `### Repositories whose ADRs lack a theme (${repos.length})`,
    shownRepos.length > 0 ? table(['Repository', 'ADRs', 'Without a known theme'], 'lrr', repoRows) : '',
    moreLine(repos.length, shownRepos.length, 'repositories'),
  )
}

function themeAsWritten(adr: AdrEntry): string {
  return adr.themeText === null || adr.themeText.trim() === ''
    ? '_missing_'
    : `${code(adr.themeText)} (unknown)`
}
