import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml'

/** Deeper than any real strategy config (it needs 5 levels); guards the recursive steps after parsing. */
export const MAX_CONFIG_DEPTH = 32

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
 * Walks the parsed YAML without recursion (so hostile nesting cannot overflow the stack) and reports
 * what the plain data would hide: repeated keys (YAML keeps only the last), keys that are lists or
 * mappings, aliases without an anchor, and nesting deeper than `MAX_CONFIG_DEPTH`.
 */
export function checkYamlTree(doc: Document, lineOf: (node: Node) => number): TreeReport {
  const report: TreeReport = { problems: [], aliases: [] }
  const root = doc.contents as Node | null
  const stack: { node: Node; depth: number }[] = root ? [{ node: root, depth: 1 }] : []
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number }
    if (depth > MAX_CONFIG_DEPTH) {
      report.problems.push({
        node,
        message: `Lists and mappings nest more than ${MAX_CONFIG_DEPTH} levels deep here; a strategy config needs 5 at most. Remove the extra brackets or indentation.`,
      })
      break
    }
    if (isAlias(node)) checkAlias(doc, node, report)
    const children = isMap(node) ? checkMapKeys(node.items, report, lineOf) : isSeq(node) ? node.items : []
    for (const child of [...children].reverse()) {
      if (child) stack.push({ node: child as Node, depth: depth + 1 })
    }
  }
  return report
}

function checkAlias(doc: Document, alias: Alias, report: TreeReport): void {
  report.aliases.push(alias)
  if (alias.resolve(doc) === undefined) {
    report.problems.push({
      node: alias,
      message: `The alias \`*${alias.source}\` has no \`&${alias.source}\` anchor before it. Define the anchor first, or write the value out.`,
    })
  }
}

/** Reports bad and repeated keys of one mapping; returns the value nodes to walk next. */
function checkMapKeys(
  pairs: readonly { key: unknown; value: unknown }[],
  report: TreeReport,
  lineOf: (node: Node) => number,
): unknown[] {
  const seen = new Map<string, Node>()
  const values: unknown[] = []
  for (const pair of pairs) {
    const key = pair.key as Node | null
    values.push(pair.value)
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
