import type { BurndownPoint } from '../leaderboard-types.js'
import { table } from './format.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `Mar 2` when the whole chart is in one year, else the full date. */
function axisLabel(date: string, oneYear: boolean): string {
  if (!oneYear) return date
  const month = MONTHS[Number(date.slice(5, 7)) - 1] as string
  return `${month} ${Number(date.slice(8, 10))}`
}

/**
 * The burn-up as a Mermaid `xychart-beta` line chart: the scope (all jobs found so far, grey) and the jobs
 * done (blue) per week, then the same weekly numbers in a collapsed table for readers whose GitHub does
 * not draw the chart. Only generated text goes into the chart and the table (dates and numbers), never
 * user text, so nothing can break out of the code fence or the chart syntax. '' for an empty series.
 *
 * @example renderBurndown([{ date: '2026-03-02', scope: 4, done: 0, remaining: 4 }, { date: '2026-03-09', scope: 5, done: 4, remaining: 1 }])
 */
export function renderBurndown(points: readonly BurndownPoint[]): string {
  if (points.length === 0) return ''
  const oneYear =
    (points[0] as BurndownPoint).date.slice(0, 4) === (points.at(-1) as BurndownPoint).date.slice(0, 4)
  const labels = points.map((point) => `"${axisLabel(point.date, oneYear)}"`)
  const top = Math.max(1, ...points.map((point) => point.scope))
  const chart = [
    '```mermaid',
    // Mermaid's default theme draws xychart lines in a near-white colour; GitHub keeps that default.
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#8c959f, #0969da"',
    '---',
    'xychart-beta',
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "Jobs" 0 --> ${top}`,
    `  line [${points.map((point) => point.scope).join(', ')}]`,
    `  line [${points.map((point) => point.done).join(', ')}]`,
    '```',
  ].join('\n')
  return [
    'Burn-up: the grey line is the scope (every job found so far), the blue line the jobs done.',
    '',
    chart,
    '',
    '<details>',
    "<summary>Burn-up by week (the chart's numbers)</summary>",
    '',
    table(
      ['Date', 'Scope', 'Done', 'Remaining'],
      'lrrr',
      points.map((point) => [point.date, String(point.scope), String(point.done), String(point.remaining)]),
    ),
    '',
    '</details>',
  ].join('\n')
}
