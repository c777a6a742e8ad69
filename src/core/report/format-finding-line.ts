import type { Finding } from '../findings.js'

/**
 * One finding as a terminal line, `file:line:col severity CODE message` (the format editors,
 * errorformat and problem matchers understand). A finding in a file without a known line or column
 * points at line 1 or column 1, so the line still parses; one about no file (the pull request) prints
 * `-:-:-`. Control characters in the message are replaced so user text cannot move the cursor or
 * recolour the terminal.
 *
 * @example formatFindingLine({ file: 'docs/adr/0007-cache.md', line: 3, column: 1, severity: 'error', code: 'ADR_INVALID_STATUS', message: '…' })
 * // 'docs/adr/0007-cache.md:3:1 error ADR_INVALID_STATUS …'
 */
export function formatFindingLine(f: Finding): string {
  const where = f.file ? `${f.file}:${f.line ?? 1}:${f.column ?? 1}` : '-:-:-'
  return `${where} ${f.severity} ${f.code} ${oneLine(f.message)}`
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
}
