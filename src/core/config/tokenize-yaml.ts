import { Lexer, Parser, type CST, type LineCounter } from 'yaml'
import { scanYamlShape, type YamlShapeLimits } from './scan-yaml-shape.js'

/**
 * YAML's tokens, or the reason it was not tokenized (fully): too deep or too large, at an offset.
 * Too large is over `limits.entries` (the cheap scan), or over `limits.tokens` (`budget: 'tokens'`).
 */
export type YamlTokens =
  { tokens: CST.Token[] } | { hazard: 'deep' | 'large'; offset: number; budget?: 'tokens' }

/** The limits of `tokenizeYaml`: the scan's, and optionally the most lexical tokens to read. */
export interface YamlTokenLimits extends YamlShapeLimits {
  /**
   * Most tokens of yaml's lexer (each name, value, indicator, space run, comment and line break):
   * what the tokenizer and composer cost is proportional to, unlike entries (2 to 6 tokens each).
   */
  tokens?: number
}

/**
 * Tokenizes YAML text (up to its second document) so that yaml's recursive composer can then run
 * safely: nesting deeper than `limits.depth` is refused on the tokens, before composing. Hostile
 * nesting such as 100,000 `[` otherwise recurses until the stack runs out, and V8 can abort the whole
 * process ("RegExpCompiler Allocation failed") when it compiles a regular expression that close to
 * the limit. A cheap scan first refuses hostile shapes before the tokenizer (about 1 µs per token)
 * spends a second on them: more than `limits.entries`, or nesting it can see on one line. The
 * tokenizer itself stops after `limits.tokens` tokens.
 *
 * @example tokenizeYaml('a: [[[x]]]', { depth: 2, entries: 100 }) // { hazard: 'deep', offset: 5 }
 */
export function tokenizeYaml(text: string, limits: YamlTokenLimits): YamlTokens {
  const early = checkShape(text, limits)
  if (early !== null) return early
  const tokens = readTwoDocuments(text, limits.tokens ?? Infinity)
  if (!Array.isArray(tokens)) return { hazard: 'large', offset: tokens.offset, budget: 'tokens' }
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
 * reported, and 50,000 `---` documents are not tokenized one by one. Feeds the parser lexical token
 * by token (as `Parser.parse` does) to stop after `maxTokens`; returns the offset reached then.
 */
function readTwoDocuments(text: string, maxTokens: number): CST.Token[] | { offset: number } {
  const parser = new Parser()
  const tokens: CST.Token[] = []
  let documents = 0
  const keep = (token: CST.Token) => {
    if (token.type === 'document' && ++documents > 2) return false
    tokens.push(token)
    return true
  }
  let count = 0
  for (const lexeme of new Lexer().lex(text)) {
    if (++count > maxTokens) return { offset: parser.offset }
    for (const token of parser.next(lexeme)) if (!keep(token)) return tokens
  }
  for (const token of parser.end()) if (!keep(token)) return tokens
  return tokens
}

/** The offset of the first collection nested `limit` levels deep or more, walking without recursion. */
function findTooDeep(tokens: readonly CST.Token[], limit: number): number | null {
  const stack: { token: CST.Token; depth: number }[] = []
  const visit = (token: CST.Token | null | undefined, depth: number) => {
    if (!token) return
    // Only documents and collections hold other tokens: scalars, the most of them, are not stacked.
    if (token.type === 'document' || isCollection(token)) stack.push({ token, depth })
  }
  for (const token of tokens) visit(token, 0)
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { token, depth } = next
    if (token.type === 'document') visit(token.value, depth)
    if (!isCollection(token)) continue
    if (depth >= limit) return token.offset
    for (const item of token.items) {
      if ('key' in item) visit(item.key, depth + 1)
      visit(item.value, depth + 1)
    }
  }
  return null
}

function isCollection(token: CST.Token): token is CST.BlockMap | CST.BlockSequence | CST.FlowCollection {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection'
}
