import type { StrategyConfig } from '../config/config.schema.js'
import { finding, type Finding } from '../findings.js'
import type { Adr } from '../types.js'
import { onLine, quoteValue, TEMPLATE_HINT } from './adr-messages.js'
import { readDate } from './find-date.js'
import { validateAdrStatus } from './validate-adr-status.js'
import { validateAdrTheme } from './validate-adr-theme.js'

/** Decisions no longer in force: they need no review. */
const SETTLED = new Set(['superseded', 'deprecated', 'rejected'])

const DAY_MS = 86_400_000

export interface ValidateAdrParams {
  adr: Adr
  config: Pick<StrategyConfig, 'adrs' | 'themes'>
  /** The current date, `YYYY-MM-DD`. */
  today: string
}

function isIsoDate(value: string): boolean {
  const reading = /^\d{4}-\d{2}-\d{2}$/.test(value) ? readDate(value) : null
  return reading?.kind === 'ok' && reading.iso === value
}

function validateDates(adr: Adr, today: string): Finding[] {
  const findings: Finding[] = []
  const fields = [
    ['date', adr.date, adr.lines.date],
    ['review date', adr.reviewDate, adr.lines.reviewDate],
  ] as const
  for (const [what, value, line] of fields) {
    if (value === null || isIsoDate(value)) continue
    const message = `ADR \`${adr.path}\` has ${what} ${quoteValue(value)}${onLine(line)}, which is not a date written YYYY-MM-DD. Write it as e.g. 2026-03-14. ${TEMPLATE_HINT}`
    findings.push(finding('ADR_BAD_DATE', 'warning', message, { file: adr.path, line: line ?? 1 }))
  }
  const review = adr.reviewDate
  if (review !== null && isIsoDate(review) && review < today && !SETTLED.has(adr.status ?? '')) {
    const days = Math.round((Date.parse(today) - Date.parse(review)) / DAY_MS)
    const message =
      `ADR \`${adr.path}\` was due for review on ${review} (${days} day${days === 1 ? '' : 's'} ago)${onLine(adr.lines.reviewDate)}. ` +
      'Review the decision, then set a new `Review Date:`, or change its status to Deprecated or Superseded.'
    findings.push(
      finding('ADR_REVIEW_OVERDUE', 'warning', message, { file: adr.path, line: adr.lines.reviewDate ?? 1 }),
    )
  }
  return findings
}

/** `{short title of solved problem}`, `[title]`, `<title>`: an unfilled template heading. */
const PLACEHOLDER_TITLE = /^[{[<].*[}\]>]$/s

function validateTitle(adr: Adr): Finding[] {
  if (adr.lines.title !== undefined && !PLACEHOLDER_TITLE.test(adr.title)) return []
  const problem =
    adr.lines.title === undefined
      ? `has no title, so "${adr.title}" (from its file name) is shown`
      : `has the template placeholder title ${quoteValue(adr.title)}${onLine(adr.lines.title)}`
  const number = adr.number === null ? '0007' : String(adr.number).padStart(4, '0')
  const message = `ADR \`${adr.path}\` ${problem}. Start the file with a heading such as \`# ADR-${number}: <the decision>\`. ${TEMPLATE_HINT}`
  return [finding('ADR_MISSING_TITLE', 'warning', message, { file: adr.path, line: adr.lines.title ?? 1 })]
}

/**
 * Checks one parsed ADR against the strategy config. Errors: missing or invalid status, unknown theme,
 * superseded without a link. Warnings: missing theme (when `adrs.require_theme`), retired theme, review
 * date before `today` (not for superseded, deprecated or rejected ADRs), unreadable dates, missing title.
 *
 * @example validateAdr({ adr, config, today: '2026-03-14' }) // [{ code: 'ADR_INVALID_STATUS', line: 3, … }]
 */
export function validateAdr({ adr, config, today }: ValidateAdrParams): Finding[] {
  return [
    ...validateTitle(adr),
    ...validateAdrStatus(adr, config.adrs),
    ...validateAdrTheme(adr, config),
    ...validateDates(adr, today),
  ]
}
