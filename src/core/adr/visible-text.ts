/** Comment state carried from line to line while scanning a Markdown body. */
export interface CommentState {
  /** Inside a `<!-- … -->` that started on an earlier line. */
  inComment: boolean
  /** Between `<!-- toc -->` and `<!-- tocstop -->` (markdown-toc, doctoc and similar generators). */
  inTocMarker: boolean
}

const TOC_START = new Set([
  'toc',
  'toc:start',
  'start toc',
  'doctoc start',
  'start doctoc generated toc please keep comment here to allow auto update',
])
const TOC_END = new Set([
  'tocstop',
  '/toc',
  'toc:end',
  'end toc',
  'endtoc',
  'doctoc end',
  'end doctoc generated toc please keep comment here to allow auto update',
])

function noteMarker(state: CommentState, body: string): void {
  if (body.length > 120) return
  const key = body.trim().toLowerCase().replace(/\s+/g, ' ')
  if (TOC_START.has(key)) state.inTocMarker = true
  else if (TOC_END.has(key)) state.inTocMarker = false
}

/**
 * The part of a line outside HTML comments, so `<!-- Status: Accepted -->` and template hints such as
 * `accepted <!-- optional -->` never count. Linear in the line's length.
 */
export function visibleText(state: CommentState, line: string): string {
  let pos = 0
  if (state.inComment) {
    const end = line.indexOf('-->')
    if (end < 0) return ''
    pos = end + 3
    state.inComment = false
  }
  if (!line.includes('<!--', pos)) return pos === 0 ? line : line.slice(pos)
  let visible = ''
  for (;;) {
    const open = line.indexOf('<!--', pos)
    if (open < 0) return visible + line.slice(pos)
    visible += line.slice(pos, open)
    const close = line.indexOf('-->', open + 4)
    noteMarker(state, line.slice(open + 4, close < 0 ? Math.min(line.length, open + 130) : close))
    if (close < 0) {
      state.inComment = true
      return visible
    }
    pos = close + 3
  }
}
