/** Arguments every GitHub connection takes. */
export interface PageArgs {
  first?: number | null
  last?: number | null
  after?: string | null
  before?: string | null
}

const encodeCursor = (index: number): string => Buffer.from(`cursor:v2:${index}`).toString('base64')

function decodeCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
  return match ? Number(match[1]) : null
}

/**
 * A connection over an already filtered and ordered list: `totalCount`, `pageInfo`, `nodes`,
 * `edges { cursor node }`. Cursors are opaque base64 positions, as GitHub's look.
 */
export function connection<T>(
  items: T[],
  args: PageArgs,
  toNode: (item: T) => unknown,
  extra: Record<string, unknown> = {},
) {
  let start = 0
  let end = items.length
  const after = decodeCursor(args.after)
  const before = decodeCursor(args.before)
  if (after !== null) start = Math.max(start, after + 1)
  if (before !== null) end = Math.min(end, before)
  if (typeof args.first === 'number') end = Math.min(end, start + args.first)
  if (typeof args.last === 'number') start = Math.max(start, end - args.last)
  const indexes = Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i)
  const edges = indexes.map((index) => ({ cursor: encodeCursor(index), node: toNode(items[index] as T) }))
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes: edges.map((e) => e.node),
    ...extra,
  }
}
