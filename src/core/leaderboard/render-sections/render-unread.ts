import type { Leaderboard, UnreadRepo } from '../leaderboard-types.js'
import { moreLine, type RenderLimits } from '../render-limits.js'
import { blocks, code, table, text } from './format.js'

/**
 * "Repositories not read": those that failed (the board is complete without them) and those skipped on
 * purpose, each with the reason. '' when every repository was read.
 */
export function renderUnread(board: Leaderboard, limits: RenderLimits): string {
  if (board.failed.length === 0 && board.skipped.length === 0) return ''
  return blocks(
    '## Repositories not read',
    board.failed.length > 0
      ? `**Could not be read (${board.failed.length})**: the rest of the board is computed without them; the next refresh tries again.`
      : '',
    unreadTable(board.failed, limits.unreadRows),
    board.skipped.length > 0 ? `**Skipped (${board.skipped.length})**:` : '',
    unreadTable(board.skipped, limits.unreadRows),
  )
}

function unreadTable(repos: readonly UnreadRepo[], maxRows: number): string {
  if (repos.length === 0) return ''
  const shown = repos.slice(0, maxRows)
  const rows = shown.map((entry) => [code(entry.repo), text(entry.reason)])
  return blocks(
    table(['Repository', 'Reason'], 'll', rows),
    moreLine(repos.length, shown.length, 'repositories'),
  )
}
