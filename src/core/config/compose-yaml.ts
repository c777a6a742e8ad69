import { Composer, Document, type LineCounter, type YAMLError } from 'yaml'
import { addLineStarts, tokenizeYaml, withoutStackTraces } from './tokenize-yaml.js'
import { formatCount } from '../format-count.js'

/** Deeper than any real strategy config (it needs 4 levels of lists and mappings). */
export const MAX_CONFIG_DEPTH = 32

/**
 * Most entries (lines, keys, list items, quotes, anchors, tags, aliases) in a config, as counted by
 * `scanYamlShape` before any tokenizing: about one per 6 bytes of a real config, so a 5,000-team config
 * (380 KiB) has 61,000 and 150,000 tokens. Refuses in one cheap pass most of what MAX_CONFIG_TOKENS
 * would refuse only after tokenizing that many tokens (half of it: real configs have 2.3 to 3 tokens
 * per entry, so they meet the token limit first).
 */
export const MAX_CONFIG_ENTRIES = 85_000

/**
 * Most tokens of yaml's lexer in a config (each name, value, indicator, space run, comment and line
 * break: 2 to 6 per entry), counted as the tokenizer reads them. yaml's tokenizer and composer, then
 * the schema and the descriptions of problems, cost 2 to 6 µs per token (yaml's parser and composer
 * nearly all of it), so with MAX_CONFIG_CHARS this is what bounds the time, linearly: a config of
 * 5,000 teams (30 tokens a team) has 150,000 tokens and loads, and about 5,600 such teams fit beside
 * a strategy's themes and migrations. Measured in bench/ (`config-load`), not in timed tests.
 */
export const MAX_CONFIG_TOKENS = 170_000

/** A problem at an offset of the YAML text. */
export interface OffsetProblem {
  offset: number
  message: string
}

/**
 * Parses YAML text into one document the way `yaml.parseDocument` does, after `tokenizeYaml` has
 * refused hostile shapes: nesting deeper than MAX_CONFIG_DEPTH (the composer recurses, and deep enough
 * nesting aborts the process) and more than MAX_CONFIG_ENTRIES entries. Fills `lineCounter`.
 */
export function composeYaml(
  text: string,
  lineCounter: LineCounter,
): { doc: Document; problems: OffsetProblem[] } {
  addLineStarts(text, lineCounter)
  const limits = { depth: MAX_CONFIG_DEPTH, entries: MAX_CONFIG_ENTRIES, tokens: MAX_CONFIG_TOKENS }
  const read = tokenizeYaml(text, limits)
  if ('hazard' in read) {
    const large = read.budget === 'tokens' ? LONG_PROBLEM : LARGE_PROBLEM
    const problem = read.hazard === 'deep' ? { offset: read.offset, message: DEPTH_MESSAGE } : large
    return { doc: new Document(), problems: [problem] }
  }
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' })
  const [doc, second] = withoutStackTraces(() => [...composer.compose(read.tokens, true, text.length)]) as [
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

/** How to bring a real config that is too big under the limits (or to notice it is the wrong file). */
const TOO_BIG_FIX =
  'Is this the right file? If it is, shorten it (comments count too); if it lists many teams, list fewer: one entry can claim many repositories with `repos` globs (`payments-*`), and a repository no team claims counts as its own team.'

/** Reported at the start of the file: the limit is about the whole file. */
const LARGE_PROBLEM: OffsetProblem = {
  offset: 0,
  message: `The file has more than ${formatCount(MAX_CONFIG_ENTRIES)} lines, keys and list items; a strategy config has at most tens of thousands (one listing 5,000 teams about 61,000). ${TOO_BIG_FIX}`,
}

/** Reported at the start of the file too; "tokens" are explained, users do not count them. */
const LONG_PROBLEM: OffsetProblem = {
  offset: 0,
  message: `The file has more than ${formatCount(MAX_CONFIG_TOKENS)} YAML tokens (names, values, punctuation, comments and line breaks); a strategy config has at most a hundred and fifty thousand (one listing 5,000 teams about 150,000). ${TOO_BIG_FIX}`,
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
