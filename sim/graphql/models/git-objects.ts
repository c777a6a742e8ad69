import type { CommitRecord, TreeRecord } from '../../state/git-store.js'
import type { RepoRecord } from '../../state/records.js'
import { connection, type PageArgs } from '../connection.js'
import type { GqlContext } from '../gql-context.js'
import { repositoryModel } from './repository.js'

const MODE = { blob: 0o100644, tree: 0o40000 } as const

export function blobModel(repo: RepoRecord, sha: string) {
  const content = repo.git.blobs.get(sha) ?? Buffer.alloc(0)
  const isBinary = content.includes(0)
  return {
    __typename: 'Blob',
    id: Buffer.from(`04:Blob${repo.id}:${sha}`).toString('base64'),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    byteSize: content.length,
    isBinary,
    isTruncated: false,
    text: isBinary ? null : content.toString('utf8'),
    repository: (_: unknown, ctx: GqlContext) => repositoryModel(repo, ctx),
  }
}

export function treeModel(repo: RepoRecord, tree: TreeRecord, path: string) {
  return {
    __typename: 'Tree',
    id: Buffer.from(`04:Tree${repo.id}:${tree.sha}`).toString('base64'),
    oid: tree.sha,
    abbreviatedOid: tree.sha.slice(0, 7),
    entries: () =>
      tree.entries.map((entry) => {
        const entryPath = path ? `${path}/${entry.name}` : entry.name
        return {
          name: entry.name,
          path: entryPath,
          type: entry.type,
          oid: entry.sha,
          mode: MODE[entry.type],
          size: entry.size ?? 0,
          extension:
            entry.type === 'blob' && entry.name.includes('.') ? `.${entry.name.split('.').pop()}` : null,
          object: () => {
            if (entry.type === 'blob') return blobModel(repo, entry.sha)
            const child = repo.git.tree(entry.sha)
            return child ? treeModel(repo, child, entryPath) : null
          },
        }
      }),
    repository: (_: unknown, ctx: GqlContext) => repositoryModel(repo, ctx),
  }
}

export function commitModel(repo: RepoRecord, commit: CommitRecord) {
  const person = { name: commit.authorName, email: commit.authorEmail, date: commit.date }
  return {
    __typename: 'Commit',
    id: Buffer.from(`06:Commit${repo.id}:${commit.sha}`).toString('base64'),
    oid: commit.sha,
    abbreviatedOid: commit.sha.slice(0, 7),
    message: commit.message,
    messageHeadline: commit.message.split('\n')[0],
    committedDate: commit.date,
    authoredDate: commit.date,
    author: person,
    committer: person,
    tree: () => {
      const tree = repo.git.tree(commit.treeSha)
      return tree ? treeModel(repo, tree, '') : null
    },
    history: (args: PageArgs & { path?: string | null }) =>
      connection(historyOf(repo, commit, args.path ?? null), args, (c) => commitModel(repo, c)),
  }
}

/**
 * `Commit.history(path:)`: this commit and its first-parent ancestors, newest first, keeping (with a
 * path) only commits that changed a file at or under it — `git log --first-parent -- <path>`, which
 * includes the commit that deleted it.
 */
function historyOf(repo: RepoRecord, head: CommitRecord, path: string | null): CommitRecord[] {
  const clean = path?.replace(/^\/+|\/+$/g, '') ?? ''
  const touches = (file: string) => clean === '' || file === clean || file.startsWith(`${clean}/`)
  const snapshot = (c: CommitRecord | undefined) =>
    JSON.stringify([...(c?.files ?? new Map<string, string>())].filter(([file]) => touches(file)).sort())
  const commits: CommitRecord[] = []
  for (let c: CommitRecord | undefined = head; c;) {
    const parent: CommitRecord | undefined =
      c.parents[0] === undefined ? undefined : repo.git.commits.get(c.parents[0])
    if (clean === '' || snapshot(c) !== snapshot(parent)) commits.push(c)
    c = parent
  }
  return commits
}

/**
 * `Repository.object(expression:)`: `<ref>:<path>` gives a Tree or Blob, a ref or sha alone gives
 * the Commit, and `oid:` gives any object by id. Unknown refs and paths are null, as on GitHub.
 */
export function objectAt(repo: RepoRecord, args: { expression?: string; oid?: string }, _ctx: GqlContext) {
  if (args.oid) {
    if (repo.git.blobs.has(args.oid)) return blobModel(repo, args.oid)
    const tree = repo.git.tree(args.oid)
    if (tree) return treeModel(repo, tree, '')
    const commit = repo.git.commits.get(args.oid)
    return commit ? commitModel(repo, commit) : null
  }
  const expression = args.expression ?? ''
  const colon = expression.indexOf(':')
  const ref = colon < 0 ? expression : expression.slice(0, colon) || 'HEAD'
  const commit = repo.git.resolve(ref, repo.defaultBranch)
  if (!commit) return null
  if (colon < 0) return commitModel(repo, commit)
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '')
  const blob = commit.files.get(path)
  if (blob) return blobModel(repo, blob)
  const tree = repo.git.treeAt(commit, path)
  return tree ? treeModel(repo, tree, path) : null
}
