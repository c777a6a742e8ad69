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

/** A file to read: at `ref` (a sha or branch), or on the default branch when `ref` is omitted. */
export interface FileRead {
  repo: RepoRef
  path: string
  ref?: string
}

/** A folder to list at `ref`: every file below it, at any depth. `''` is the whole repository. */
export interface FolderRead {
  repo: RepoRef
  path: string
  ref: string
  /**
   * Whether a sub-folder deeper than one query reaches could hold files the caller wants (e.g.
   * `couldHoldAdrs`); only then is the whole tree listed to see inside it. Omitted: always.
   */
  descend?: (folder: string) => boolean
  /** Also read the texts of the files listed, in the same query (answered in `folderTexts`). */
  texts?: boolean
}

/** What `readBatch` answers, in the order asked: texts (null: no such file) and listings (`[]`: no such folder). */
export interface BatchReadResult {
  files: (string | null)[]
  folders: string[][]
  /**
   * Per folder asked `texts`, the texts the query returned with the listing (files it left out, such
   * as binary ones or those below a deeper sub-folder, are only listed); absent for the others.
   */
  folderTexts?: ({ path: string; text: string }[] | undefined)[]
}

/** What `listChangedFiles` needs; the shas and count of a fetched pull request let it ask cheaper. */
export type ChangedFilesQuery = PullRequestRef &
  Partial<Pick<PullRequestInfo, 'baseSha' | 'headSha' | 'changedFiles'>>

export interface GitHubGateway {
  getPullRequest(pr: PullRequestRef): Promise<PullRequestInfo>
  /**
   * Changed files; `truncated` when GitHub's 3,000-file cap was hit. Given the count and shas of a
   * fetched pull request of 101 to 300 files, one comparison request replaces three pages.
   */
  listChangedFiles(pr: ChangedFilesQuery): Promise<{ files: ChangedFile[]; truncated: boolean }>
  /**
   * Many files and folder listings at once, across refs and repositories: one GraphQL query per 100
   * items. Texts GraphQL cannot give (binary, truncated) and folders nested deeper than the query
   * reaches fall back to the REST reads below.
   */
  readBatch(reads: { files: FileRead[]; folders: FolderRead[] }): Promise<BatchReadResult>
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
