import type { StrategyConfig } from '../config/config.schema.js'
import { countBySeverity, type Finding } from '../findings.js'
import { codeSpan } from '../markdown/escape-markdown.js'
import { describeThemeFix } from '../pull-request/describe-theme-fix.js'
import type { PullRequestInfo } from '../types.js'
import type { GoverningReport } from '../decisions/governing-decisions.js'
import { MARKERS } from './markers.js'
import { renderGoverning } from './render-governing.js'
import {
  describeCounts,
  FINDINGS_TABLE_HEADER,
  fitRows,
  plural,
  renderFindingRows,
} from './render-finding-rows.js'
import { renderThemeList } from './render-theme-list.js'

/** GitHub rejects comments over 65,536 characters; this leaves room for what the adapter adds. */
export const MAX_COMMENT_LENGTH = 60_000

export interface RenderFindingsCommentParams {
  findings: readonly Finding[]
  /** Ids of the themes the pull request names. */
  themes: readonly string[]
  pr: Pick<PullRequestInfo, 'headSha'> & Partial<Pick<PullRequestInfo, 'owner' | 'repo'>>
  config: Pick<StrategyConfig, 'pull_requests' | 'themes'>
  /** The decisions that govern the changed files, shown in their own section. */
  governing?: GoverningReport
}

const THEME_CODES = new Set(['PR_MISSING_THEME', 'PR_UNKNOWN_THEME', 'PR_RETIRED_THEME'])

/**
 * Renders the sticky pull request comment: the marker, a verdict, a table of the findings, the
 * themes named and how to fix, then the decisions that govern the change. Returns '' when there are
 * no findings and no governing decision (nothing to say). Every piece of user text is escaped, and the
 * body stays under {@link MAX_COMMENT_LENGTH} by leaving out whole findings, with a note pointing to
 * the job summary.
 *
 * @example renderFindingsComment({ findings: [], themes: [], pr, config }) // ''
 */
export function renderFindingsComment({
  findings,
  themes,
  pr,
  config,
  governing,
}: RenderFindingsCommentParams): string {
  const decisions =
    governing && pr.owner !== undefined && pr.repo !== undefined
      ? renderGoverning(governing, { repo: { owner: pr.owner, repo: pr.repo }, headSha: pr.headSha, config })
      : []
  if (findings.length === 0) {
    if (decisions.length === 0) return ''
    const commit = pr.headSha ? ` at ${codeSpan(pr.headSha.slice(0, 7))}` : ''
    const verdict = `✅ **Strategy Trace** found nothing to fix in this pull request${commit}.`
    return [MARKERS.prCheck, verdict, '', ...decisions].join('\n') + '\n'
  }
  const head = [MARKERS.prCheck, renderVerdict(findings, pr.headSha), '', ...FINDINGS_TABLE_HEADER]
  const tail = [
    '',
    `**Themes named:** ${renderThemeList(themes, config.themes)}`,
    '',
    ...renderHowToFix(findings, config),
    ...(decisions.length > 0 ? ['', ...decisions] : []),
  ]
  const fixed = [...head, ...tail].join('\n').length + 1
  const { lines } = fitRows({
    rows: renderFindingRows(findings),
    budget: MAX_COMMENT_LENGTH - fixed,
    measure: (text) => text.length,
    note: (omitted) => `\n_… and ${plural(omitted, 'more finding')}: see the job summary._`,
  })
  return [...head, ...lines, ...tail].join('\n') + '\n'
}

function renderVerdict(findings: readonly Finding[], headSha: string): string {
  const counts = countBySeverity(findings)
  const icon = counts.error > 0 ? '❌' : counts.warning > 0 ? '⚠️' : 'ℹ️'
  const commit = headSha ? ` at ${codeSpan(headSha.slice(0, 7))}` : ''
  return `${icon} **Strategy Trace** found ${describeCounts(findings)} in this pull request${commit}.`
}

function renderHowToFix(
  findings: readonly Finding[],
  config: RenderFindingsCommentParams['config'],
): string[] {
  const files = findings.some((f) => !THEME_CODES.has(f.code))
  const editFiles = 'edit the files at the lines listed above and push; this comment updates itself.'
  if (!findings.some((f) => THEME_CODES.has(f.code))) return [`**How to fix:** ${editFiles}`]
  const fix = describeThemeFix(config)
  const skip = fix.skipLabel ? ` To skip this check, add the label ${codeSpan(fix.skipLabel)}.` : ''
  return [
    `**How to fix:** name an active theme in the pull request, for example:`,
    '',
    fencedBlock(fix.example),
    '',
    `Valid themes: ${renderThemeList(fix.validThemes, config.themes)}.${skip}`,
    ...(files ? ['', `For the findings in files, ${editFiles}`] : []),
  ]
}

/** A one-line code block whose fence is longer than any backtick run inside it. */
function fencedBlock(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ')
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}text\n${oneLine}\n${fence}`
}
