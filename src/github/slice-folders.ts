/**
 * The ADR-folder part of reading a repository: compare tree ids with the cache, read folder texts,
 * follow sub-folders (only where the globs could match) and fetch listed files by path.
 */
import { isAdrPath } from '../core/adr/is-adr-path.js'
import { couldHoldAdrs } from './could-hold-adrs.js'
import type { FolderRequest } from './graphql-queries.js'
import { readFolder, type RawFolder } from './graphql-nodes.js'
import type { ApplyContext, SliceWork } from './slice-work.js'

/** The tree id remembered for a folder that does not exist (so a warm refresh need not ask for it in full). */
export const ABSENT = ''

/** How far below an ADR folder sub-folders are followed (`docs/adr/2024/q1/x.md` is depth 2). */
const MAX_FOLDER_DEPTH = 6

/** Applies one ADR folder of the batch query: reuse it (same tree id), read it, or queue a full read. */
export function applyBatchFolder(
  work: SliceWork,
  folder: FolderRequest,
  raw: RawFolder | null,
  ctx: ApplyContext,
): void {
  const oid = raw?.oid ?? ABSENT
  if (folder.mode !== 'oid') return addFolderContents(work, folder.path, folder.path, raw, ctx)
  if (work.cachedOids.get(folder.path) === oid) work.results.set(folder.path, { kind: 'cached', oid })
  else if (oid === ABSENT) work.results.set(folder.path, { kind: 'read', oid, files: [] })
  else queueFolder(ctx, work, folder.path, folder.path) // changed since the last read: read it whole
}

/** Reads a folder from scratch (a changed tree, or ADR settings changed by the repository's config). */
export function queueFolder(ctx: ApplyContext, work: SliceWork, root: string, path: string): void {
  if (path === root) work.results.set(root, { kind: 'read', oid: null, files: [] })
  const list = root === '' // the whole repository: list names, fetch only matching texts
  ctx.queue.push({ work, root, request: { kind: 'folder', owner: work.owner, name: work.name, path, list } })
}

/** Adds a folder's files to its ADR root and queues what it could not reach. */
export function addFolderContents(
  work: SliceWork,
  root: string,
  path: string,
  raw: RawFolder | null,
  ctx: ApplyContext,
): void {
  const previous = work.results.get(root)
  const files = previous?.kind === 'read' ? previous.files : []
  const oid = path === root ? (raw?.oid ?? ABSENT) : previous?.kind === 'read' ? previous.oid : null
  work.results.set(root, { kind: 'read', oid, files })
  if (!raw?.entries) return
  const found = readFolder(raw, path)
  files.push(...found.files)
  for (const listed of found.listed.filter((file) => isAdrPath(file, work.adrs)))
    ctx.queue.push({
      work,
      root,
      request: { kind: 'blob', owner: work.owner, name: work.name, path: listed },
    })
  for (const deeper of found.deeper) {
    const depth = deeper.slice(root.length).split('/').filter(Boolean).length
    if (depth <= MAX_FOLDER_DEPTH && couldHoldAdrs(deeper, work.adrs)) queueFolder(ctx, work, root, deeper)
  }
}

/** Adds a file fetched by path (listed by a repository-wide glob) to its root. */
export function addBlob(work: SliceWork, root: string, path: string, object: unknown): void {
  const blob = object as { text?: string | null; isBinary?: boolean | null } | null
  const result = work.results.get(root)
  if (result?.kind === 'read' && typeof blob?.text === 'string' && !blob.isBinary)
    result.files.push({ path, text: blob.text })
}
