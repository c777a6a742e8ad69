import { Buffer } from 'node:buffer'
import type { Logger } from '../core/logger.js'
import type { PullRequestInfo, PullRequestRef, RepoRef } from '../core/types.js'
import { statusOf, toGitHubError } from './errors.js'
import type { GitHubGateway } from './gateway.js'
import { listChangedFiles } from './list-changed-files.js'
import type { GatewayOctokit } from './octokit-types.js'
import { readBatch } from './read-batch.js'
import { upsertComment } from './upsert-comment.js'

export { CHANGED_FILES_CAP } from './list-changed-files.js'

/**
 * The gateway over a real (or simulated) GitHub. It takes its Octokit from outside — the Action passes
 * `getOctokit(token, …, retry, throttling)`, the app passes `context.octokit` — and returns our own types.
 */
export function createOctokitGateway(octokit: GatewayOctokit, logger: Logger): GitHubGateway {
  const gateway: GitHubGateway = {
    async getPullRequest(pr) {
      try {
        const { data } = await octokit.rest.pulls.get({
          owner: pr.owner,
          repo: pr.repo,
          pull_number: pr.number,
        })
        return toPullRequestInfo(pr, data)
      } catch (error) {
        throw toGitHubError(error, 'read pull request', `${pr.owner}/${pr.repo}#${pr.number}`)
      }
    },

    listChangedFiles(pr) {
      return listChangedFiles(octokit, logger, pr)
    },

    readBatch(reads) {
      return readBatch(octokit, logger, gateway, reads)
    },

    async getFileText(repo, path, ref) {
      const target = `${repo.owner}/${repo.repo}:${path}${ref ? `@${ref}` : ''}`
      try {
        const { data } = await octokit.rest.repos.getContent({
          owner: repo.owner,
          repo: repo.repo,
          path,
          ref,
        })
        if (Array.isArray(data) || data.type !== 'file') return null
        if (data.encoding === 'base64' && (data.content !== '' || data.size === 0))
          return decode(data.content)
        // Over 1 MB the contents API leaves `content` empty; the blobs API serves up to 100 MB.
        const blob = await octokit.rest.git.getBlob({
          owner: repo.owner,
          repo: repo.repo,
          file_sha: data.sha,
        })
        return decode(blob.data.content)
      } catch (error) {
        if (statusOf(error) === 404) return null
        throw toGitHubError(error, 'read', target)
      }
    },

    async listTree(repo, ref) {
      try {
        const { data } = await octokit.rest.git.getTree({
          owner: repo.owner,
          repo: repo.repo,
          tree_sha: ref,
          recursive: 'true',
        })
        const paths = data.tree
          .filter((entry) => entry.type === 'blob' && entry.path)
          .map((e) => e.path as string)
        if (data.truncated)
          logger.warn(`The file tree of ${repo.owner}/${repo.repo}@${ref} is truncated by GitHub.`)
        return { paths, truncated: data.truncated }
      } catch (error) {
        throw toGitHubError(error, 'list the files of', `${repo.owner}/${repo.repo}@${ref}`)
      }
    },

    async getOwnLogin() {
      return findOwnLogin(octokit)
    },

    async upsertComment(issue, p) {
      return upsertComment(octokit, logger, issue, p)
    },
  }
  return gateway
}

/**
 * Who the token acts as: a user token answers `GET /user`; an app (JWT) answers `GET /app`, whose
 * comments are written as `<slug>[bot]`. Actions' GITHUB_TOKEN answers neither (403): null.
 */
async function findOwnLogin(octokit: GatewayOctokit): Promise<string | null> {
  const expected = (error: unknown): boolean => [401, 403, 404].includes(statusOf(error) ?? 0)
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    if (!expected(error)) throw toGitHubError(error, 'read', 'the authenticated user')
  }
  try {
    const { data } = await octokit.rest.apps.getAuthenticated()
    return data?.slug ? `${data.slug}[bot]` : null
  } catch (error) {
    if (!expected(error)) throw toGitHubError(error, 'read', 'the authenticated app')
    return null
  }
}

function decode(base64: string): string {
  return Buffer.from(base64, 'base64').toString('utf8')
}

type RawPull = Awaited<ReturnType<GatewayOctokit['rest']['pulls']['get']>>['data']

function toPullRequestInfo(ref: PullRequestRef, data: RawPull): PullRequestInfo {
  const base: RepoRef = { owner: data.base.repo.owner.login, repo: data.base.repo.name }
  // A fork that was deleted leaves `head.repo` null; its files are then unreadable anyway.
  const headRepo: RepoRef = data.head.repo
    ? { owner: data.head.repo.owner.login, repo: data.head.repo.name }
    : base
  return {
    ...ref,
    title: data.title,
    body: data.body ?? '',
    labels: data.labels.map((label) => label.name).filter((name): name is string => Boolean(name)),
    draft: data.draft ?? false,
    author: { login: data.user.login, type: data.user.type },
    headRef: data.head.ref,
    headSha: data.head.sha,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    headRepo,
    fork: data.head.repo ? data.head.repo.full_name !== data.base.repo.full_name : false,
    url: data.html_url,
    changedFiles: data.changed_files,
  }
}
