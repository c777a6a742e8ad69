import { countBySeverity, type Finding, type Severity } from '../core/findings.js'
import type { CheckResult } from '../core/report/render-job-summary.js'
import { selectAnnotations } from '../core/report/select-annotations.js'
import type { ActionCore } from './action-core.js'

/** What one run found and did; becomes the step's outputs. */
export interface ActionReport {
  result: CheckResult
  skipReason: string | null
  themes: string[]
  findings: Finding[]
  commentId: number | null
}

/** `skipped` when there is a reason, else `fail` when any finding is an error, else `pass`. */
export function resultOf(findings: readonly Finding[], skipReason: string | null): CheckResult {
  if (skipReason !== null) return 'skipped'
  return countBySeverity(findings).error > 0 ? 'fail' : 'pass'
}

/**
 * One annotation per finding, on its file and line. GitHub shows 10 per severity per step, so past
 * that the 10th says how many more there are and points to the job summary, which lists them all.
 */
export function emitAnnotations(core: ActionCore, findings: readonly Finding[]): void {
  const { annotations, omitted } = selectAnnotations(findings)
  const shown: Record<Severity, Finding[]> = { error: [], warning: [], notice: [] }
  for (const f of annotations) shown[f.severity].push(f)
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const list = shown[severity]
    const more = omitted[severity] > 0 ? omitted[severity] + 1 : 0
    for (const f of more > 0 ? list.slice(0, -1) : list) annotate(core, f)
    if (more > 0)
      core[severity](`${more} more ${NOUNS[severity]}: see the job summary.`, { title: 'Strategy Trace' })
  }
}

const NOUNS: Record<Severity, string> = { error: 'errors', warning: 'warnings', notice: 'notices' }

function annotate(core: ActionCore, f: Finding): void {
  const properties = {
    title: `Strategy Trace ${f.code}`,
    ...(f.file !== undefined ? { file: f.file } : {}),
    ...(f.line !== undefined ? { startLine: f.line } : {}),
    ...(f.column !== undefined && f.line !== undefined ? { startColumn: f.column } : {}),
  }
  core[f.severity](f.message, properties)
}

/** Appends to the job summary; outside Actions (no `GITHUB_STEP_SUMMARY`) it says so and goes on. */
export async function writeJobSummary(core: ActionCore, markdown: string): Promise<void> {
  try {
    core.summary.addRaw(markdown, true)
    await core.summary.write()
  } catch (error) {
    core.info(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Sets every output declared in action.yml. */
export function setOutputs(core: ActionCore, report: ActionReport): void {
  const counts = countBySeverity(report.findings)
  core.setOutput('themes', JSON.stringify(report.themes))
  core.setOutput('errors', String(counts.error))
  core.setOutput('warnings', String(counts.warning))
  core.setOutput('result', report.result)
  core.setOutput('skip-reason', report.skipReason ?? '')
  core.setOutput('comment-id', report.commentId === null ? '' : String(report.commentId))
}

/** `mode: fail` fails the step on errors; `warn` never does, and warnings never fail. */
export function applyFailPolicy(core: ActionCore, mode: 'warn' | 'fail', report: ActionReport): void {
  const counts = countBySeverity(report.findings)
  const summary = `Strategy Trace found ${counts.error} error${counts.error === 1 ? '' : 's'} and ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`
  if (report.result !== 'fail') {
    core.info(
      report.result === 'skipped' ? `Skipped: ${stripSkipped(report.skipReason ?? '')}` : `${summary}: pass.`,
    )
  } else if (mode === 'fail') {
    core.setFailed(
      `${summary}: see the annotations and the job summary. Set \`mode: warn\` to report without failing.`,
    )
  } else {
    core.info(
      `${summary}. The step passes because \`mode\` is \`warn\`; set \`mode: fail\` to block on errors.`,
    )
  }
}

function stripSkipped(reason: string): string {
  return reason.replace(/^skipped:\s*/i, '')
}
