/**
 * A single cheap pass over YAML text that spots shapes costly for yaml's tokenizer (about 1 µs per
 * token) before it runs: nesting deep enough to be hostile (`[[[[…`, `{a: {a: …`, `- - - …`) and
 * far more lines and flow items than any config has (`[a,a,a,…`: a second for 500 KiB).
 *
 * It is a heuristic, not a parser: it follows quotes (on one line), comments, anchors and tags well
 * enough for real configs, and errs towards seeing nesting, because its caller confirms a nesting hit
 * with the real parser on the text up to the hit: a wrong guess costs only time, never a wrong answer.
 */

/** What the scan found first. */
export type YamlShapeHit =
  /** Open collections exceed the limit just before `offset` (just after a `[`, `{`, `- ` or `? `). */
  | { kind: 'deep'; offset: number }
  /** Entries (lines, keys, items, quotes, anchors, tags, aliases) exceed the budget at `offset`. */
  | { kind: 'large'; offset: number }

export interface YamlShapeLimits {
  /** Deepest nesting allowed (open `[`/`{` plus `- `/`? ` on one line). */
  depth: number
  /** Most entries allowed: line breaks, indicators (`[ ] { } , : - ?`), quotes, anchors, tags, aliases. */
  entries: number
}

interface ScanState {
  /** Open `[`/`{` collections. */
  flow: number
  /** `- `/`? ` block indicators met on the current line outside flow collections. */
  compact: number
  /** The next non-blank character starts a node (where a collection or a quote may begin). */
  atNode: boolean
  entries: number
}

// Character codes: the scan reads `charCodeAt`, which allocates nothing and compares as numbers.
const TAB = 9
const LF = 10
const CR = 13
const SPACE = 32
const BANG = 33
const DOUBLE_QUOTE = 34
const HASH = 35
const PERCENT = 37
const AMPERSAND = 38
const SINGLE_QUOTE = 39
const STAR = 42
const COMMA = 44
const DASH = 45
const COLON = 58
const QUESTION = 63
const OPEN_BRACKET = 91
const BACKSLASH = 92
const CLOSE_BRACKET = 93
const OPEN_BRACE = 123
const CLOSE_BRACE = 125

/**
 * The first place where `text` nests deeper or holds more entries than `limits` allow, or null.
 * Linear time, no allocation per character.
 *
 * @example scanYamlShape('a: [[[x]]]', { depth: 2, entries: 100 }) // { kind: 'deep', offset: 7 }
 */
export function scanYamlShape(text: string, limits: YamlShapeLimits): YamlShapeHit | null {
  const state: ScanState = { flow: 0, compact: 0, atNode: true, entries: 0 }
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code === LF || code === CR) {
      state.compact = 0
      state.atNode = true
      state.entries++
      i++
    } else if (code === SPACE || code === TAB) i++
    else if (code === HASH && (i === 0 || isSpace(text.charCodeAt(i - 1)))) i = lineEnd(text, i)
    else if (state.atNode && (code === DOUBLE_QUOTE || code === SINGLE_QUOTE)) {
      i = quoteEnd(text, i)
      state.atNode = false
      state.entries++
    } else if (state.atNode && (code === AMPERSAND || code === BANG)) {
      i = tokenEnd(text, i)
      state.entries++
    } else {
      const deeper = step(text, i, state)
      i++
      if (deeper && state.flow + state.compact > limits.depth) return { kind: 'deep', offset: i }
    }
    if (state.entries > limits.entries) return { kind: 'large', offset: i }
  }
  return null
}

/** Applies one character that is not blank, a comment or a quote; true when it opened a level. */
function step(text: string, i: number, state: ScanState): boolean {
  const code = text.charCodeAt(i)
  const spaced = i + 1 === text.length || isSpace(text.charCodeAt(i + 1))
  const inFlow = state.flow > 0
  const bracket =
    code === OPEN_BRACKET || code === CLOSE_BRACKET || code === OPEN_BRACE || code === CLOSE_BRACE
  // Brackets count wherever they are: a stray `]` or `{` (`]]]]…`, `{a: 1}{a: 1}…`) is a token too.
  if (bracket || ((code === COMMA || code === COLON) && (inFlow || spaced))) state.entries++
  if ((code === OPEN_BRACKET || code === OPEN_BRACE) && (state.atNode || inFlow)) {
    state.flow++
    state.atNode = true
    return true
  }
  if (spaced && (code === DASH || code === QUESTION) && (state.atNode || inFlow)) {
    // A block indicator; inside `[…]` yaml still makes a token of each (`[- - - …`).
    state.entries++
    if (inFlow) return false
    state.compact++
    return true
  }
  if (inFlow && (code === CLOSE_BRACKET || code === CLOSE_BRACE)) state.flow--
  else if (code === COLON && (inFlow || spaced)) state.atNode = true
  else if (inFlow && code === COMMA) state.atNode = true
  else {
    // An alias, anchor or tag after a blank (`*a *a *a`), a directive, or a quote inside a word:
    // each may become a token of its own.
    const afterBlank = i > 0 && isSpace(text.charCodeAt(i - 1))
    if ((state.atNode || afterBlank) && isProperty(code)) state.entries++
    else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) state.entries++
    state.atNode = false
  }
  return false
}

/** An alias, anchor, tag or directive starts with one of `*&!%`. */
function isProperty(code: number): boolean {
  return code === STAR || code === AMPERSAND || code === BANG || code === PERCENT
}

/** A blank or a line end; false past the end of the text (`charCodeAt` gives NaN there). */
function isSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === LF || code === CR
}

function isLineEnd(code: number): boolean {
  return code === LF || code === CR
}

function lineEnd(text: string, from: number): number {
  let i = from
  while (i < text.length && !isLineEnd(text.charCodeAt(i))) i++
  return i
}

/** Just after an anchor or tag (`&name`, `!tag`): it ends at a blank or the end of the line. */
function tokenEnd(text: string, from: number): number {
  let i = from
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++
  return i
}

/**
 * Just after the quote closing the one at `from` (`\"` escapes in double quotes, `''` in single), or
 * at the end of its line. A quote is not followed onto the next line: yaml may end it there (a
 * stray `"` before `{a: {a: …` lines), and guessing "still quoted" would hide the nesting after it.
 */
function quoteEnd(text: string, from: number): number {
  const quote = text.charCodeAt(from)
  let i = from + 1
  while (i < text.length && !isLineEnd(text.charCodeAt(i))) {
    const code = text.charCodeAt(i)
    if (quote === DOUBLE_QUOTE && code === BACKSLASH) i += 2
    else if (code === quote && quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) i += 2
    else if (code === quote) return i + 1
    else i++
  }
  return Math.min(i, text.length)
}
