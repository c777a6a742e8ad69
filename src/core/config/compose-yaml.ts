import { Composer, Document, LineCounter, Parser, type CST, type YAMLError } from 'yaml'
import { scanYamlShape } from './scan-yaml-shape.js'

/** Deeper than any real strategy config (it needs 4 levels of lists and mappings). */
export const MAX_CONFIG_DEPTH = 32

/**
 * Most entries (lines, keys, list items, quotes, anchors, tags, aliases) in a config, as counted by
 * `scanYamlShape`. A 1,000-team config (117 KiB) has 13,000; the limit bounds yaml's tokenizer,
 * which otherwise spends a second on 500 KiB of `[a,a,a,…` or `k1: v`, `k2: v`, ….
 */
export const MAX_CONFIG_ENTRIES = 50_000

/** A problem at an offset of the YAML text. */
export interface OffsetProblem {
  offset: number
  message: string
}

/**
 * Parses YAML text into one document the way `yaml.parseDocument` does, with one step added: the
 * nesting depth is checked on the parser's tokens before the (recursive) composer runs. Hostile
 * nesting such as 100,000 `[` otherwise recurses until the stack runs out, and V8 can abort the whole
 * process when it compiles a regular expression that close to the limit.
 */
export function composeYaml(
  text: string,
  lineCounter: LineCounter,
): { doc: Document; problems: OffsetProblem[] } {
  const early = checkShape(text, lineCounter)
  if (early !== null) return { doc: new Document(), problems: [early] }
  const tokens = readTwoDocuments(text, lineCounter)
  const tooDeep = findTooDeep(tokens)
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' })
  if (tooDeep !== null) {
    return { doc: new Document(), problems: [{ offset: tooDeep, message: DEPTH_MESSAGE }] }
  }
  const [doc, second] = withoutStackTraces(() => [...composer.compose(tokens, true, text.length)]) as [
    Document.Parsed,
    Document.Parsed | undefined,
  ]
  const problems = [...doc.errors, ...doc.warnings].map(yamlErrorProblem)
  if (second !== undefined) problems.push({ offset: second.range[0], message: MULTIPLE_DOCS_MESSAGE })
  return { doc, problems }
}

const DEPTH_MESSAGE = `Lists and mappings nest more than ${MAX_CONFIG_DEPTH} levels deep here; a strategy config needs 4. Remove the extra brackets, dashes or indentation.`

const MULTIPLE_DOCS_MESSAGE =
  'A second YAML document starts here (`---`); a strategy config is one document. Remove the `---` line and merge or delete what follows.'

/**
 * The parser's tokens up to the second document: a config is one document, so the second is only
 * reported, and 50,000 `---` documents are not tokenized one by one.
 */
function readTwoDocuments(text: string, lineCounter: LineCounter): CST.Token[] {
  const tokens: CST.Token[] = []
  let documents = 0
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
    if (token.type === 'document' && ++documents > 2) break
    tokens.push(token)
  }
  return tokens
}

/**
 * yaml builds an `Error` for each syntax error, and V8 records a stack trace for each: a second for
 * 500 KiB of `"`. Only the message and offset are used, so none is recorded while composing.
 */
function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return run()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * Refuses hostile shapes before yaml's tokenizer spends a second on them: too many entries, or
 * nesting too deep. A nesting hit of the cheap scan is confirmed by tokenizing only the text up to it
 * (which also finds the exact place, recorded in `lineCounter`); an unconfirmed hit is ignored.
 */
function checkShape(text: string, lineCounter: LineCounter): OffsetProblem | null {
  const limits = { depth: MAX_CONFIG_DEPTH, entries: MAX_CONFIG_ENTRIES }
  let hit = scanYamlShape(text, limits)
  if (hit?.kind === 'deep') {
    const prefixLines = new LineCounter()
    const tooDeep = findTooDeep([...new Parser(prefixLines.addNewLine).parse(text.slice(0, hit.offset))])
    if (tooDeep !== null) {
      for (const start of prefixLines.lineStarts) lineCounter.addNewLine(start)
      return { offset: tooDeep, message: DEPTH_MESSAGE }
    }
    hit = scanYamlShape(text, { ...limits, depth: Infinity })
  }
  return hit === null ? null : { offset: 0, message: LARGE_MESSAGE }
}

const LARGE_MESSAGE = `The file has more than ${MAX_CONFIG_ENTRIES.toLocaleString('en')} lines, keys and list items; a strategy config has a few hundred (a 1,000-team organisation about 13,000). Is this the right file?`

/** The offset of the first collection nested deeper than MAX_CONFIG_DEPTH, walking without recursion. */
function findTooDeep(tokens: readonly CST.Token[]): number | null {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }))
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: CST.Token; depth: number }
    if (token.type === 'document' && token.value) stack.push({ token: token.value, depth })
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue
    if (depth >= MAX_CONFIG_DEPTH) return token.offset
    for (const item of token.items) {
      if ('key' in item && item.key) stack.push({ token: item.key, depth: depth + 1 })
      if (item.value) stack.push({ token: item.value, depth: depth + 1 })
    }
  }
  return null
}

function yamlErrorProblem(error: YAMLError): OffsetProblem {
  const offset = error.pos[0]
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return {
        offset,
        message: 'A tab is used for indentation; YAML allows only spaces. Replace the tab with spaces.',
      }
    case 'RESOURCE_EXHAUSTION':
      return { offset, message: DEPTH_MESSAGE }
    case 'TAG_RESOLVE_FAILED':
      return {
        offset,
        message: `${error.message}: the strategy config uses no YAML tags (\`!name\`). Remove the tag.`,
      }
    default:
      return {
        offset,
        message: `YAML syntax error: ${error.message}. Check the indentation, quotes and brackets here.`,
      }
  }
}
