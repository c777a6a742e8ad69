/**
 * What the app's reconcile reads: its installations (with the app's JWT) and, per installation, when
 * its leaderboard was last written (with the installation's token).
 */
import { hasMarker } from '../core/report/markers.js'
import { statusOf, toGitHubError } from './errors.js'
import type { GatewayOctokit } from './octokit-types.js'

export interface InstallationInfo {
  id: number
  /** The organisation's (or user's) login. */
  account: string
}

/** Every installation of the app, 100 a page. `octokit` is authenticated as the app (JWT). */
export async function listAppInstallations(octokit: GatewayOctokit): Promise<InstallationInfo[]> {
  type Raw = { id: number; account: { login?: string; slug?: string } | null; suspended_at?: string | null }
  try {
    const raw: Raw[] = await octokit.paginate('GET /app/installations', { per_page: 100 })
    return raw
      .filter((installation) => !installation.suspended_at)
      .map((installation) => ({
        id: installation.id,
        account: installation.account?.login ?? installation.account?.slug ?? '',
      }))
  } catch (error) {
    throw toGitHubError(error, 'list the installations of', 'the app')
  }
}

/**
 * When our tracking issue in `owner/repo` was last updated (ms since the epoch), or null when there is
 * none (or it cannot be read): one request, the most recently updated issues we created.
 */
export async function getBoardUpdatedAt(p: {
  octokit: GatewayOctokit
  owner: string
  repo: string
  ownLogin: string
  marker: string
}): Promise<number | null> {
  try {
    const { data } = await p.octokit.request('GET /repos/{owner}/{repo}/issues', {
      owner: p.owner,
      repo: p.repo,
      creator: p.ownLogin,
      state: 'open',
      sort: 'updated',
      direction: 'desc',
      per_page: 30,
    })
    const issue = data.find((i) => !i.pull_request && hasMarker(i.body, p.marker))
    return issue ? Date.parse(issue.updated_at) : null
  } catch {
    return null
  }
}

/**
 * Whether a token is a workflow's job token (`GITHUB_TOKEN`): it cannot list an installation's
 * repositories (403) and GitHub names its app `github-actions`. Such a token reads only its own
 * repository and public ones. Two requests at most; false when GitHub cannot say.
 */
export async function isJobToken(octokit: GatewayOctokit): Promise<boolean> {
  try {
    await octokit.request('GET /installation/repositories', { per_page: 1 })
    return false
  } catch (error) {
    if (statusOf(error) !== 403) return false
  }
  try {
    const { data } = await octokit.request('GET /app')
    return data?.slug === 'github-actions'
  } catch {
    return false
  }
}
