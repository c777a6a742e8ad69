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
    ...queried.map((f) => ({
      kind: 'folder' as const,
      repo: f.repo,
      ref: f.ref,
      path: f.path,
      ...(f.texts ? { texts: true } : {}),
    })),
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
  const result: BatchReadResult = { files: texts, folders: listings.map((l) => l.paths) }
  if (reads.folders.some((folder) => folder.texts))
    result.folderTexts = listings.map((l, i) => (reads.folders[i]?.texts ? l.texts : undefined))
  return result
}

async function fileText(rest: RestReads, file: FileRead, result: AliasResult): Promise<string | null> {
  const object = answer(result, `${file.repo.owner}/${file.repo.repo}:${file.path}@${file.ref ?? 'HEAD'}`)
  const blob = object as RawBlob | null
  // A folder at the path answers `{}` (the `Blob` selection does not apply): not a file.
  if (!blob || !('isBinary' in blob)) return null
  if (typeof blob.text === 'string' && !blob.isTruncated && !blob.isBinary) return blob.text
  return rest.getFileText(file.repo, file.path, file.ref)
}

type Listed = { paths: string[]; texts: { path: string; text: string }[] }

async function folderPaths(
  folder: FolderRead,
  result: AliasResult | null,
  treeOf: (folder: FolderRead) => Promise<string[]>,
): Promise<Listed> {
  const under = async (texts: Listed['texts'] = []) => {
    const prefix = folder.path === '' ? '' : `${folder.path}/`
    return { paths: (await treeOf(folder)).filter((path) => path.startsWith(prefix)), texts }
  }
  if (result === null) return under()
  const raw = answer(result, `${folder.repo.owner}/${folder.repo.repo}:${folder.path}@${folder.ref}`)
  if (!raw || typeof raw !== 'object' || !('entries' in raw)) return { paths: [], texts: [] } // no such folder
  const found = readFolder(raw as RawFolder, folder.path)
  // Texts read with the listing stay good even when deeper folders need the whole tree listed.
  if (found.deeper.some((deeper) => folder.descend?.(deeper) ?? true)) return under(found.files)
  return { paths: [...found.files.map((file) => file.path), ...found.listed].sort(), texts: found.files }
}

/** The alias's `object`; null when the repository or object does not exist; throws on other failures. */
function answer(result: AliasResult, target: string): unknown {
  if (result.ok) return (result.data as { object?: unknown } | null)?.object ?? null
  if (result.type === 'NOT_FOUND') return null
  const status = /^(\d{3}) /.exec(result.reason)?.[1]
  const message = `Could not read ${target} through GraphQL: ${result.reason.replace(/\.$/, '')}.`
  throw new GitHubError(message, status ? Number(status) : null)
}
