/**
 * A single cheap pass over YAML text that spots nesting deep enough to be hostile (`[[[[…`,
 * `{a: {a: …`, `- - - …`) before yaml's tokenizer spends a second on half a megabyte of it.
 *
 * It is a heuristic, not a parser: it follows quotes, comments, anchors and tags well enough for
 * real configs, and its caller confirms every hit with the real parser on the text up to the hit.
 * A miss costs only time (the full parse then finds the nesting), never a wrong answer.
 */

interface ScanState {
  /** Open `[`/`{` collections. */
  flow: number
  /** `- `/`? ` block indicators met on the current line outside flow collections. */
  compact: number
  /** The next non-blank character starts a node (where a collection or a quote may begin). */
  atNode: boolean
}

const BLANK = new Set([' ', '\t'])
const LINE_END = new Set(['\n', '\r'])

/**
 * The offset just after the first `[`, `{`, `- ` or `? ` at which the open collections on the way
 * there exceed `limit`, or null. Runs in linear time with no allocation per character.
 *
 * @example findDeepNesting('a: [[[x]]]', 2) // 7 (just after the third `[`)
 */
export function findDeepNesting(text: string, limit: number): number | null {
  const state: ScanState = { flow: 0, compact: 0, atNode: true }
  let i = 0
  while (i < text.length) {
    const char = text.charAt(i)
    if (LINE_END.has(char)) {
      Object.assign(state, { compact: 0, atNode: true })
      i++
    } else if (BLANK.has(char)) i++
    else if (char === '#' && (i === 0 || isSpace(text.charAt(i - 1)))) i = lineEnd(text, i)
    else if (state.atNode && (char === '"' || char === "'")) {
      i = quoteEnd(text, i)
      state.atNode = false
    } else if (state.atNode && (char === '&' || char === '!')) i = tokenEnd(text, i)
    else {
      const deeper = step(text, i, state)
      i++
      if (deeper && state.flow + state.compact > limit) return i
    }
  }
  return null
}

/** Applies one character that is not blank, a comment or a quote; true when it opened a level. */
function step(text: string, i: number, state: ScanState): boolean {
  const char = text.charAt(i)
  const spaced = isSpace(text.charAt(i + 1)) || i + 1 === text.length
  if ((char === '[' || char === '{') && (state.atNode || state.flow > 0)) {
    state.flow++
    state.atNode = true
    return true
  }
  if (state.flow > 0 && (char === ']' || char === '}')) state.flow--
  else if (state.flow > 0 && (char === ',' || char === ':')) state.atNode = true
  else if (state.flow === 0 && state.atNode && spaced && (char === '-' || char === '?')) {
    state.compact++
    return true
  } else if (char === ':' && spaced) state.atNode = true
  else state.atNode = false
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

/** Just after the quote that closes the one at `from` (`\"` escapes in double quotes, `''` in single). */
function quoteEnd(text: string, from: number): number {
  const quote = text.charAt(from)
  let i = from + 1
  while (i < text.length) {
    const char = text.charAt(i)
    if (quote === '"' && char === '\\') i += 2
    else if (char === quote && quote === "'" && text.charAt(i + 1) === "'") i += 2
    else if (char === quote) return i + 1
    else i++
  }
  return i
}
