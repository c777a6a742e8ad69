import type { DetectedJobEntry } from '../../detect/detected-jobs.js'
import { moreLine } from '../render-limits.js'
import { plural, text } from './format.js'

/**
 * The repositories a migration's detector found, collapsed: remaining ones first, each with its job
 * issue when the app opened one; a job whose issue a person closed as not planned shows as dropped. Cut at `rows` entries (`fitToBudget` lowers it; 0 leaves the list out).
 */
export function renderDetected(entries: readonly DetectedJobEntry[], rows: number): string {
  if (entries.length === 0 || rows === 0) return ''
  const remaining = entries.filter((entry) => entry.remaining).length
  const shown = entries.slice(0, rows)
  const lines = shown.map((entry) => {
    const box = entry.dropped ? '➖' : entry.remaining ? '⬜' : '✅'
    const done = entry.dropped ? ' — dropped' : entry.doneOn === null ? '' : ` — done ${entry.doneOn}`
    return `- ${box} ${text(entry.repo)}${issueLink(entry.issue)}${done}`
  })
  const summary = `Found in the code: ${plural(entries.length, 'repository', 'repositories')}, ${remaining} remaining`
  return [
    '<details>',
    `<summary>${summary}</summary>`,
    '',
    ...lines,
    moreLine(entries.length, shown.length, 'repositories'),
    '',
    '</details>',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n')
}

function issueLink(issue: DetectedJobEntry['issue']): string {
  if (!issue) return ''
  return /^https:\/\/[^\s()<>]+$/.test(issue.url)
    ? ` · [#${issue.number}](${issue.url})`
    : ` · #${issue.number}`
}
