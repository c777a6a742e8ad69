/**
 * One repository being read: what was asked, what came back, and what is still to fetch. The batch
 * query fills it; follow-up queries finish pages and folders the batch could not.
 */
import { isAdrPath } from '../core/adr/is-adr-path.js'
import type { IssueInfo, MergedPullInfo } from '../core/types.js'
import { couldHoldAdrs } from './could-hold-adrs.js'
import type { FolderRequest, FollowUpRequest, RepoRequest } from './graphql-queries.js'
import {
  addIssuePage,
  addPullPage,
  readFolder,
  type FolderFile,
  type RawFolder,
  type RawIssue,
  type RawPage,
  type RawPull,
} from './graphql-nodes.js'
import type { AdrsConfig } from './snapshot-cache.js'

/** The tree id remembered for a folder that does not exist (so a warm refresh need not ask for it in full). */
export const ABSENT = ''

/** An ADR folder's result: reused from the cache (`cached`), or read with its files (`oid` null until read). */
export type FolderResult =
  { kind: 'cached'; oid: string } | { kind: 'read'; oid: string | null; files: FolderFile[] }

export interface SliceWork {
  owner: string
  name: string
  /** ADR settings the folders were (or will be) read with. */
  adrs: AdrsConfig
  folders: FolderRequest[]
  /** Tree ids of folders in the cache, by path (a folder asked with mode `oid` is compared to these). */
  cachedOids: Map<string, string>
  results: Map<string, FolderResult>
  issues: Map<number, IssueInfo>
  pulls: MergedPullInfo[]
  meta: { url: string; defaultBranch: string; archived: boolean } | null
  configText: string | null
  failure: string | null
}

/** A follow-up request, and the ADR folder its files belong to (folders only). */
export interface FollowUp {
  work: SliceWork
  request: FollowUpRequest
  root?: string
}

export interface ApplyContext {
  labels: string[]
  /** Merged pull requests from this date on (`YYYY-MM-DD`). */
  since: string
  queue: FollowUp[]
}

/** How far below an ADR folder sub-folders are followed (`docs/adr/2024/q1/x.md` is depth 2). */
const MAX_FOLDER_DEPTH = 6

export function repoRequest(work: SliceWork): RepoRequest {
  return {
    owner: work.owner,
    name: work.name,
    folders: work.folders,
    config: true,
    issues: true,
    pulls: true,
  }
}

/** Applies a repository node of the batch query. */
export function applyRepoNode(
  work: SliceWork,
  node: Record<string, unknown> | null,
  ctx: ApplyContext,
): void {
  if (!node) {
    work.failure = 'not found, or the app cannot read it'
    return
  }
  const branch = node.defaultBranchRef as { name: string } | null
  work.meta = { url: String(node.url), defaultBranch: branch?.name ?? '', archived: node.isArchived === true }
  const cfg = node.cfg as { text?: string | null } | null | undefined
  work.configText = typeof cfg?.text === 'string' ? cfg.text : null
  work.folders.forEach((folder, k) => applyBatchFolder(work, folder, node[`f${k}`] as RawFolder | null, ctx))
  const repo = `${work.owner}/${work.name}`
  ctx.labels.forEach((label, j) => {
    const page = node[`i${j}`] as RawPage<RawIssue> | undefined
    const after = addIssuePage(page, { repo, label, into: work.issues })
    if (after) queue(ctx, work, { kind: 'issues', owner: work.owner, name: work.name, label, after })
  })
  const after = addPullPage(node.prs as RawPage<RawPull> | undefined, {
    repo,
    since: ctx.since,
    into: work.pulls,
  })
  if (after) queue(ctx, work, { kind: 'pulls', owner: work.owner, name: work.name, after })
}

function applyBatchFolder(
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

/** Applies a follow-up result. */
export function applyFollowUp(item: FollowUp, node: Record<string, unknown> | null, ctx: ApplyContext): void {
  const { work, request } = item
  if (!node) {
    work.failure = 'not found, or the app cannot read it'
    return
  }
  const repo = `${work.owner}/${work.name}`
  if (request.kind === 'issues') {
    const page = node.issues as RawPage<RawIssue>
    const after = addIssuePage(page, { repo, label: request.label, into: work.issues })
    if (after) queue(ctx, work, { ...request, after })
  } else if (request.kind === 'pulls') {
    const after = addPullPage(node.pullRequests as RawPage<RawPull>, {
      repo,
      since: ctx.since,
      into: work.pulls,
    })
    if (after) queue(ctx, work, { ...request, after })
  } else if (request.kind === 'blob') {
    const blob = node.object as { text?: string | null; isBinary?: boolean | null } | null
    const result = work.results.get(item.root ?? '')
    if (result?.kind === 'read' && typeof blob?.text === 'string' && !blob.isBinary)
      result.files.push({ path: request.path, text: blob.text })
  } else {
    addFolderContents(work, item.root ?? request.path, request.path, node.object as RawFolder | null, ctx)
  }
}

function addFolderContents(
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

function queue(ctx: ApplyContext, work: SliceWork, request: FollowUpRequest): void {
  ctx.queue.push({ work, request })
}
