import { createHash } from 'node:crypto'
import escapeHtml from 'escape-html'
import { createMarkdownRenderer } from './create-markdown-renderer.js'
import { PREVIEW_STYLES } from './preview-styles.js'
import { readMermaidBundle } from './read-mermaid-bundle.js'

export interface HtmlPreviewInput {
  /** The markdown to show, e.g. `renderLeaderboard(board)`. */
  markdown: string
  /** The page title (browser tab and banner); plain text, escaped here. */
  title: string
}

/**
 * Mermaid draws every `<pre class="mermaid">` once the page has loaded; `strict` encodes HTML in labels
 * and turns off click handlers.
 */
const MERMAID_INIT = "mermaid.initialize({ startOnLoad: true, securityLevel: 'strict', theme: 'default' })"

/**
 * Renders markdown into one self-contained HTML page that shows it as GitHub shows an issue body:
 * tables, progress bars, folds, alerts and Mermaid charts, drawn by the Mermaid build inlined in the
 * page. The page loads nothing: no URL in any `src` or stylesheet link, and a Content-Security-Policy
 * that blocks every fetch and allows only its own two inline scripts (by hash) and inline styles.
 * Raw HTML in the markdown is shown as text (only `githubHtmlAllowlist`'s fixed tags render), so text
 * from issues and ADRs cannot run code here.
 *
 * @example writeFileSync('leaderboard.html', renderHtmlPreview({ markdown, title: 'Strategy leaderboard' }))
 */
export function renderHtmlPreview({ markdown, title }: HtmlPreviewInput): string {
  const body = createMarkdownRenderer().render(markdown)
  const mermaid = readMermaidBundle()
  const csp = contentSecurityPolicy([mermaid, MERMAID_INIT])
  const safeTitle = escapeHtml(title)
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${safeTitle}</title>`,
    `<style>${PREVIEW_STYLES}</style>`,
    '</head>',
    '<body>',
    `<header class="preview-banner"><strong>${safeTitle}</strong> · ` +
      'a local preview of the markdown as GitHub shows it, drawn without network</header>',
    `<main class="markdown-body">\n${body}</main>`,
    `<script>${mermaid}</script>`,
    `<script>${MERMAID_INIT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** Nothing from the network; scripts only when their text hashes to one of `scripts`. */
function contentSecurityPolicy(scripts: readonly string[]): string {
  const hashes = scripts.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`)
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}
