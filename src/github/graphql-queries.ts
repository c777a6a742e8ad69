/**
 * GraphQL documents for the leaderboard snapshot. Every user-controlled value (owner, name, label, path,
 * cursor) travels as a variable, never spliced into the document.
 *
 * Cost, the way GitHub documents it (docs.github.com/graphql/overview/rate-limits-and-node-limits): a
 * query costs (sum of the requests each connection needs, assuming it returns `first` items) / 100
 * points, and may touch at most 500,000 nodes. Per repository the batch query holds one
 * `issues(first: 100, labels: [one label])` connection per migration label (1 request each, 100 nodes),
 * and `pullRequests(first: 50)` with `labels(first: 10)` inside (1 + 50 requests, 50 + 500 nodes).
 * Tree entries and blob texts are lists, not connections: free in points and nodes. With 2 migrations
 * that is 53 requests and 750 nodes a repository, so a batch of 100 repositories (the default, see
 * read-repo-slices.ts) costs 53 points and 75,000 nodes — 1,000 repositories cost 10 queries and ~540
 * points. One connection per label (rather than one `labels: [all]` connection with `labels(first: …)`
 * on each issue) is what keeps issues cheap: nested connections cost one request per parent node.
 * Measured on the simulator (which prices queries the same way) with 1,000 repositories, 20,000 issues,
 * 5,000 ADRs and 3 migrations: 10 batch queries, 530 points, 27 requests in all (bench/RESULTS.md).
 */

import type { DetectRead } from '../core/detect/detector-paths.js'
import { detectQueryParts } from './detect-reads.js'
import { OWNER_FIELDS } from './ownership-reads.js'

/** How much of one ADR folder the batch query reads. */
export interface FolderRequest {
  /** Repository-relative folder, e.g. `docs/adr`. */
  path: string
  /**
   * `full`: entries with blob texts, one level of sub-folders; `oid`: only the tree id (warm cache);
   * `list`: names only (the repository root, when a glob starts with a wildcard: its texts are fetched
   * by path afterwards, only for files the globs match).
   */
  mode: 'full' | 'oid' | 'list'
}

/** One repository of a batch query, aliased `r<i>`. */
export interface RepoRequest {
  owner: string
  name: string
  folders: FolderRequest[]
  /** Read `.github/strategy.yml` (ADR path overrides). */
  config: boolean
  issues: boolean
  pulls: boolean
  /** Files and folders migrations' detectors read (detect-reads.ts). */
  detect?: DetectRead[]
  /** Read CODEOWNERS and catalog-info.yaml (ownership-reads.ts). */
  owners?: boolean
}

/** A page or folder the first query could not finish, read by a follow-up query (aliased `x<i>`). */
export type FollowUpRequest =
  | { kind: 'issues'; owner: string; name: string; label: string; after: string }
  | { kind: 'pulls'; owner: string; name: string; after: string }
  | { kind: 'folder'; owner: string; name: string; path: string; list?: boolean }
  | { kind: 'blob'; owner: string; name: string; path: string }

export interface BuiltQuery {
  query: string
  variables: Record<string, unknown>
}

/** Issues of one label per page. */
export const ISSUE_PAGE_SIZE = 100
/** Merged pull requests per page, newest update first. */
export const PULL_PAGE_SIZE = 50

const ISSUE_PAGE = `fragment IssuePage on IssueConnection {
  pageInfo { hasNextPage endCursor }
  nodes { number title url state stateReason createdAt closedAt author { login } }
}`

const PULL_PAGE = `fragment PullPage on PullRequestConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    number title body url mergedAt updatedAt headRefName author { __typename login }
    labels(first: 10) { nodes { name } }
  }
}`

/** A blob's text (null when binary) and size. */
export const BLOB = '... on Blob { text isBinary byteSize }'
const BLOB_OID = '... on Blob { oid text }'
/** A folder's entries with their blob texts, two levels deep (`Folder`). */
export const FOLDER = `fragment Folder on Tree {
  oid
  entries { name type oid object { ${BLOB} ... on Tree { entries { name type oid object { ${BLOB} } } } } }
}`

/** A folder's names and types, two levels deep, without texts: `Listing` for `readFolder`. */
export const LISTING = `fragment Listing on Tree {
  oid
  entries { name type oid object { ... on Tree { entries { name type oid } } } }
}`

const FRAGMENTS = { IssuePage: ISSUE_PAGE, PullPage: PULL_PAGE, Folder: FOLDER, Listing: LISTING }
type FragmentName = keyof typeof FRAGMENTS

const ISSUE_ARGS = `states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }`
const PULL_ARGS = `states: [MERGED], orderBy: { field: UPDATED_AT, direction: DESC }`

/** The `HEAD:<path>` expression `Repository.object` resolves on the default branch. */
export function headExpression(path: string): string {
  return `HEAD:${path}`
}

/**
 * One query for a batch of repositories: metadata, the per-repository config, each ADR folder, the
 * first page of issues per migration label and the first page of merged pull requests.
 */
export function buildRepoBatchQuery(repos: RepoRequest[], labels: string[]): BuiltQuery {
  const declarations: string[] = []
  const variables: Record<string, unknown> = {}
  if (repos.some((repo) => repo.issues))
    labels.forEach((label, j) => {
      declarations.push(`$l${j}: [String!]`)
      variables[`l${j}`] = [label]
    })
  const used = new Set<FragmentName>()
  const fields = repos.map((repo, i) => {
    declarations.push(`$o${i}: String!`, `$n${i}: String!`)
    variables[`o${i}`] = repo.owner
    variables[`n${i}`] = repo.name
    const parts = ['id url isArchived defaultBranchRef { name }']
    if (repo.config) parts.push(`cfg: object(expression: "HEAD:.github/strategy.yml") { ${BLOB_OID} }`)
    if (repo.owners) parts.push(OWNER_FIELDS)
    repo.folders.forEach((folder, k) => {
      declarations.push(`$f${i}_${k}: String!`)
      variables[`f${i}_${k}`] = headExpression(folder.path)
      const body = folder.mode === 'full' ? '...Folder' : folder.mode === 'list' ? '...Listing' : 'oid'
      if (folder.mode === 'full') used.add('Folder')
      if (folder.mode === 'list') used.add('Listing')
      parts.push(`f${k}: object(expression: $f${i}_${k}) { ... on Tree { ${body} } }`)
    })
    if (repo.detect && repo.detect.length > 0) {
      const detect = detectQueryParts(i, repo.detect, variables)
      declarations.push(...detect.declarations)
      parts.push(...detect.parts)
    }
    if (repo.issues && labels.length > 0) used.add('IssuePage')
    if (repo.issues)
      labels.forEach((_, j) =>
        parts.push(
          `i${j}: issues(first: ${ISSUE_PAGE_SIZE}, labels: $l${j}, ${ISSUE_ARGS}) { ...IssuePage }`,
        ),
      )
    if (repo.pulls) {
      used.add('PullPage')
      parts.push(`prs: pullRequests(first: ${PULL_PAGE_SIZE}, ${PULL_ARGS}) { ...PullPage }`)
    }
    return `r${i}: repository(owner: $o${i}, name: $n${i}) { ${parts.join(' ')} }`
  })
  return { query: document('RepoBatch', declarations, fields, used), variables }
}

/** One query for pages and folders left over by earlier queries, each aliased `x<i>`. */
export function buildFollowUpQuery(items: FollowUpRequest[]): BuiltQuery {
  const declarations: string[] = []
  const variables: Record<string, unknown> = {}
  const used = new Set<FragmentName>()
  const fields = items.map((item, i) => {
    declarations.push(`$o${i}: String!`, `$n${i}: String!`)
    variables[`o${i}`] = item.owner
    variables[`n${i}`] = item.name
    let inner: string
    if (item.kind === 'issues') {
      declarations.push(`$c${i}: String!`, `$l${i}: [String!]`)
      Object.assign(variables, { [`c${i}`]: item.after, [`l${i}`]: [item.label] })
      used.add('IssuePage')
      inner = `issues(first: ${ISSUE_PAGE_SIZE}, after: $c${i}, labels: $l${i}, ${ISSUE_ARGS}) { ...IssuePage }`
    } else if (item.kind === 'pulls') {
      declarations.push(`$c${i}: String!`)
      variables[`c${i}`] = item.after
      used.add('PullPage')
      inner = `pullRequests(first: ${PULL_PAGE_SIZE}, after: $c${i}, ${PULL_ARGS}) { ...PullPage }`
    } else {
      declarations.push(`$e${i}: String!`)
      variables[`e${i}`] = headExpression(item.path)
      const fragment = item.kind === 'blob' ? null : item.list ? 'Listing' : 'Folder'
      if (fragment) used.add(fragment)
      inner = fragment
        ? `object(expression: $e${i}) { ... on Tree { ...${fragment} } }`
        : `object(expression: $e${i}) { ${BLOB} }`
    }
    return `x${i}: repository(owner: $o${i}, name: $n${i}) { ${inner} }`
  })
  return { query: document('FollowUp', declarations, fields, used), variables }
}

function document(name: string, declarations: string[], fields: string[], used: Set<FragmentName>): string {
  const head = declarations.length > 0 ? `(${declarations.join(', ')})` : ''
  const fragments = [...used].sort().map((fragment) => FRAGMENTS[fragment])
  return [`query ${name}${head} {`, ...fields.map((f) => `  ${f}`), '}', ...fragments].join('\n')
}
