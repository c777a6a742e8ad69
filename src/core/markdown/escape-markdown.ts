import escapeHtml from 'escape-html'
import markdownEscape from 'markdown-escape'

/** Bidirectional overrides and zero-width characters, which can hide or reorder content. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/**
 * Makes user-controlled text (PR titles, ADR titles, theme names, issue titles) safe to place inline in
 * GitHub Markdown, including table cells: no HTML, no formatting, no links, no `@mentions`, no
 * broken tables, no hidden content.
 *
 * @example escapeMarkdown('@ops <b>|fix|</b>') // '@&#8203;ops &lt;b&gt;\\|fix\\|&lt;/b&gt;'
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
  // Backslashes first so the escapes added below are not themselves undone.
  const withBackslashes = oneLine.replace(/\\/g, '\\\\')
  // Markdown escapes first: escaping HTML afterwards must not see its own `&#39;` entities re-escaped.
  const markdown = markdownEscape(withBackslashes, ['angle brackets', 'slashes'])
  const html = escapeHtml(markdown)
  return (
    html
      .replace(/\|/g, '\\|')
      .replace(/~/g, '\\~')
      .replace(/!/g, '\\!')
      // A zero-width space after @ keeps the text readable but stops GitHub from notifying anyone.
      .replace(/@(?=[A-Za-z0-9_-])/g, '@&#8203;')
      // Bidirectional overrides and zero-width characters can hide or reorder content.
      .replace(INVISIBLE, '')
  )
}

/**
 * Escapes text for a Markdown code span: content can't close the span, break a table, or reorder
 * what is shown (a file named with a right-to-left override is shown without it).
 */
export function codeSpan(text: string): string {
  const oneLine = text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '¦')
    .replace(INVISIBLE, '')
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${oneLine}${pad}${fence}`
}
