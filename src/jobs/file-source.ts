import type { RepoRef } from '../core/types.js'
import type { GitHubGateway } from '../github/gateway.js'

/**
 * Where a job reads repository files from: the GitHub API at a ref (the Action, the app) or a working
 * tree on disk (the CLI). Files are only ever read as data, never executed or checked out.
 */
export interface FileSource {
  /** Where the files come from, for messages: `acme/api@1a2b3c4` or a directory. */
  readonly label: string
  /** Every file path, repository-relative, `/`-separated. */
  listFiles(): Promise<string[]>
  /** The file's text, or null when it does not exist. */
  readFile(path: string): Promise<string | null>
}

/**
 * A file source over the gateway at one ref. The tree is listed once (one recursive git-tree request)
 * and cached; each file is one contents request.
 */
export function createGatewayFileSource(p: {
  gateway: GitHubGateway
  repo: RepoRef
  ref: string
}): FileSource {
  let tree: Promise<string[]> | null = null
  return {
    label: `${p.repo.owner}/${p.repo.repo}@${p.ref.length === 40 ? p.ref.slice(0, 7) : p.ref}`,
    listFiles() {
      tree ??= p.gateway.listTree(p.repo, p.ref).then((result) => result.paths)
      return tree
    },
    readFile(path) {
      return p.gateway.getFileText(p.repo, path, p.ref)
    },
  }
}
