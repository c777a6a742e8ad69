import type { MarkdownIt, StateCore, Token } from 'markdown-it'

type AlertKind = 'note' | 'tip' | 'important' | 'warning' | 'caution'
const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/

/**
 * GitHub's alerts: a block quote whose first line is exactly `[!NOTE]` (or TIP, IMPORTANT, WARNING,
 * CAUTION) becomes a coloured box with a title, like `<div class="markdown-alert markdown-alert-note">`
 * on github.com. Other block quotes are left alone.
 */
export function githubAlerts(md: MarkdownIt): void {
  md.core.ruler.after('block', 'github_alerts', (state: StateCore) => {
    const tokens = state.tokens
    for (let index = 0; index < tokens.length; index += 1) {
      if (tokens[index]!.type === 'blockquote_open') convertAlert(state, index)
    }
  })
}

function convertAlert(state: StateCore, openIndex: number): void {
  const tokens = state.tokens
  const open = tokens[openIndex] as Token
  const inline = tokens[openIndex + 2]
  if (tokens[openIndex + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') return
  const match = MARKER.exec(inline.content)
  if (match === null) return
  const kind = (match[1] as string).toLowerCase() as AlertKind
  const close = findClose(tokens, openIndex)
  if (close === null) return
  inline.content = inline.content.slice(match[0].length)
  open.tag = 'div'
  open.attrSet('class', `markdown-alert markdown-alert-${kind}`)
  close.tag = 'div'
  const title = new state.Token('html_block', '', 0)
  title.content = `<p class="markdown-alert-title">${kind[0]!.toUpperCase()}${kind.slice(1)}</p>\n`
  tokens.splice(openIndex + 1, 0, title)
  if (inline.content.trim() === '') tokens.splice(openIndex + 2, 3)
}

function findClose(tokens: Token[], openIndex: number): Token | null {
  let depth = 0
  for (let index = openIndex; index < tokens.length; index += 1) {
    const token = tokens[index] as Token
    if (token.type === 'blockquote_open') depth += 1
    if (token.type === 'blockquote_close') depth -= 1
    if (depth === 0) return token
  }
  return null
}
