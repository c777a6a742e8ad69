import { countBySeverity, sortFindings, type Finding, type Severity } from '../findings.js'
import { codeSpan, escapeMarkdown } from '../markdown/escape-markdown.js'

/** Messages longer than this are clipped before escaping, so one finding cannot fill a comment. */
const MAX_MESSAGE = 1000

const SEVERITY_LABELS: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice',
}

/** The head of the findings table shared by the PR comment and the job summary. */
export const FINDINGS_TABLE_HEADER = ['| Severity | Where | Code | Message |', '| --- | --- | --- | --- |']

/** One table row; every piece of user text is escaped or put in a code span. */
export function renderFindingRow(f: Finding): string {
  const location = f.file === undefined ? null : f.line === undefined ? f.file : `${f.file}:${f.line}`
  const where = location === null ? (f.code.startsWith('PR_') ? 'pull request' : '—') : codeSpan(location)
  const message = inlineMarkdown(clipText(f.message, MAX_MESSAGE))
  return `| ${SEVERITY_LABELS[f.severity]} | ${where} | ${codeSpan(f.code)} | ${message} |`
}

/**
 * A message as Markdown: its `code spans` stay code (rendered safely by `codeSpan`), everything else is
 * escaped, so `` `themes` has 0 items `` shows as code rather than as escaped backticks.
 */
export function inlineMarkdown(text: string): string {
  const parts: string[] = []
  let rest = text
  for (let match = /`([^`\n]{1,300})`/.exec(rest); match !== null; match = /`([^`\n]{1,300})`/.exec(rest)) {
    parts.push(escapeMarkdown(rest.slice(0, match.index)), codeSpan(match[1] ?? ''))
    rest = rest.slice(match.index + match[0].length)
  }
  parts.push(escapeMarkdown(rest))
  return parts.join('')
}

/** Rows of `findings`, sorted by severity, file and line. */
export function renderFindingRows(findings: readonly Finding[]): string[] {
  return sortFindings(findings).map(renderFindingRow)
}

export interface FitParams {
  rows: readonly string[]
  /** Size left for the rows and the note. */
  budget: number
  measure: (text: string) => number
  /** The line that replaces the rows left out. */
  note: (omitted: number) => string
}

/**
 * Keeps whole rows, in order, while they fit in `budget` together with the note about the rest
 * (room for the note is always kept, so the output never exceeds the budget).
 */
export function fitRows({ rows, budget, measure, note }: FitParams): { lines: string[]; omitted: number } {
  const reserve = measure(note(rows.length)) + 1
  const lines: string[] = []
  let used = 0
  for (const row of rows) {
    const size = measure(row) + 1
    if (used + size + reserve > budget) break
    lines.push(row)
    used += size
  }
  const omitted = rows.length - lines.length
  if (omitted > 0) lines.push(note(omitted))
  return { lines, omitted }
}

/** `2 errors and 1 warning`, `1 notice`, or `no findings`. */
export function describeCounts(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings)
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity))
  if (parts.length === 0) return 'no findings'
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('')
}

/** `1 error`, `2 errors`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Cuts `text` to `max` code points (never inside a surrogate pair), marking the cut with `…`. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text
  // A code point is at most two code units, so this slice holds max + 1 points whenever there are that many.
  const points = Array.from(text.slice(0, max * 2 + 2))
  return points.length > max ? `${points.slice(0, max).join('')}…` : text
}
