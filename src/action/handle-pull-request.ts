import { renderAllClearComment } from '../core/report/render-all-clear-comment.js'
import { renderFindingsComment } from '../core/report/render-findings-comment.js'
import { renderJobSummary } from '../core/report/render-job-summary.js'
import { renderSkippedComment } from '../core/report/render-skipped-comment.js'
import type { PullRequestRef } from '../core/types.js'
import type { GitHubGateway } from '../github/gateway.js'
import { checkPullRequest, NO_CONFIG } from '../jobs/check-pull-request.js'
import { createDefaultConfig } from '../jobs/default-config.js'
import type { ActionInputs } from './inputs.js'
import { emitAnnotations, resultOf, writeJobSummary, type ActionReport } from './report.js'
import { createCoreLogger, type RunDeps } from './run-deps.js'
import { syncStickyComment } from './sticky-comment.js'

/** Checks one pull request and reports: annotations, job summary, sticky comment. */
export async function handlePullRequest(p: {
  deps: RunDeps
  inputs: ActionInputs
  gateway: GitHubGateway
  ref: PullRequestRef
}): Promise<ActionReport> {
  const { deps, inputs, gateway } = p
  const { core } = deps
  const logger = createCoreLogger(core)
  const check = await checkPullRequest({
    gateway,
    logger,
    ref: p.ref,
    configPath: inputs.configPath,
    today: deps.today(),
  })
  const { pr, findings, themes } = check
  const noConfig = check.skipReason === NO_CONFIG
  const skipReason = noConfig ? noConfigReason(inputs.configPath, pr.baseRef) : check.skipReason
  if (noConfig)
    core.notice(
      `${skipReason} Add the file (a list of \`themes:\` is enough) or set the \`config-path\` input.`,
    )
  const result = resultOf(findings, skipReason)
  emitAnnotations(core, findings)
  const title = `Strategy Trace: pull request #${pr.number} ${pr.title}`
  await writeJobSummary(core, renderJobSummary({ findings, themes, result, title, skipReason }))
  // Without a config the repository has not adopted the check: its comments are left alone.
  const commentId = noConfig
    ? null
    : await syncStickyComment({
        core,
        gateway,
        inputs,
        pr: p.ref,
        body: skipReason
          ? ''
          : renderFindingsComment({
              findings,
              themes,
              pr,
              config: check.config ?? createDefaultConfig(),
              governing: check.governing,
            }),
        allClearBody: skipReason ? renderSkippedComment(skipReason) : renderAllClearComment(),
      })
  return { result, skipReason, themes, findings, commentId }
}

export function noConfigReason(configPath: string, where: string): string {
  return `No strategy config at ${configPath} on ${where}, so nothing was checked.`
}
