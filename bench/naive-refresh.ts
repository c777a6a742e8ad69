/**
 * The naive baseline the app is compared with: what a straightforward per-repository REST integration
 * does to gather the same leaderboard data. It lists the repositories, then for each one lists the
 * issues of every migration label (paginated), lists every configured ADR folder with the contents
 * API (recursing into sub-folders) and GETs each ADR. Implemented here only, with `@octokit/rest`.
 */
import type { Octokit } from '@octokit/rest'
import { isAdrPath } from '../src/core/adr/is-adr-path.js'
import { adrStaticRoots } from '../src/core/adr/adr-static-roots.js'
import { parseAdr } from '../src/core/adr/parse-adr.js'
import type { StrategyConfig } from '../src/core/config/config.schema.js'
import { parseConfig } from '../src/core/config/parse-config.js'
import { mapConcurrently } from '../src/jobs/map-concurrently.js'

export interface NaiveResult {
  repos: number
  migrationIssues: number
  adrs: number
  /** Repositories whose reading failed, with the reason. */
  failed: string[]
}

const RAW = { mediaType: { format: 'raw' } }

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : null
}

/** Reads what the leaderboard needs with one REST call per page, folder and file, `concurrency` repositories at a time. */
export async function naiveRefresh(p: {
  octokit: Octokit
  org: string
  configRepo: string
  concurrency: number
}): Promise<NaiveResult> {
  const { octokit, org } = p
  const configPath = '.github/strategy.yml'
  const raw = await octokit.rest.repos.getContent({
    owner: org,
    repo: p.configRepo,
    path: configPath,
    ...RAW,
  })
  const config = parseConfig(String(raw.data), configPath)
  const listed = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, {
    per_page: 100,
  })
  const repos = listed.filter((repo) => !repo.archived).map((repo) => repo.name)
  const failed: string[] = []
  const counts = await mapConcurrently(repos, p.concurrency, async (repo) => {
    try {
      return await readRepo(octokit, { owner: org, repo }, config)
    } catch (error) {
      failed.push(`${repo}: ${error instanceof Error ? error.message : String(error)}`)
      return { issues: 0, adrs: 0 }
    }
  })
  return {
    repos: repos.length,
    migrationIssues: counts.reduce((n, c) => n + c.issues, 0),
    adrs: counts.reduce((n, c) => n + c.adrs, 0),
    failed,
  }
}

type Repo = { owner: string; repo: string }

async function readRepo(
  octokit: Octokit,
  repo: Repo,
  config: StrategyConfig,
): Promise<{ issues: number; adrs: number }> {
  let issues = 0
  for (const migration of config.migrations) {
    const found = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      labels: migration.label,
      state: 'all',
      per_page: 100,
    })
    issues += found.filter((issue) => !issue.pull_request).length
  }
  let adrs = 0
  for (const root of adrStaticRoots(config.adrs)) {
    for (const path of await listFolder(octokit, repo, root)) {
      if (!isAdrPath(path, config.adrs)) continue
      const file = await octokit.rest.repos.getContent({ ...repo, path, ...RAW })
      parseAdr(path, String(file.data), {
        statuses: config.adrs.statuses,
        synonyms: config.adrs.status_synonyms,
      })
      adrs++
    }
  }
  return { issues, adrs }
}

/** Every file path under `path` (one request per folder); none when the folder does not exist. */
async function listFolder(octokit: Octokit, repo: Repo, path: string): Promise<string[]> {
  let entries: { type: string; path: string }[]
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path })
    entries = Array.isArray(data) ? data : []
  } catch (error) {
    if (statusOf(error) === 404) return []
    throw error
  }
  const files: string[] = []
  for (const entry of entries) {
    if (entry.type === 'file') files.push(entry.path)
    else if (entry.type === 'dir') files.push(...(await listFolder(octokit, repo, entry.path)))
  }
  return files
}
