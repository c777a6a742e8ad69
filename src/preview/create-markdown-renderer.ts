import markdownIt, { type MarkdownIt } from 'markdown-it'
import { githubAlerts } from './github-alerts.js'
import { githubHtmlAllowlist } from './github-html-allowlist.js'

/**
 * A markdown-it parser set up to show Strategy Trace's markdown the way GitHub does: GFM tables and
 * strikethrough, raw HTML off (`html: false`; only the fixed forms in `githubHtmlAllowlist` render),
 * alerts, and ```` ```mermaid ```` fences turned into `<pre class="mermaid">` with the chart source
 * HTML-escaped, for Mermaid to draw in the browser. Links keep markdown-it's URL check (no
 * `javascript:` or `vbscript:` links).
 *
 * @example createMarkdownRenderer().render('| a |\n| - |\n| 1 |')
 */
export function createMarkdownRenderer(): MarkdownIt {
  const md = markdownIt('default', { html: false, linkify: false, typographer: false })
  md.use(githubHtmlAllowlist)
  md.use(githubAlerts)

  const fence = md.renderer.rules.fence
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!
    const language = token.info.trim().split(/\s+/)[0] ?? ''
    if (language === 'mermaid') {
      return `<pre class="mermaid">${md.utils.escapeHtml(token.content)}</pre>\n`
    }
    return fence === undefined
      ? self.renderToken(tokens, index, options)
      : fence(tokens, index, options, env, self)
  }

  return md
}
