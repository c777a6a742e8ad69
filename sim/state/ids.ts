import { createHash } from 'node:crypto'

/** Where each kind of id starts, so ids look like GitHub's and never collide across kinds. */
const STARTS = {
  account: 1_000_000,
  repo: 700_000_000,
  issue: 2_500_000_000,
  pull: 1_800_000_000,
  comment: 3_000_000_000,
  label: 6_000_000_000,
  reaction: 280_000_000,
  installation: 50_000_000,
} as const

export type IdKind = keyof typeof STARTS

/** Sequential, deterministic database ids per kind. */
export class IdSequence {
  private readonly next = new Map<IdKind, number>()

  take(kind: IdKind): number {
    const id = this.next.get(kind) ?? STARTS[kind]
    this.next.set(kind, id + 1)
    return id
  }
}

/**
 * A node id in GitHub's legacy format: base64 of `0<length>:<Type><id>`, e.g. `MDU6SXNzdWUx` for
 * `05:Issue1`. Both REST `node_id` and GraphQL `id` use it, and `decodeNodeId` reverses it.
 */
export function nodeId(type: string, id: number): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64')
}

/** The type name and database id inside a node id, or null when it is not one of ours. */
export function decodeNodeId(value: string): { type: string; id: number } | null {
  const text = Buffer.from(value, 'base64').toString('utf8')
  const match = /^0(\d+):([A-Za-z]+)(\d+)$/.exec(text)
  if (!match) return null
  const type = match[2] as string
  if (type.length !== Number(match[1])) return null
  return { type, id: Number(match[3]) }
}

/** A git object id: SHA-1 over `<kind> <length>\0<content>`, as git computes it. */
export function gitSha(kind: 'blob' | 'tree' | 'commit', content: Buffer): string {
  const header = Buffer.from(`${kind} ${content.length}\0`)
  return createHash('sha1').update(header).update(content).digest('hex')
}
