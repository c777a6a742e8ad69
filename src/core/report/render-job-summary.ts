import type { Finding } from '../findings.js'
import { codeSpan, escapeMarkdown } from '../markdown/escape-markdown.js'
import {
  describeCounts,
  FINDINGS_TABLE_HEADER,
  fitRows,
  plural,
  renderFindingRows,
} from './render-finding-rows.js'

/** GitHub accepts 1 MiB of job summary per step; this keeps a margin for what the adapter adds. */
export const MAX_SUMMARY_BYTES = 1_000_000

export type CheckResult = 'pass' | 'fail' | 'skipped'

export interface RenderJobSummaryParams {
  findings: readonly Finding[]
  /** Ids of the themes the pull request names. */
  themes: readonly string[]
  result: CheckResult
  /** Heading, e.g. `Strategy Trace: pull request #42 Add a CDN`; escaped here. */
  title: string
  /** Why the check was skipped, when it was. */
  skipReason?: string | null
}

const RESULT_LABELS: Record<CheckResult, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  skipped: '⏭️ skipped',
}

/**
 * Renders the job summary: the result, the themes and every finding (annotations stop at 10 per
 * severity; the summary does not). Stays under {@link MAX_SUMMARY_BYTES} UTF-8 bytes by leaving out
 * whole findings, with a note saying how many.
 *
 * @example renderJobSummary({ findings: [], themes: ['dx'], result: 'pass', title: 'Strategy Trace' })
 */
export function renderJobSummary({
  findings,
  themes,
  result,
  title,
  skipReason,
}: RenderJobSummaryParams): string {
  const head = [
    `## ${escapeMarkdown(title)}`,
    '',
    `**Result:** ${RESULT_LABELS[result]} · ${describeCounts(findings)}`,
    '',
    `**Themes named:** ${themes.length > 0 ? themes.map(codeSpan).join(', ') : 'none'}`,
  ]
  if (skipReason) head.push('', `**Skipped:** ${escapeMarkdown(skipReason.replace(/^skipped:\s*/i, ''))}`)
  if (findings.length === 0) return [...head, ''].join('\n')
  head.push('', ...FINDINGS_TABLE_HEADER)
  const { lines } = fitRows({
    rows: renderFindingRows(findings),
    budget: MAX_SUMMARY_BYTES - utf8Length(head.join('\n')) - 1,
    measure: utf8Length,
    note: (omitted) =>
      `\n_… and ${plural(omitted, 'more finding')}, left out to keep the summary under 1 MiB._`,
  })
  return [...head, ...lines, ''].join('\n')
}

/** Size of `text` in UTF-8 bytes, without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}
