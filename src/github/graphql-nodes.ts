/**
 * The raw shapes the snapshot queries return, and their mapping to the core's `IssueInfo`,
 * `MergedPullInfo` and ADR files. Nothing here makes a request.
 */
import type { IssueInfo, MergedPullInfo } from '../core/types.js'

export interface RawPageInfo {
  hasNextPage: boolean
  endCursor: string | null
}

export interface RawIssue {
  number: number
  title: string
  url: string
  state: string
  stateReason: string | null
  createdAt: string
  closedAt: string | null
  author: { login: string } | null
}

export interface RawPull {
  number: number
  title: string
  body: string | null
  url: string
  mergedAt: string | null
  updatedAt: string
  headRefName: string
  author: { __typename?: string; login: string } | null
  labels: { nodes: ({ name: string } | null)[] | null } | null
}

export interface RawPage<T> {
  pageInfo: RawPageInfo
  nodes: (T | null)[] | null
}

export interface RawTreeEntry {
  name: string
  type: string
  oid: string
  object: { text?: string | null; isBinary?: boolean | null; entries?: RawTreeEntry[] | null } | null
}

/** A `... on Tree` selection: empty when the expression resolved to something other than a folder. */
export interface RawFolder {
  oid?: string
  entries?: RawTreeEntry[] | null
}

/** A file of an ADR folder with its text. */
export interface FolderFile {
  path: string
  text: string
}

const STATE_REASONS = new Set(['completed', 'not_planned', 'reopened', 'duplicate'])

/** Adds a page of issues of one migration label; returns the cursor of the next page, or null. */
export function addIssuePage(
  page: RawPage<RawIssue> | null | undefined,
  p: { repo: string; label: string; into: Map<number, IssueInfo> },
): string | null {
  for (const node of page?.nodes ?? []) {
    if (!node) continue
    const known = p.into.get(node.number)
    if (known) {
      if (!known.labels.includes(p.label)) known.labels.push(p.label)
      continue
    }
    const reason = node.stateReason?.toLowerCase() ?? null
    p.into.set(node.number, {
      repo: p.repo,
      number: node.number,
      title: node.title,
      url: node.url,
      state: node.state === 'CLOSED' ? 'closed' : 'open',
      stateReason: reason && STATE_REASONS.has(reason) ? (reason as IssueInfo['stateReason']) : null,
      createdAt: node.createdAt,
      closedAt: node.closedAt,
      labels: [p.label],
      author: node.author?.login ?? null,
    })
  }
  return page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
}

/**
 * Adds the pull requests of a page merged on or after `since` (ISO). Pages come newest update first
 * and a pull request is updated when it is merged, so once a page ends before `since` no later page
 * can hold one merged since then: the next cursor is null.
 */
export function addPullPage(
  page: RawPage<RawPull> | null | undefined,
  p: { repo: string; since: string; into: MergedPullInfo[] },
): string | null {
  let oldestUpdate: string | null = null
  for (const node of page?.nodes ?? []) {
    if (!node) continue
    oldestUpdate = node.updatedAt
    if (!node.mergedAt || node.mergedAt < p.since) continue
    p.into.push({
      repo: p.repo,
      number: node.number,
      title: node.title,
      body: node.body ?? '',
      labels: (node.labels?.nodes ?? []).flatMap((label) => (label ? [label.name] : [])),
      headRef: node.headRefName,
      author: node.author?.login ?? null,
      authorIsBot: node.author?.__typename === 'Bot',
      mergedAt: node.mergedAt,
      url: node.url,
    })
  }
  if (!page?.pageInfo.hasNextPage || (oldestUpdate !== null && oldestUpdate < p.since)) return null
  return page.pageInfo.endCursor
}

/** What a folder read gave: texts (`Folder` fragment), paths to fetch (`Listing`), and deeper folders. */
export interface FolderContents {
  files: FolderFile[]
  /** Files listed without their text (the `Listing` fragment). */
  listed: string[]
  /** Sub-folders below the levels the fragment reaches. */
  deeper: string[]
}

/**
 * The files of a folder read with the `Folder` or `Listing` fragment (entries and one level of
 * sub-folders), and the sub-sub-folders it could not reach, for follow-up queries.
 */
export function readFolder(folder: RawFolder, path: string): FolderContents {
  const found: FolderContents = { files: [], listed: [], deeper: [] }
  const walk = (entries: RawTreeEntry[] | null | undefined, dir: string, depth: number): void => {
    for (const entry of entries ?? []) {
      const full = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.type === 'blob') {
        const text = entry.object?.text
        if (typeof text === 'string' && !entry.object?.isBinary) found.files.push({ path: full, text })
        else if (!entry.object || !('text' in entry.object)) found.listed.push(full)
      } else if (entry.type === 'tree' && depth === 0) walk(entry.object?.entries, full, 1)
      else if (entry.type === 'tree') found.deeper.push(full)
    }
  }
  walk(folder.entries, path, 0)
  return found
}
