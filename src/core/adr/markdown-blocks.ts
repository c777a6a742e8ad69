/** Block-level Markdown recognisers used by the body scanner (CommonMark, leniently). */

export interface Fence {
  char: string
  length: number
}

/** A fence opener: three or more backticks or tildes (indentation tolerated, as in list items). */
export function fenceOf(text: string): Fence | null {
  const char = text.charAt(0)
  if (char !== '`' && char !== '~') return null
  let length = 1
  while (text.charAt(length) === char) length++
  if (length < 3 || (char === '`' && text.includes('`', length))) return null
  return { char, length }
}

/** Whether a line closes the fence: the same character, at least as many, nothing else. */
export function closesFence(line: string, fence: Fence): boolean {
  const text = line.trim()
  if (text.length < fence.length || text.charAt(0) !== fence.char) return false
  for (let i = 1; i < text.length; i++) if (text.charAt(i) !== fence.char) return false
  return true
}

/** `## Status ##` → [2, 'Status']; `#hashtag` and `#######` are not headings. */
export function atxHeading(text: string): [number, string] | null {
  let level = 0
  while (level < text.length && text.charAt(level) === '#') level++
  const after = text.charAt(level)
  // A no-break space after the hashes is not CommonMark, but people write it and mean a heading.
  if (level > 6 || (after !== '' && after !== ' ' && after !== '\t' && after !== '\u00a0')) return null
  const body = text.slice(level).trim()
  let end = body.length
  while (end > 0 && body.charAt(end - 1) === '#') end--
  return [level, end === 0 || body.charAt(end - 1) === ' ' ? body.slice(0, end).trim() : body]
}

/** The level of a setext underline (`===` → 1, `---` → 2), or 0. */
export function setextLevel(text: string): number {
  const first = text.charAt(0)
  if (first !== '=' && first !== '-') return 0
  for (let i = 1; i < text.length; i++) if (text.charAt(i) !== first) return 0
  return first === '=' ? 1 : text.length >= 2 ? 2 : 0
}
