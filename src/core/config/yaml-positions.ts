import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml'

/** A step into the config: a mapping key or a list index (zod issue paths have this shape). */
export type PathSegment = string | number

/** 1-based position in the YAML text. */
export interface Position {
  line: number
  column: number
}

/** How far a path reaches into a YAML document. */
export interface PathMatch {
  /** How many leading segments of the path exist in the document. */
  matched: number
  /** The node reached by those segments (the root mapping when none match). */
  node: Node | null
  /** The key node of the last matched segment, when it is a mapping key. */
  key: Node | null
}

/**
 * Follows a path (`['themes', 0, 'status']`) through a YAML document as far as it exists, so a
 * problem found in the plain data can be shown at the line and column the user wrote.
 */
export function matchPath(doc: Document, path: readonly PathSegment[]): PathMatch {
  let match: PathMatch = { matched: 0, node: (doc.contents as Node | null) ?? null, key: null }
  for (const segment of path) {
    const next = childOf(doc, match.node, segment)
    if (next === undefined) break
    match = { matched: match.matched + 1, node: next.value ?? next.key, key: next.key }
  }
  return match
}

function childOf(
  doc: Document,
  parent: Node | null,
  segment: PathSegment,
): { key: Node | null; value: Node | null } | undefined {
  const node = isAlias(parent) ? resolveAlias(doc, parent) : parent
  if (isMap(node)) {
    const pair = pairsByKey(node).get(String(segment))
    if (pair === undefined) return undefined
    return { key: pair.key as Node, value: (pair.value as Node | null) ?? null }
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined
    return item === undefined || item === null ? undefined : { key: null, value: item }
  }
  return undefined
}

/** yaml walks the whole document to resolve an alias; many problems under one alias resolve it once. */
const aliasTargets = new WeakMap<Alias, Node | null>()

function resolveAlias(doc: Document, alias: Alias): Node | null {
  let target = aliasTargets.get(alias)
  if (target === undefined) {
    target = (alias.resolve(doc) as Node | undefined) ?? null
    aliasTargets.set(alias, target)
  }
  return target
}

/** Each mapping's first pair per key, built once: a file with 30,000 problems must not search 30,000² pairs. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>()

function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map)
  if (index === undefined) {
    index = new Map()
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : null
      if (name !== null && !index.has(name)) index.set(name, pair)
    }
    pairIndex.set(map, index)
  }
  return index
}

/** The position where a node starts, or line 1, column 1 for a missing one. */
export function positionOf(node: Node | null, lineCounter: LineCounter): Position {
  const offset = node?.range?.[0]
  if (offset === undefined) return { line: 1, column: 1 }
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}

/** `themes[0].status`, the way messages name a place in the config. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else text += text === '' ? segment : `.${segment}`
  }
  return text
}
