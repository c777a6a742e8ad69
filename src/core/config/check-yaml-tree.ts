import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml'

/** A problem of the YAML tree, at a node. */
export interface TreeProblem {
  node: Node
  message: string
}

/** What the walk found: structural problems, and every alias in document order. */
export interface TreeReport {
  problems: TreeProblem[]
  aliases: Alias[]
}

/** A node to visit, and the collection it is in (a chain of at most MAX_CONFIG_DEPTH collections). */
interface Visit {
  node: Node
  parent: Visit | null
}

/**
 * Walks the parsed YAML without recursion and reports what the plain data would hide: repeated keys
 * (YAML keeps only the last), keys that are lists or mappings, aliases without an anchor, and
 * aliases inside their own anchor (`a: &x [*x]`), which would make the data endless.
 */
export function checkYamlTree(doc: Document, lineOf: (node: Node) => number): TreeReport {
  const report: TreeReport = { problems: [], aliases: [] }
  // The latest node of each anchor name, in document order (keys before values), as yaml resolves
  // them. Asking yaml (`alias.resolve(doc)`) walks the whole document per alias: minutes for 30,000.
  const anchors = new Map<string, Node>()
  const root = doc.contents as Node | null
  const stack: Visit[] = root ? [{ node: root, parent: null }] : []
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { node } = visit
    if (isAlias(node)) checkAlias(visit, anchors.get(node.source), report)
    else if (node.anchor) anchors.set(node.anchor, node)
    const children = isMap(node) ? checkMapKeys(node.items, report, lineOf) : isSeq(node) ? node.items : []
    // Pushed last to first, so they are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]
      if (child) stack.push({ node: child as Node, parent: visit })
    }
  }
  return report
}

function checkAlias(visit: Visit, anchor: Node | undefined, report: TreeReport): void {
  const alias = visit.node as Alias
  report.aliases.push(alias)
  const name = alias.source
  if (anchor === undefined) {
    report.problems.push({
      node: alias,
      message: `The alias \`*${name}\` has no \`&${name}\` anchor before it. Define the anchor first, or write the value out.`,
    })
  } else if (isInside(visit, anchor)) {
    report.problems.push({
      node: alias,
      message: `The alias \`*${name}\` is inside the value its anchor \`&${name}\` names, so that value would contain itself without end. Write the value out instead of the alias.`,
    })
  }
}

/** Whether `node` is one of the collections the visited node is in. */
function isInside(visit: Visit, node: Node): boolean {
  for (let outer = visit.parent; outer !== null; outer = outer.parent) if (outer.node === node) return true
  return false
}

/** Reports bad and repeated keys of one mapping; returns its keys and values to walk next, in order. */
function checkMapKeys(
  pairs: readonly { key: unknown; value: unknown }[],
  report: TreeReport,
  lineOf: (node: Node) => number,
): unknown[] {
  // Most mappings hold one key or a few: a map per mapping only pays off with more.
  const seen = pairs.length > 1 ? new Map<string, Node>() : null
  const values: unknown[] = []
  for (const pair of pairs) {
    const key = pair.key as Node | null
    values.push(pair.key, pair.value)
    if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
      const node = key ?? (pair.value as Node)
      if (node) report.problems.push({ node, message: badKeyMessage(key) })
      continue
    }
    if (seen === null) continue
    const name = String(key.value)
    const first = seen.get(name)
    if (first === undefined) seen.set(name, key)
    else report.problems.push({ node: key, message: duplicateKeyMessage(name, lineOf(first)) })
  }
  return values
}

function badKeyMessage(key: Node | null): string {
  const what = key === null || isScalar(key) ? 'This key is empty' : 'A list or mapping is used as a key'
  return `${what}; keys must be plain names such as \`themes\` or \`id\`. Write \`name: value\`.`
}

function duplicateKeyMessage(name: string, firstLine: number): string {
  return `Duplicate key \`${name}\` (first written on line ${firstLine}): YAML would silently keep only the last one. Remove or rename one of them.`
}
