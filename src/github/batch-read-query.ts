/**
 * The GraphQL document that reads many files and folders at given refs in one request: one aliased
 * `repository { object(expression: "<ref>:<path>") }` field per item, with the leaderboard's `Blob`
 * selection for files and its `Listing` fragment for folders. Owners, names and expressions travel
 * as variables. `object` is not a connection, so a query costs 1 point however many items it holds.
 */
import type { RepoRef } from '../core/types.js'
import { BLOB, FOLDER, LISTING, type BuiltQuery } from './graphql-queries.js'

/** One item of a batch read: a file's text or a folder's listing, at `ref` (`HEAD`: the default branch). */
export interface BatchItem {
  kind: 'file' | 'folder'
  repo: RepoRef
  ref: string
  path: string
  /** A folder read with its files' texts (`Folder`), not only their names (`Listing`). */
  texts?: boolean
}

/** How many items one query holds: enough for a large pull request's ADRs, small enough to answer fast. */
export const BATCH_READ_SIZE = 100

/** The alias of item `i`. */
export const BATCH_PREFIX = 'b'

/** The `<ref>:<path>` expression `Repository.object` resolves. */
export function objectExpression(ref: string, path: string): string {
  return `${ref}:${path}`
}

/** One query over `items`, aliased `b0`, `b1`, …; repositories share their variables. */
export function buildBatchReadQuery(items: readonly BatchItem[]): BuiltQuery {
  const declarations: string[] = []
  const variables: Record<string, unknown> = {}
  const repos = new Map<string, number>()
  const fields = items.map((item, i) => {
    const key = `${item.repo.owner}/${item.repo.repo}`
    let k = repos.get(key)
    if (k === undefined) {
      k = repos.size
      repos.set(key, k)
      declarations.push(`$o${k}: String!`, `$n${k}: String!`)
      variables[`o${k}`] = item.repo.owner
      variables[`n${k}`] = item.repo.repo
    }
    declarations.push(`$e${i}: String!`)
    variables[`e${i}`] = objectExpression(item.ref, item.path)
    const selection =
      item.kind === 'file'
        ? `${BLOB} ... on Blob { isTruncated }`
        : `... on Tree { ...${item.texts ? 'Folder' : 'Listing'} }`
    return `${BATCH_PREFIX}${i}: repository(owner: $o${k}, name: $n${k}) { object(expression: $e${i}) { ${selection} } }`
  })
  const listings = items.some((item) => item.kind === 'folder' && !item.texts)
  const withTexts = items.some((item) => item.kind === 'folder' && item.texts)
  const query = [
    `query BatchRead(${declarations.join(', ')}) {`,
    ...fields.map((field) => `  ${field}`),
    '}',
    ...(listings ? [LISTING] : []),
    ...(withTexts ? [FOLDER] : []),
  ].join('\n')
  return { query, variables }
}
