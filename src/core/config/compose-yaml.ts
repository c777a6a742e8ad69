import { Composer, Document, LineCounter, Parser, type CST, type YAMLError } from 'yaml'
import { findDeepNesting } from './scan-nesting.js'

/** Deeper than any real strategy config (it needs 4 levels of lists and mappings). */
export const MAX_CONFIG_DEPTH = 32

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
  const early = findTooDeepEarly(text, lineCounter)
  if (early !== null) return { doc: new Document(), problems: [{ offset: early, message: DEPTH_MESSAGE }] }
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)]
  const tooDeep = findTooDeep(tokens)
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' })
  if (tooDeep !== null) {
    return { doc: new Document(), problems: [{ offset: tooDeep, message: DEPTH_MESSAGE }] }
  }
  const [doc, second] = [...composer.compose(tokens, true, text.length)] as [
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
 * yaml's tokenizer costs about a second on 500 KiB of `[`, so a cheap scan looks for deep nesting
 * first, and only the text up to its hit is tokenized to confirm it (and find the exact place).
 * Returns that offset, having recorded the prefix's lines in `lineCounter`; null when not confirmed.
 */
function findTooDeepEarly(text: string, lineCounter: LineCounter): number | null {
  const cut = findDeepNesting(text, MAX_CONFIG_DEPTH)
  if (cut === null) return null
  const prefixLines = new LineCounter()
  const tooDeep = findTooDeep([...new Parser(prefixLines.addNewLine).parse(text.slice(0, cut))])
  if (tooDeep !== null) for (const start of prefixLines.lineStarts) lineCounter.addNewLine(start)
  return tooDeep
}

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
