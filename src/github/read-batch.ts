/**
 * `GitHubGateway.readBatch`: many files and folder listings in one GraphQL query (per 100 items),
 * with REST fallbacks for what GraphQL cannot answer: blob texts it leaves out (binary files, large
 * ones it truncates) are read through the contents API, and a folder with sub-folders deeper than the
 * `Listing` fragment reaches (two levels) — or the repository root — costs one recursive git-tree
 * request per repository and ref.
 */
import type { Logger } from '../core/logger.js'
import { BATCH_PREFIX, BATCH_READ_SIZE, buildBatchReadQuery, type BatchItem } from './batch-read-query.js'
import { GitHubError } from './errors.js'
import type { BatchReadResult, FileRead, FolderRead, GitHubGateway } from './gateway.js'
import { runAliasedQuery, type AliasResult, type GraphqlClient } from './graphql-batch.js'
import { readFolder, type RawFolder } from './graphql-nodes.js'

type RestReads = Pick<GitHubGateway, 'getFileText' | 'listTree'>

interface RawBlob {
  text?: string | null
  isBinary?: boolean
  isTruncated?: boolean
}

/** Reads files and folders; see the module comment for when it falls back to REST. */
export async function readBatch(
  client: GraphqlClient,
  logger: Logger,
  rest: RestReads,
  reads: { files: FileRead[]; folders: FolderRead[] },
): Promise<BatchReadResult> {
  const queried = reads.folders.filter((folder) => folder.path !== '')
  const items: BatchItem[] = [
    ...reads.files.map((f) => ({ kind: 'file' as const, repo: f.repo, ref: f.ref ?? 'HEAD', path: f.path })),
    ...queried.map((f) => ({ kind: 'folder' as const, repo: f.repo, ref: f.ref, path: f.path })),
  ]
  const results: AliasResult[] = []
  for (let start = 0; start < items.length; start += BATCH_READ_SIZE) {
    const chunk = items.slice(start, start + BATCH_READ_SIZE)
    const build = buildBatchReadQuery
    results.push(...(await runAliasedQuery({ client, logger, items: chunk, prefix: BATCH_PREFIX, build })))
  }
  const trees = new Map<string, Promise<string[]>>()
  const treeOf = (folder: FolderRead): Promise<string[]> => {
    const key = `${folder.repo.owner}/${folder.repo.repo}@${folder.ref}`
    let tree = trees.get(key)
    if (!tree) {
      tree = rest.listTree(folder.repo, folder.ref).then((listed) => listed.paths)
      trees.set(key, tree)
    }
    return tree
  }
  const files = reads.files.map((file, i) => fileText(rest, file, results[i] as AliasResult))
  let next = reads.files.length
  const folders = reads.folders.map((folder) => {
    const result = folder.path === '' ? null : (results[next++] as AliasResult)
    return folderPaths(folder, result, treeOf)
  })
  // Awaited together, so a failure on one side never leaves the other's rejection unobserved.
  const [texts, listings] = await Promise.all([Promise.all(files), Promise.all(folders)])
  return { files: texts, folders: listings }
}

async function fileText(rest: RestReads, file: FileRead, result: AliasResult): Promise<string | null> {
  const object = answer(result, `${file.repo.owner}/${file.repo.repo}:${file.path}@${file.ref ?? 'HEAD'}`)
  const blob = object as RawBlob | null
  // A folder at the path answers `{}` (the `Blob` selection does not apply): not a file.
  if (!blob || !('isBinary' in blob)) return null
  if (typeof blob.text === 'string' && !blob.isTruncated && !blob.isBinary) return blob.text
  return rest.getFileText(file.repo, file.path, file.ref)
}

async function folderPaths(
  folder: FolderRead,
  result: AliasResult | null,
  treeOf: (folder: FolderRead) => Promise<string[]>,
): Promise<string[]> {
  const under = async () => {
    const prefix = folder.path === '' ? '' : `${folder.path}/`
    return (await treeOf(folder)).filter((path) => path.startsWith(prefix))
  }
  if (result === null) return under()
  const raw = answer(result, `${folder.repo.owner}/${folder.repo.repo}:${folder.path}@${folder.ref}`)
  if (!raw || typeof raw !== 'object' || !('entries' in raw)) return [] // no such folder (or a file)
  const found = readFolder(raw as RawFolder, folder.path)
  if (found.deeper.some((deeper) => folder.descend?.(deeper) ?? true)) return under()
  return [...found.files.map((file) => file.path), ...found.listed].sort()
}

/** The alias's `object`; null when the repository or object does not exist; throws on other failures. */
function answer(result: AliasResult, target: string): unknown {
  if (result.ok) return (result.data as { object?: unknown } | null)?.object ?? null
  if (result.type === 'NOT_FOUND') return null
  const status = /^(\d{3}) /.exec(result.reason)?.[1]
  const message = `Could not read ${target} through GraphQL: ${result.reason.replace(/\.$/, '')}.`
  throw new GitHubError(message, status ? Number(status) : null)
}
