import { docsLink } from '../core/docs-url.js'
import { formatFindingLine } from '../core/report/format-finding-line.js'
import type { StaleConfig } from '../core/leaderboard/leaderboard-types.js'
import type { RepoRef } from '../core/types.js'
import type { LeaderboardGateway } from '../github/leaderboard-gateway.js'
import type { RepoAdrsResult } from '../github/read-repo-slices.js'
import type { LoadedOrgConfig } from '../github/snapshot-cache.js'
import { loadConfig, type ExtendsTarget } from './load-config.js'

/** Where the org config lives unless the app is told otherwise: the org's `.github` repository. */
export const DEFAULT_CONFIG_REPO = '.github'
export const CONFIG_PATH = '.github/strategy.yml'

export type OrgConfigLoad =
  | { status: 'loaded'; loaded: LoadedOrgConfig; warnings: string[] }
  | {
      status: 'missing' | 'invalid'
      message: string
      /** `owner/repo:path` of the config. */
      where: string
      /** The errors (`at` is `file:line:column`); empty when missing. */
      problems: StaleConfig['problems']
    }

/**
 * Reads the organisation's strategy config from `<org>/<configRepo>/.github/strategy.yml`, following
 * `_extends` one level. Problems come back as a message for the log, never as an exception.
 */
export async function loadOrgConfig(p: {
  gateway: Pick<LeaderboardGateway, 'getFileText'>
  org: string
  configRepo?: string
}): Promise<OrgConfigLoad> {
  const repo: RepoRef = { owner: p.org, repo: p.configRepo ?? DEFAULT_CONFIG_REPO }
  const where = `${repo.owner}/${repo.repo}:${CONFIG_PATH}`
  let text = ''
  const load = await loadConfig({
    source: {
      async readFile(path) {
        const found = await p.gateway.getFileText(repo, path)
        text = found ?? ''
        return found
      },
    },
    path: CONFIG_PATH,
    repo,
    readExtended: (target) => p.gateway.getFileText({ owner: target.owner, repo: target.repo }, target.path),
  })
  const lines = load.findings.map((f) => formatFindingLine(f))
  if (load.status === 'missing')
    return {
      status: 'missing',
      message: `No strategy config at ${where}. Add one (see ${docsLink('configuration')}) to turn on the leaderboard for ${p.org}.`,
      where,
      problems: [],
    }
  if (load.status === 'invalid')
    return {
      status: 'invalid',
      message: `The strategy config ${where} is invalid:\n${lines.join('\n')}`,
      where,
      problems: load.findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({ at: `${f.file}:${f.line ?? 1}:${f.column ?? 1}`, code: f.code, message: f.message })),
    }
  return {
    status: 'loaded',
    loaded: { config: load.config, ...repo, path: CONFIG_PATH, text },
    warnings: lines,
  }
}

/**
 * Resolves a repository's own `.github/strategy.yml` (read in the batch query) to its ADR settings.
 * `_extends: .github` is answered from the org config already in hand; any other target is read once
 * per refresh.
 */
export function createRepoAdrsResolver(p: {
  gateway: Pick<LeaderboardGateway, 'getFileText'>
  org: string
  orgConfig: LoadedOrgConfig
}): (name: string, text: string) => Promise<RepoAdrsResult> {
  const reads = new Map<string, Promise<string | null>>()
  const readExtended = (target: ExtendsTarget): Promise<string | null> => {
    const { orgConfig } = p
    if (sameFile(target, orgConfig)) return Promise.resolve(orgConfig.text)
    const key = `${target.owner}/${target.repo}:${target.path}`.toLowerCase()
    let read = reads.get(key)
    if (!read) {
      read = p.gateway.getFileText({ owner: target.owner, repo: target.repo }, target.path)
      reads.set(key, read)
    }
    return read
  }
  return async (name, text) => {
    const load = await loadConfig({
      source: { readFile: async () => text },
      path: CONFIG_PATH,
      repo: { owner: p.org, repo: name },
      readExtended,
    })
    if (load.status === 'loaded') return { ok: true, adrs: load.config.adrs }
    const first = load.findings.find((f) => f.severity === 'error') ?? load.findings[0]
    const detail = first ? `: ${formatFindingLine(first)}` : ''
    return {
      ok: false,
      problem: `its ${CONFIG_PATH} is invalid${detail}; its ADRs were read with the organisation's ADR paths`,
    }
  }
}

function sameFile(target: ExtendsTarget, config: LoadedOrgConfig): boolean {
  return (
    target.owner.toLowerCase() === config.owner.toLowerCase() &&
    target.repo.toLowerCase() === config.repo.toLowerCase() &&
    target.path === config.path
  )
}
