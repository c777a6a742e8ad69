/**
 * The part of the gateway the leaderboard needs, over one Octokit (Probot's `context.octokit`, or a
 * token client in the CLI). Jobs talk to GitHub only through this interface; tests may fake it.
 */
import type { Logger } from '../core/logger.js'
import type { OrgSnapshot, RepoRef } from '../core/types.js'
import { statusOf, toGitHubError } from './errors.js'
import { syncJobIssues, type JobIssueSummary, type SyncJobIssuesParams } from './job-issues.js'
import type { GitHubGateway } from './gateway.js'
import { createOctokitGateway } from './octokit-gateway.js'
import type { GatewayOctokit } from './octokit-types.js'
import {
  refreshOrgSnapshot,
  refreshRepoSlices,
  type SliceScope,
  type SnapshotParams,
} from './org-snapshot.js'
import {
  ensureTrackingIssue,
  updateKnownTrackingIssue,
  type TrackingIssueParams,
  type TrackingIssueResult,
} from './tracking-issue.js'

type WithoutClient<T> = Omit<T, 'octokit' | 'logger'>

/** Collaborator permission levels that may ask for a refresh. */
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write'])

export interface LeaderboardGateway {
  /** File text on the default branch, or null when it does not exist. */
  getFileText(repo: RepoRef, path: string): Promise<string | null>
  /** Lists the repositories and reads them all (unchanged ADR folders are reused from the state). */
  readOrgSnapshot(p: WithoutClient<SnapshotParams>): Promise<OrgSnapshot>
  /** Reads only some repositories again; the rest comes from the state. */
  readRepoSlices(p: WithoutClient<SnapshotParams> & SliceScope): Promise<OrgSnapshot>
  ensureTrackingIssue(p: WithoutClient<TrackingIssueParams>): Promise<TrackingIssueResult>
  /** Null when the issue no longer exists. */
  updateKnownTrackingIssue(
    p: WithoutClient<TrackingIssueParams> & { number: number; currentBody: string },
  ): Promise<TrackingIssueResult | null>
  /** True when `login` may push to `repo` (admin, maintain or write). */
  canWrite(repo: RepoRef, login: string): Promise<boolean>
  /** Opens, closes and reopens the job issues of detected migrations (`create_issues`); see job-issues.ts. */
  syncJobIssues(
    p: WithoutClient<SyncJobIssuesParams>,
  ): Promise<{ summary: JobIssueSummary; snapshot: OrgSnapshot }>
  /** The one comment of ours carrying `marker` on an issue, created or edited (see `GitHubGateway`). */
  upsertComment: GitHubGateway['upsertComment']
  /** Reacts to an issue comment (acknowledging `/leaderboard refresh`); failures are only logged. */
  react(repo: RepoRef, commentId: number, content: '+1' | 'eyes' | 'confused'): Promise<void>
}

export function createLeaderboardGateway(octokit: GatewayOctokit, logger: Logger): LeaderboardGateway {
  const files = createOctokitGateway(octokit, logger)
  const withClient = { octokit, logger }
  return {
    getFileText: (repo, path) => files.getFileText(repo, path),
    readOrgSnapshot: (p) => refreshOrgSnapshot({ ...p, ...withClient }),
    readRepoSlices: (p) => refreshRepoSlices({ ...p, ...withClient }),
    ensureTrackingIssue: (p) => ensureTrackingIssue({ ...p, ...withClient }),
    updateKnownTrackingIssue: (p) => updateKnownTrackingIssue({ ...p, ...withClient }),
    syncJobIssues: (p) => syncJobIssues({ ...p, ...withClient }),
    upsertComment: (issue, p) => files.upsertComment(issue, p),

    async canWrite(repo, login) {
      try {
        const { data } = await octokit.request(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          {
            owner: repo.owner,
            repo: repo.repo,
            username: login,
          },
        )
        return WRITE_PERMISSIONS.has(data.permission) || WRITE_PERMISSIONS.has(data.role_name)
      } catch (error) {
        if (statusOf(error) === 404) return false
        throw toGitHubError(error, 'read the permission of', `${login} on ${repo.owner}/${repo.repo}`)
      }
    },

    async react(repo, commentId, content) {
      try {
        await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
          owner: repo.owner,
          repo: repo.repo,
          comment_id: commentId,
          content,
        })
      } catch (error) {
        logger.warn(
          toGitHubError(error, 'react to comment', `${commentId} in ${repo.owner}/${repo.repo}`).message,
        )
      }
    },
  }
}
