/**
 * The changed files of a pull request in as few requests as GitHub allows. `pulls/{n}/files` pages
 * hold 100 files (300 files: 3 requests); a comparison of the pull request's base and head shas
 * (`GET /compare/{base}...{head}`, which diffs from the merge base, as a pull request does) lists up
 * to 300 files in one. The comparison is used only for 101–300 files and only when it lists exactly
 * the pull request's `changed_files`; otherwise the pages are read, up to GitHub's 3,000-file cap.
 */
import type { Logger } from '../core/logger.js'
import type { ChangeStatus, ChangedFile } from '../core/types.js'
import { toGitHubError } from './errors.js'
import type { ChangedFilesQuery } from './gateway.js'
import type { GatewayOctokit } from './octokit-types.js'

/** GitHub lists at most this many files of a pull request. */
export const CHANGED_FILES_CAP = 3000
/** GitHub lists at most this many files of a comparison. */
export const COMPARE_FILES_CAP = 300
const PAGE_SIZE = 100

interface RawFile {
  filename: string
  status: string
  previous_filename?: string
}

function toChangedFile(f: RawFile): ChangedFile {
  return {
    path: f.filename,
    status: f.status as ChangeStatus,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
  }
}

/** See the module comment. */
export async function listChangedFiles(
  octokit: GatewayOctokit,
  logger: Logger,
  pr: ChangedFilesQuery,
): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const target = `${pr.owner}/${pr.repo}#${pr.number}`
  const count = pr.changedFiles
  if (count !== undefined && count > PAGE_SIZE && count <= COMPARE_FILES_CAP && pr.baseSha && pr.headSha) {
    const files = await compareFiles(octokit, pr.owner, pr.repo, `${pr.baseSha}...${pr.headSha}`)
    if (typeof files !== 'string' && files.length === count) return { files, truncated: false }
    const got = typeof files === 'string' ? `failed (${files})` : `lists ${files.length} files`
    logger.debug(
      `The comparison of ${target}'s base and head ${got}, the pull request has ${count}: listing its files instead.`,
    )
  }
  try {
    const raw = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: PAGE_SIZE,
    })
    const files = raw.map(toChangedFile)
    return { files, truncated: files.length >= CHANGED_FILES_CAP }
  } catch (error) {
    throw toGitHubError(error, 'list the changed files of', target)
  }
}

/** The files of a comparison, or why it failed (the caller then lists the pull request's files). */
async function compareFiles(
  octokit: GatewayOctokit,
  owner: string,
  repo: string,
  basehead: string,
): Promise<ChangedFile[] | string> {
  try {
    // `per_page: 1`: the files come with the first page of commits; one commit keeps the answer small.
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead,
      per_page: 1,
    })
    return (data.files ?? []).map(toChangedFile)
  } catch (error) {
    return toGitHubError(error, 'compare', basehead).message
  }
}
