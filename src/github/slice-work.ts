/**
 * One repository being read: what was asked, what came back, and what is still to fetch. The batch
 * query fills it; follow-up queries finish pages and folders the batch could not.
 */
import type { IssueInfo, MergedPullInfo } from '../core/types.js'
import type { FolderRequest, FollowUpRequest, RepoRequest } from './graphql-queries.js'
import {
  addIssuePage,
  addPullPage,
  type FolderFile,
  type RawFolder,
  type RawIssue,
  type RawPage,
  type RawPull,
} from './graphql-nodes.js'
import { applyDetectNode, type DetectWork } from './detect-reads.js'
import type { RepoOwnerFacts } from '../core/ownership/ownership-types.js'
import { ownerFactsOf } from './ownership-reads.js'
import { addBlob, addFolderContents, applyBatchFolder } from './slice-folders.js'
import type { AdrsConfig } from './snapshot-cache.js'

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
  /** Migrations' detectors (detect-reads.ts); absent when no migration detects. */
  detect?: DetectWork
  /** Owner files read (ownership-reads.ts); null when no ownership source needs them. */
  owners?: RepoOwnerFacts | null
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

export function repoRequest(work: SliceWork): RepoRequest {
  return {
    owner: work.owner,
    name: work.name,
    folders: work.folders,
    config: true,
    issues: true,
    pulls: true,
    ...(work.detect ? { detect: work.detect.reads } : {}),
    ...(work.owners === undefined ? {} : { owners: true }),
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
  if (work.owners !== undefined) work.owners = ownerFactsOf(node)
  work.folders.forEach((folder, k) => applyBatchFolder(work, folder, node[`f${k}`] as RawFolder | null, ctx))
  if (work.detect) applyDetectNode(node, work.detect)
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
    addBlob(work, item.root ?? '', request.path, node.object)
  } else {
    addFolderContents(work, item.root ?? request.path, request.path, node.object as RawFolder | null, ctx)
  }
}

function queue(ctx: ApplyContext, work: SliceWork, request: FollowUpRequest): void {
  ctx.queue.push({ work, request })
}
