import { adrStaticRoots } from '../core/adr/adr-static-roots.js'
import { isAdrPath } from '../core/adr/is-adr-path.js'
import type { StrategyConfig } from '../core/config/config.schema.js'
import { sectionDefaults } from '../core/config/config-spec.js'
import { CONFIG_SPEC } from '../core/config/config-spec.generated.js'
import { finding, sortFindings, type Finding } from '../core/findings.js'
import type { Logger } from '../core/logger.js'
import { findExemption } from '../core/pull-request/find-exemption.js'
import { validatePullRequest } from '../core/pull-request/validate-pull-request.js'
import type { ChangedFile, PullRequestInfo, PullRequestRef } from '../core/types.js'
import { couldHoldAdrs } from '../github/could-hold-adrs.js'
import type { GitHubGateway } from '../github/gateway.js'
import type { GoverningReport } from '../core/decisions/governing-decisions.js'
import { checkChangeContent } from './check-change.js'
import { changedManifests } from './check-technologies.js'
import { NO_GOVERNING } from './find-governing.js'
import { createBatchReader } from './batch-reader.js'
import type { FileSource } from './file-source.js'
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
  /** The decisions (ADR `affects`, org `decisions:`) that govern the changed files. */
  governing: GoverningReport
}

export const NO_CONFIG = 'no-config'

/**
 * The pull request check. The PR is re-fetched (event payloads are stale on re-runs) and the config is
 * read from the *base* sha, so a PR cannot weaken its own check; a PR that edits the config gets its new
 * version validated and reported, never used. Changed ADRs are read at the head sha, as data.
 *
 * Requests: the PR, its changed files (one request up to 300 files), then one GraphQL query that reads
 * ahead what the check most likely needs — both configs and, for the default ADR globs, the changed
 * ADRs and the ADR folders at head with their texts (the decisions that govern the change). Only what that guess missed (`_extends` targets, ADRs under
 * configured globs) costs one more query per round.
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
  const { files, truncated } = await gateway.listChangedFiles(pr)
  const reader = createBatchReader(gateway)
  const readExtended = (t: ExtendsTarget) => reader.readDefault({ owner: t.owner, repo: t.repo }, t.path)
  // The head commit is read through the base repository, where GitHub keeps every pull request's
  // commits (refs/pull/N/head): that works for forks the token cannot see and for deleted forks.
  const base = reader.at(ref, pr.baseSha)
  const head = reader.at(ref, pr.headSha)
  const change = files.find((f) => f.path === p.configPath)
  const configEdited = change !== undefined && change.status !== 'removed'
  await readAhead({ base, head, files, configPath: p.configPath, configEdited })
  const [baseLoad, edited] = await Promise.all([
    loadConfig({ source: base, path: p.configPath, repo: ref, readExtended }),
    configEdited ? validateEditedConfig({ ...p, pr, head, readExtended }) : null,
  ])
  const result = { pr, themes: [], adrsChecked: 0, governing: NO_GOVERNING }
  if (baseLoad.status !== 'loaded') {
    // A PR that fixes a broken base config must be able to pass: its own file is what counts then.
    const baseFindings = edited
      ? baseLoad.findings.map((f) => ({ ...f, severity: 'warning' as const }))
      : baseLoad.findings
    const findings = sortFindings([...baseFindings, ...(edited?.findings ?? [])])
    return { ...result, config: null, findings, skipReason: baseLoad.status === 'missing' ? NO_CONFIG : null }
  }
  const config = baseLoad.config
  const exemption = findExemption({ pr, changedFiles: files, config })
  if (exemption !== null) return { ...result, config, findings: [], skipReason: exemption }
  const prCheck = validatePullRequest({ pr, config })
  if (change?.status === 'removed') prCheck.findings.push(configRemoved(p.configPath, pr.baseRef))
  const content = await checkChangeContent({ base, head, files, config, today: p.today })
  const findings = [
    ...baseLoad.findings,
    ...(edited?.findings ?? []),
    ...prCheck.findings,
    ...content.findings,
  ]
  if (truncated) findings.push(tooLarge(pr, files.length))
  return {
    ...result,
    config,
    themes: prCheck.themes,
    findings: sortFindings(findings),
    skipReason: null,
    adrsChecked: content.adrsChecked,
    governing: content.governing,
  }
}

/**
 * Asks, in one batch, for what the check reads unless the config says otherwise: the config at base
 * (and at head when the PR edits it), and for the default ADR globs the changed ADRs and the ADR
 * folders at head. Exempt PRs and repositories without a config pay nothing extra in requests.
 */
async function readAhead(p: {
  base: FileSource
  head: FileSource
  files: readonly ChangedFile[]
  configPath: string
  configEdited: boolean
}): Promise<void> {
  const adrs = DEFAULT_ADRS
  const changedAdrs = p.files.filter((f) => f.status !== 'removed' && isAdrPath(f.path, adrs))
  const couldHold = (folder: string) => couldHoldAdrs(folder, adrs)
  // Changed dependency manifests at both ends: the technology guidelines compare them.
  const manifests = changedManifests(p.files)
  const baseManifests = manifests.filter((f) => f.status !== 'added').map((f) => f.previousPath ?? f.path)
  await Promise.all([
    manifests.length > 0 ? p.head.readFiles(manifests.map((f) => f.path)) : null,
    baseManifests.length > 0 ? p.base.readFiles(baseManifests) : null,
    p.base.readFile(p.configPath),
    p.configEdited ? p.head.readFile(p.configPath) : null,
    changedAdrs.length > 0 ? p.head.readFiles(changedAdrs.map((f) => f.path)) : null,
    // With their texts: the decisions they record may govern the changed files (`affects`).
    p.head.listFilesUnder(adrStaticRoots(adrs), { couldHold, withTexts: true }),
  ])
}

/** The `adrs` section's defaults, from the schema's plain-data spec (no zod on a pull request's way). */
const DEFAULT_ADRS = sectionDefaults(CONFIG_SPEC, 'adrs') as StrategyConfig['adrs']

/** The PR's own version of the config, validated (the PR changes it). */
async function validateEditedConfig(p: {
  logger: Logger
  pr: PullRequestInfo
  head: FileSource
  configPath: string
  readExtended: (t: ExtendsTarget) => Promise<string | null>
}): Promise<ConfigLoad> {
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

/** The pull request deletes the config: once merged, every later pull request is skipped. */
function configRemoved(configPath: string, baseRef: string): Finding {
  const message =
    `This pull request deletes ${configPath}. Once it is merged into ${baseRef}, Strategy Trace stops checking ` +
    'pull requests here (a repository without a config is skipped). If that is not the intent, keep the file; ' +
    'to move the config, set the `config-path` input to its new place in the same change.'
  return finding('CONFIG_REMOVED', 'warning', message, { file: configPath, line: 1 })
}

function tooLarge(pr: PullRequestInfo, count: number): Finding {
  const message =
    `Pull request #${pr.number} changes ${count} or more files, GitHub's limit for listing them: it is too large to evaluate completely. ` +
    `Only the first ${count} files were checked; split the pull request to check every ADR.`
  return finding('PR_TOO_LARGE', 'warning', message)
}
