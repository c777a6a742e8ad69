import type { MarkdownIt, StateBlock, StateCore, StateInline, Token } from 'markdown-it'

/**
 * The few fixed HTML forms Strategy Trace writes into its own markdown, rendered the way GitHub shows
 * them while the parser keeps `html: false` for everything else:
 * - `<!-- … -->` comments (the hidden markers) are dropped, as GitHub hides them;
 * - a line that is exactly `<details>`, `<details open>` or `</details>` opens or closes a fold;
 * - a line `<summary>text</summary>` becomes the fold's title, `text` parsed as escaped inline markdown;
 * - inline `<sub>…</sub>`, `<sup>…</sup>` (paired within one paragraph or cell) and `<br>`, all
 *   attribute-free.
 * Any other tag, and any tag with attributes, stays visible as escaped text, so text from users
 * (already entity-escaped by the renderer) cannot add markup, scripts or event handlers.
 */
export function githubHtmlAllowlist(md: MarkdownIt): void {
  md.block.ruler.before('html_block', 'github_html_block', allowedBlock, {
    alt: ['paragraph', 'reference', 'blockquote'],
  })
  md.inline.ruler.before('html_inline', 'github_html_inline', allowedInline)
  md.core.ruler.after('inline', 'github_html_balance', balanceInlineTags)
}

const FOLD_LINE = /^<(details|details open|\/details)>$/
const SUMMARY_LINE = /^<summary>(.*)<\/summary>$/
const INLINE_TAG = /^(?:<(\/?)(sub|sup)>|<br\s*\/?>)/

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).trimEnd()
}

function allowedBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false
  const first = lineText(state, startLine)
  if (first.startsWith('<!--')) return hiddenComment(state, startLine, endLine, silent)
  const fold = FOLD_LINE.exec(first)
  const summary = fold === null ? SUMMARY_LINE.exec(first) : null
  if (fold === null && summary === null) return false
  if (silent) return true
  if (fold !== null) {
    const token = state.push('html_block', '', 0)
    token.content = `<${fold[1]}>\n`
  } else {
    state.push('html_block', '', 0).content = '<summary>'
    const inline = state.push('inline', '', 0)
    inline.content = (summary as RegExpExecArray)[1]!.trim()
    inline.map = [startLine, startLine + 1]
    inline.children = []
    state.push('html_block', '', 0).content = '</summary>\n'
  }
  state.line = startLine + 1
  return true
}

/** A comment starting a line, on one line or several: nothing is rendered, as on GitHub. */
function hiddenComment(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  let line = startLine
  while (line < endLine && !lineText(state, line).includes('-->')) line += 1
  if (line >= endLine) return false
  const after = lineText(state, line)
  if (!after.endsWith('-->')) return false
  if (silent) return true
  state.line = line + 1
  return true
}

function allowedInline(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false
  const rest = state.src.slice(state.pos)
  if (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 4)
    if (end === -1) return false
    state.pos += end + 3
    return true
  }
  const match = INLINE_TAG.exec(rest)
  if (match === null) return false
  if (!silent) {
    const tag = match[2] === undefined ? '<br>' : `<${match[1] ?? ''}${match[2]}>`
    state.push('html_inline', '', 0).content = tag
  }
  state.pos += match[0].length
  return true
}

/** A `<sub>` or `<sup>` without its partner in the same inline run is shown as the text it was. */
function balanceInlineTags(state: StateCore): void {
  for (const block of state.tokens) {
    const open: Token[] = []
    for (const token of block.children ?? []) {
      if (token.type !== 'html_inline' || token.content === '<br>') continue
      if (!token.content.startsWith('</')) open.push(token)
      else if (open.at(-1)?.content === token.content.replace('/', '')) open.pop()
      else toText(token)
    }
    open.forEach(toText)
  }
}

function toText(token: Token): void {
  token.type = 'text'
}
