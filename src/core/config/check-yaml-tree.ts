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

/**
 * Walks the parsed YAML without recursion and reports what the plain data would hide: repeated keys
 * (YAML keeps only the last), keys that are lists or mappings, and aliases without an anchor.
 */
export function checkYamlTree(doc: Document, lineOf: (node: Node) => number): TreeReport {
  const report: TreeReport = { problems: [], aliases: [] }
  // Anchors seen so far, in document order (keys before their values), as yaml resolves them.
  // Asking yaml (`alias.resolve(doc)`) walks the whole document per alias: minutes for 30,000 aliases.
  const anchors = new Set<string>()
  const root = doc.contents as Node | null
  const stack: Node[] = root ? [root] : []
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (isAlias(node)) checkAlias(node, anchors, report)
    else if (node.anchor) anchors.add(node.anchor)
    const children = isMap(node) ? checkMapKeys(node.items, report, lineOf) : isSeq(node) ? node.items : []
    for (const child of [...children].reverse()) {
      if (child) stack.push(child as Node)
    }
  }
  return report
}

function checkAlias(alias: Alias, anchors: ReadonlySet<string>, report: TreeReport): void {
  report.aliases.push(alias)
  if (!anchors.has(alias.source)) {
    report.problems.push({
      node: alias,
      message: `The alias \`*${alias.source}\` has no \`&${alias.source}\` anchor before it. Define the anchor first, or write the value out.`,
    })
  }
}

/** Reports bad and repeated keys of one mapping; returns its keys and values to walk next, in order. */
function checkMapKeys(
  pairs: readonly { key: unknown; value: unknown }[],
  report: TreeReport,
  lineOf: (node: Node) => number,
): unknown[] {
  const seen = new Map<string, Node>()
  const values: unknown[] = []
  for (const pair of pairs) {
    const key = pair.key as Node | null
    values.push(pair.key, pair.value)
    if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
      const node = key ?? (pair.value as Node)
      if (node) report.problems.push({ node, message: badKeyMessage(key) })
      continue
    }
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
