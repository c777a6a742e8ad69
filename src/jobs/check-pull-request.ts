import type { StrategyConfig } from '../core/config/config.schema.js'
import { finding, sortFindings, type Finding } from '../core/findings.js'
import type { Logger } from '../core/logger.js'
import { findExemption } from '../core/pull-request/find-exemption.js'
import { validatePullRequest } from '../core/pull-request/validate-pull-request.js'
import type { ChangedFile, PullRequestInfo, PullRequestRef } from '../core/types.js'
import type { GitHubGateway } from '../github/gateway.js'
import { checkChangedAdrs } from './check-changed-adrs.js'
import { createGatewayFileSource, type FileSource } from './file-source.js'
import { loadConfig, type ConfigLoad, type ExtendsTarget } from './load-config.js'

export interface PullRequestCheck {
  pr: PullRequestInfo
  /** The base branch's config, or null when there is none or it is invalid. */
  config: StrategyConfig | null
  /** Resolved theme ids the pull request names. */
  themes: string[]
  findings: Finding[]
  /** Why nothing was checked (`no-config`, or the exemption), or null. */
  skipReason: string | null
  /** ADRs read and validated. */
  adrsChecked: number
}

export const NO_CONFIG = 'no-config'

/**
 * The pull request check. The PR is re-fetched (event payloads are stale on re-runs) and the config is
 * read from the *base* sha, so a PR cannot weaken its own check; a PR that edits the config gets its new
 * version validated and reported, never used. Changed ADRs are read at the head sha, as data.
 */
export async function checkPullRequest(p: {
  gateway: GitHubGateway
  logger: Logger
  ref: PullRequestRef
  configPath: string
  today: string
}): Promise<PullRequestCheck> {
  const { gateway, ref } = p
  const pr = await gateway.getPullRequest(ref)
  const readExtended = (t: ExtendsTarget) => gateway.getFileText({ owner: t.owner, repo: t.repo }, t.path)
  const baseSource = createGatewayFileSource({ gateway, repo: ref, ref: pr.baseSha })
  const base = await loadConfig({ source: baseSource, path: p.configPath, repo: ref, readExtended })
  const { files, truncated } = await gateway.listChangedFiles(ref)
  // The head commit is read through the base repository, where GitHub keeps every pull request's
  // commits (refs/pull/N/head): that works for forks the token cannot see and for deleted forks.
  const head = createGatewayFileSource({ gateway, repo: ref, ref: pr.headSha })
  const edited = await validateEditedConfig({ ...p, pr, head, files, readExtended })
  const result = { pr, themes: [], adrsChecked: 0 }
  if (base.status !== 'loaded') {
    // A PR that fixes a broken base config must be able to pass: its own file is what counts then.
    const baseFindings = edited
      ? base.findings.map((f) => ({ ...f, severity: 'warning' as const }))
      : base.findings
    const findings = sortFindings([...baseFindings, ...(edited?.findings ?? [])])
    return { ...result, config: null, findings, skipReason: base.status === 'missing' ? NO_CONFIG : null }
  }
  const config = base.config
  const exemption = findExemption({ pr, changedFiles: files, config })
  if (exemption !== null) return { ...result, config, findings: [], skipReason: exemption }
  const prCheck = validatePullRequest({ pr, config })
  const adrs = await checkChangedAdrs({ head, files, config, today: p.today })
  const findings = [...base.findings, ...(edited?.findings ?? []), ...prCheck.findings, ...adrs.findings]
  if (truncated) findings.push(tooLarge(pr, files.length))
  return {
    ...result,
    config,
    themes: prCheck.themes,
    findings: sortFindings(findings),
    skipReason: null,
    adrsChecked: adrs.checked,
  }
}

/** The PR's own version of the config, validated when the PR changes it; null when it doesn't. */
async function validateEditedConfig(p: {
  logger: Logger
  pr: PullRequestInfo
  head: FileSource
  files: readonly ChangedFile[]
  configPath: string
  readExtended: (t: ExtendsTarget) => Promise<string | null>
}): Promise<ConfigLoad | null> {
  const change = p.files.find((f) => f.path === p.configPath)
  if (!change || change.status === 'removed') return null
  const loaded = await loadConfig({
    source: p.head,
    path: p.configPath,
    repo: p.pr,
    readExtended: p.readExtended,
  })
  if (loaded.status === 'loaded') {
    p.logger.info(
      `This pull request changes ${p.configPath}; the new version is valid and applies once merged.`,
    )
  }
  return loaded
}

function tooLarge(pr: PullRequestInfo, count: number): Finding {
  const message =
    `Pull request #${pr.number} changes ${count} or more files, GitHub's limit for listing them: it is too large to evaluate completely. ` +
    `Only the first ${count} files were checked; split the pull request to check every ADR.`
  return finding('PR_TOO_LARGE', 'warning', message)
}
