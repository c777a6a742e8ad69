/**
 * The one interface through which the project talks to GitHub. `createOctokitGateway` implements it;
 * tests may use a small hand-written fake. Methods return our own types, never raw payloads.
 */
import type { ChangedFile, IssueRef, PullRequestInfo, PullRequestRef, RepoRef } from '../core/types.js'

export type WriteResult = 'created' | 'updated' | 'unchanged'

export interface UpsertCommentResult {
  result: WriteResult | 'deleted' | 'skipped'
  commentId: number | null
}

export interface GitHubGateway {
  getPullRequest(pr: PullRequestRef): Promise<PullRequestInfo>
  /** Changed files, paginated; `truncated` when GitHub's 3,000-file cap was hit. */
  listChangedFiles(pr: PullRequestRef): Promise<{ files: ChangedFile[]; truncated: boolean }>
  /** File text at `ref` (default branch when omitted), or null when it does not exist. */
  getFileText(repo: RepoRef, path: string, ref?: string): Promise<string | null>
  /** Every file path of the tree at `ref` (recursive). */
  listTree(repo: RepoRef, ref: string): Promise<{ paths: string[]; truncated: boolean }>
  /** The login our token acts as (`github-actions[bot]`, `my-app[bot]`), used to recognise our own comments. */
  getOwnLogin(): Promise<string | null>
  /**
   * Creates, updates (only when changed) or converges the one comment carrying `marker` written by us.
   * An empty `body` resolves an existing comment instead of creating one: it is rewritten to
   * `allClearBody`, or deleted when that is omitted.
   */
  upsertComment(
    issue: IssueRef,
    p: { marker: string; body: string; ownLogin: string | null; allClearBody?: string },
  ): Promise<UpsertCommentResult>
}
