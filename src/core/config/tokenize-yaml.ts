import { Parser, type CST, type LineCounter } from 'yaml'
import { scanYamlShape, type YamlShapeLimits } from './scan-yaml-shape.js'

/** YAML's tokens, or the reason it was not tokenized (fully): too deep or too large, at an offset. */
export type YamlTokens = { tokens: CST.Token[] } | { hazard: 'deep' | 'large'; offset: number }

/**
 * Tokenizes YAML text (up to its second document) so that yaml's recursive composer can then run
 * safely: nesting deeper than `limits.depth` is refused on the tokens, before composing. Hostile
 * nesting such as 100,000 `[` otherwise recurses until the stack runs out, and V8 can abort the whole
 * process ("RegExpCompiler Allocation failed") when it compiles a regular expression that close to
 * the limit. A cheap scan first refuses hostile shapes before the tokenizer (about 1 µs per token)
 * spends a second on them: more than `limits.entries`, or nesting it can see on one line.
 *
 * @example tokenizeYaml('a: [[[x]]]', { depth: 2, entries: 100 }) // { hazard: 'deep', offset: 5 }
 */
export function tokenizeYaml(text: string, limits: YamlShapeLimits): YamlTokens {
  const early = checkShape(text, limits)
  if (early !== null) return early
  const tokens = readTwoDocuments(text)
  const tooDeep = findTooDeep(tokens, limits.depth)
  return tooDeep === null ? { tokens } : { hazard: 'deep', offset: tooDeep }
}

/**
 * Records every line start of `text` in `lineCounter`, found directly: yaml's parser skips the line
 * breaks inside some malformed tokens (a NUL byte, then a new line), which put problems on the wrong line.
 */
export function addLineStarts(text: string, lineCounter: LineCounter): void {
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1)
}

/**
 * Runs `run` without V8 recording stack traces. yaml builds an `Error` for each syntax error, and the
 * traces of 250,000 of them (500 KiB of `"`) take a second; only their messages and offsets are used.
 */
export function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return run()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * A nesting hit of the cheap scan is confirmed by tokenizing only the text up to it (which also finds
 * the exact place); an unconfirmed hit is ignored, and the scan goes on for the entry limit alone.
 */
function checkShape(text: string, limits: YamlShapeLimits): YamlTokens | null {
  let hit = scanYamlShape(text, limits)
  if (hit?.kind === 'deep') {
    const tooDeep = findTooDeep([...new Parser().parse(text.slice(0, hit.offset))], limits.depth)
    if (tooDeep !== null) return { hazard: 'deep', offset: tooDeep }
    hit = scanYamlShape(text, { ...limits, depth: Infinity })
  }
  return hit === null ? null : { hazard: 'large', offset: hit.offset }
}

/**
 * The parser's tokens up to the second document: callers want one document, so the second is only
 * reported, and 50,000 `---` documents are not tokenized one by one.
 */
function readTwoDocuments(text: string): CST.Token[] {
  const tokens: CST.Token[] = []
  let documents = 0
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document' && ++documents > 2) break
    tokens.push(token)
  }
  return tokens
}

/** The offset of the first collection nested `limit` levels deep or more, walking without recursion. */
function findTooDeep(tokens: readonly CST.Token[], limit: number): number | null {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }))
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: CST.Token; depth: number }
    if (token.type === 'document' && token.value) stack.push({ token: token.value, depth })
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue
    if (depth >= limit) return token.offset
    for (const item of token.items) {
      if ('key' in item && item.key) stack.push({ token: item.key, depth: depth + 1 })
      if (item.value) stack.push({ token: item.value, depth: depth + 1 })
    }
  }
  return null
}
