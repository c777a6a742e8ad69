import type { RepoRef } from '../core/types.js'
import type { GitHubGateway } from '../github/gateway.js'
import { createBatchReader, isUnder } from './batch-reader.js'
import { mapConcurrently } from './map-concurrently.js'

/** Hints for `listFilesUnder`. */
export interface ListOptions {
  /**
   * Whether files below a sub-folder could matter (e.g. `couldHoldAdrs`). A source may leave out
   * sub-folders it says no to, where seeing inside them costs another request; it never has to.
   */
  couldHold?: (folder: string) => boolean
  /**
   * The caller will read most files listed: a source that can read their texts with the listing
   * (one GraphQL query) does so, and later `readFiles` of them cost nothing.
   */
  withTexts?: boolean
}

/**
 * Where a job reads repository files from: the GitHub API at a ref (the Action, the app) or a working
 * tree on disk (the CLI). Files are only ever read as data, never executed or checked out. Jobs ask
 * for many files at once (`readFiles`, `listFilesUnder`): the API source answers each turn's reads
 * with one request.
 */
export interface FileSource {
  /** Where the files come from, for messages: `acme/api@1a2b3c4` or a directory. */
  readonly label: string
  /** Every file path, repository-relative, `/`-separated. */
  listFiles(): Promise<string[]>
  /** The file's text, or null when it does not exist. */
  readFile(path: string): Promise<string | null>
  /** Texts of many files, in the order given (null where a file does not exist). */
  readFiles(paths: readonly string[]): Promise<(string | null)[]>
  /** Every file path below any of `folders` (`''`: the whole repository), sorted, without duplicates. */
  listFilesUnder(folders: readonly string[], options?: ListOptions): Promise<string[]>
}

/** How many files a per-file source reads at once. */
const READ_CONCURRENCY = 8

/**
 * A file source from a per-file reader and a full listing (a working tree): `readFiles` reads a few
 * files at a time, `listFilesUnder` filters the full listing.
 */
export function fileSourceFrom(p: Pick<FileSource, 'label' | 'listFiles' | 'readFile'>): FileSource {
  return {
    label: p.label,
    listFiles: () => p.listFiles(),
    readFile: (path) => p.readFile(path),
    readFiles: (paths) => mapConcurrently(paths, READ_CONCURRENCY, (path) => p.readFile(path)),
    async listFilesUnder(folders) {
      const all = await p.listFiles()
      return [...new Set(all.filter((path) => folders.some((folder) => isUnder(path, folder))))].sort()
    },
  }
}

/**
 * A file source over the gateway at one ref. Reads made in the same turn are batched into one
 * `readBatch` (one GraphQL query) and cached; see `createBatchReader` to share a batch across refs.
 */
export function createGatewayFileSource(p: {
  gateway: Pick<GitHubGateway, 'readBatch'>
  repo: RepoRef
  ref: string
}): FileSource {
  return createBatchReader(p.gateway).at(p.repo, p.ref)
}
