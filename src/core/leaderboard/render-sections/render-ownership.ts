import type { Leaderboard } from '../leaderboard-types.js'
import { SOURCE_LABELS } from '../../ownership/ownership-types.js'
import { code, plural, text } from './format.js'

/**
 * One line on where teams come from, in the configured order with the teams each gave, and a warning
 * when a source could not be read; '' when only `teams:` assigns teams.
 */
export function renderOwnership(board: Leaderboard): string {
  const ownership = board.ownership
  if (!ownership) return ''
  const parts = ownership.sources.map((source) => {
    const label =
      source === 'property' ? `custom property ${code(ownership.property)}` : SOURCE_LABELS[source]
    return `${label} (${plural(ownership.teams[source], 'team')})`
  })
  const line = `**Teams from**, first match wins: ${parts.join(' → ')}; a repository none of them names counts as its own team.`
  if (!ownership.note) return line
  return `${line}\n\n> [!WARNING]\n> The custom property ${code(ownership.property)} could not be read: ${text(ownership.note)}`
}
