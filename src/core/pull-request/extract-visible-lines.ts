/**
 * Splits a pull request body into lines and blanks out what GitHub does not show as prose: HTML
 * comments and fenced code blocks. PR templates keep their instructions (`Theme: <id>`) in exactly
 * those places, so they must not count as references.
 *
 * Runs in one pass over the text with `indexOf` and anchored, bounded patterns (no backtracking
 * regex over user text), so a hostile 1 MB body costs linear time.
 */

/** A fence opener: up to 3 spaces, then 3+ backticks or tildes (CommonMark §4.5). */
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/
const COMMENT_OPEN = '<!--'
const COMMENT_CLOSE = '-->'

interface Fence {
  char: string
  length: number
}

interface ScanState {
  inComment: boolean
  fence: Fence | null
}

/**
 * Returns the body's lines (CRLF, CR and LF all end a line), with comments and fenced code replaced
 * by blanks so the line numbers of everything else stay right. An unclosed comment or fence hides
 * the rest of the body, as it does on GitHub.
 *
 * @example extractVisibleLines('Theme: a\n<!-- Theme: b -->') // ['Theme: a', '']
 */
export function extractVisibleLines(body: string): string[] {
  const lines = body.split(/\r\n|\r|\n/)
  const state: ScanState = { inComment: false, fence: null }
  return lines.map((line) => scanLine(line, state))
}

function scanLine(line: string, state: ScanState): string {
  if (state.fence) {
    if (closesFence(line, state.fence)) state.fence = null
    return ''
  }
  if (!state.inComment) {
    const run = FENCE_OPEN.exec(line)?.[1]
    // Backtick fences may not have backticks in their info string; tilde fences may.
    if (run && !(run.startsWith('`') && line.includes('`', line.indexOf(run) + run.length))) {
      state.fence = { char: run.charAt(0), length: run.length }
      return ''
    }
  }
  return removeComments(line, state)
}

function closesFence(line: string, fence: Fence): boolean {
  const trimmed = line.trimEnd()
  const indent = trimmed.length - trimmed.trimStart().length
  if (indent > 3) return false
  const run = trimmed.slice(indent)
  return run.length >= fence.length && run === fence.char.repeat(run.length)
}

/** Keeps the text outside `<!-- … -->`, carrying an open comment over to the next lines. */
function removeComments(line: string, state: ScanState): string {
  let visible = ''
  let position = 0
  // Each pass moves `position` forward and stops at the end of the line, so this ends.
  for (;;) {
    if (state.inComment) {
      const end = line.indexOf(COMMENT_CLOSE, position)
      if (end === -1) return visible
      state.inComment = false
      position = end + COMMENT_CLOSE.length
      continue
    }
    const start = line.indexOf(COMMENT_OPEN, position)
    if (start === -1) return visible + line.slice(position)
    visible += line.slice(position, start)
    position = start + COMMENT_OPEN.length
    // `<!-->` and `<!--->` are complete (empty) comments in CommonMark 0.31.
    if (line.startsWith('>', position)) position += 1
    else if (line.startsWith('->', position)) position += 2
    else state.inComment = true
  }
}
