import type { BurndownPoint } from '../leaderboard-types.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `Mar 2` when the whole chart is in one year, else the full date. */
function axisLabel(date: string, oneYear: boolean): string {
  if (!oneYear) return date
  const month = MONTHS[Number(date.slice(5, 7)) - 1] as string
  return `${month} ${Number(date.slice(8, 10))}`
}

/**
 * The burndown as a Mermaid `xychart-beta` line chart (GitHub renders Mermaid in issues): remaining jobs
 * per week. Only generated text goes into the chart (dates and numbers), never user text, so nothing can
 * break out of the code fence or the chart syntax. '' for an empty series.
 *
 * @example renderBurndown([{ date: '2026-03-02', remaining: 4 }, { date: '2026-03-09', remaining: 1 }])
 */
export function renderBurndown(points: readonly BurndownPoint[]): string {
  if (points.length === 0) return ''
  const oneYear =
    (points[0] as BurndownPoint).date.slice(0, 4) === (points.at(-1) as BurndownPoint).date.slice(0, 4)
  const labels = points.map((point) => `"${axisLabel(point.date, oneYear)}"`)
  const values = points.map((point) => point.remaining)
  const top = Math.max(1, ...values)
  return [
    '```mermaid',
    // Mermaid's default theme draws xychart lines in a near-white colour; GitHub keeps that default.
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#0969da"',
    '---',
    'xychart-beta',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "Remaining jobs" 0 --> ${top}`,
    `  line [${values.join(', ')}]`,
    '```',
  ].join('\n')
}
