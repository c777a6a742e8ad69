import { renderJobSummary } from '../core/report/render-job-summary.js'
import type { RepoRef } from '../core/types.js'
import type { GitHubGateway } from '../github/gateway.js'
import { auditAdrs } from '../jobs/audit-adrs.js'
import { createGatewayFileSource } from '../jobs/file-source.js'
import { loadConfig, type ExtendsTarget } from '../jobs/load-config.js'
import { noConfigReason } from './handle-pull-request.js'
import type { ActionInputs } from './inputs.js'
import { emitAnnotations, resultOf, writeJobSummary, type ActionReport } from './report.js'
import type { RunDeps } from './run-deps.js'

/**
 * `push` and `workflow_dispatch`: validates the config and every ADR of the repository at the commit,
 * read through the API. Reports as annotations and the job summary (there is no pull request to comment on).
 */
export async function handleAudit(p: {
  deps: RunDeps
  inputs: ActionInputs
  gateway: GitHubGateway
  repo: RepoRef
  sha: string
}): Promise<ActionReport> {
  const { deps, inputs, gateway, repo } = p
  const source = createGatewayFileSource({ gateway, repo, ref: p.sha })
  const readExtended = (t: ExtendsTarget) => gateway.getFileText({ owner: t.owner, repo: t.repo }, t.path)
  const loaded = await loadConfig({ source, path: inputs.configPath, repo, readExtended })
  const title = `Strategy Trace: ADR audit of ${repo.owner}/${repo.repo} at ${p.sha.slice(0, 7)}`
  if (loaded.status === 'missing') {
    const skipReason = noConfigReason(inputs.configPath, `commit ${p.sha.slice(0, 7)}`)
    deps.core.notice(
      `${skipReason} Add the file (a list of \`themes:\` is enough) or set the \`config-path\` input.`,
    )
    await writeJobSummary(
      deps.core,
      renderJobSummary({ findings: [], themes: [], result: 'skipped', title, skipReason }),
    )
    return { result: 'skipped', skipReason, themes: [], findings: [], commentId: null }
  }
  const audit =
    loaded.status === 'loaded'
      ? await auditAdrs({ source, config: loaded.config, today: deps.today() })
      : null
  const findings = [...loaded.findings, ...(audit?.findings ?? [])]
  deps.core.info(
    `Audited ${audit?.adrs.length ?? 0} ADRs of ${repo.owner}/${repo.repo} at ${p.sha.slice(0, 7)}.`,
  )
  const result = resultOf(findings, null)
  emitAnnotations(deps.core, findings)
  await writeJobSummary(deps.core, renderJobSummary({ findings, themes: [], result, title }))
  return { result, skipReason: null, themes: [], findings, commentId: null }
}
