import { escapeMarkdown } from '../markdown/escape-markdown.js'
import { MARKERS } from './markers.js'

/**
 * The sticky comment when a pull request that had findings becomes exempt (a `no-theme` label, a
 * draft…): it resolves the earlier comment with the reason. The reason is escaped: it quotes labels
 * and logins.
 *
 * @example renderSkippedComment('Skipped: the pull request has the label "no-theme".')
 * // '<!-- strategy-trace:pr-check -->\n⏭️ **Strategy Trace** skipped: the pull request has the label …'
 */
export function renderSkippedComment(reason: string): string {
  const text = reason.trim().replace(/^skipped:\s*/i, '') || 'the pull request is exempt.'
  return `${MARKERS.prCheck}\n⏭️ **Strategy Trace** skipped: ${escapeMarkdown(text)}\n`
}
