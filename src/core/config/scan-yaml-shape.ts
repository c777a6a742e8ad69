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

const BLANK = new Set([' ', '\t'])
const LINE_END = new Set(['\n', '\r'])
/** Indicators that become a token of their own in a flow collection, or when followed by a blank. */
const INDICATORS = new Set([',', ':'])
const BRACKETS = new Set(['[', ']', '{', '}'])
/** Characters that start an alias, anchor, tag or directive. */
const PROPERTIES = new Set(['*', '&', '!', '%'])

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
    const char = text.charAt(i)
    if (LINE_END.has(char)) {
      state.compact = 0
      state.atNode = true
      state.entries++
      i++
    } else if (BLANK.has(char)) i++
    else if (char === '#' && (i === 0 || isSpace(text.charAt(i - 1)))) i = lineEnd(text, i)
    else if (state.atNode && (char === '"' || char === "'")) {
      i = quoteEnd(text, i)
      state.atNode = false
      state.entries++
    } else if (state.atNode && (char === '&' || char === '!')) {
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
  const char = text.charAt(i)
  const spaced = i + 1 === text.length || isSpace(text.charAt(i + 1))
  const inFlow = state.flow > 0
  // Brackets count wherever they are: a stray `]` or `{` (`]]]]…`, `{a: 1}{a: 1}…`) is a token too.
  if (BRACKETS.has(char) || (INDICATORS.has(char) && (inFlow || spaced))) state.entries++
  if ((char === '[' || char === '{') && (state.atNode || inFlow)) {
    state.flow++
    state.atNode = true
    return true
  }
  if (spaced && (char === '-' || char === '?') && (state.atNode || inFlow)) {
    // A block indicator; inside `[…]` yaml still makes a token of each (`[- - - …`).
    state.entries++
    if (inFlow) return false
    state.compact++
    return true
  }
  if (inFlow && (char === ']' || char === '}')) state.flow--
  else if (char === ':' && (inFlow || spaced)) state.atNode = true
  else if (inFlow && char === ',') state.atNode = true
  else {
    // An alias, anchor or tag after a blank (`*a *a *a`), a directive, or a quote inside a word:
    // each may become a token of its own.
    const afterBlank = i > 0 && isSpace(text.charAt(i - 1))
    if ((state.atNode || afterBlank) && PROPERTIES.has(char)) state.entries++
    else if (char === '"' || char === "'") state.entries++
    state.atNode = false
  }
  return false
}

function isSpace(char: string): boolean {
  return BLANK.has(char) || LINE_END.has(char)
}

function lineEnd(text: string, from: number): number {
  let i = from
  while (i < text.length && !LINE_END.has(text.charAt(i))) i++
  return i
}

/** Just after an anchor or tag (`&name`, `!tag`): it ends at a blank or the end of the line. */
function tokenEnd(text: string, from: number): number {
  let i = from
  while (i < text.length && !isSpace(text.charAt(i))) i++
  return i
}

/**
 * Just after the quote closing the one at `from` (`\"` escapes in double quotes, `''` in single), or
 * at the end of its line. A quote is not followed onto the next line: yaml may end it there (a
 * stray `"` before `{a: {a: …` lines), and guessing "still quoted" would hide the nesting after it.
 */
function quoteEnd(text: string, from: number): number {
  const quote = text.charAt(from)
  let i = from + 1
  while (i < text.length && !LINE_END.has(text.charAt(i))) {
    const char = text.charAt(i)
    if (quote === '"' && char === '\\') i += 2
    else if (char === quote && quote === "'" && text.charAt(i + 1) === "'") i += 2
    else if (char === quote) return i + 1
    else i++
  }
  return Math.min(i, text.length)
}
