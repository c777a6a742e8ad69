import { docsLink } from '../docs-url.js'
/** Message pieces shared by the ADR parser and rules (STYLE.md §9: what, where, value, accepted, fix). */

/** Where users find the format Strategy Trace recommends. */
export const TEMPLATE_HINT = `See the recommended ADR template: ${docsLink('adr-format')}`

/** `Proposed, Accepted, Rejected`: configured words as users write them. */
export function listWords(words: readonly string[]): string {
  return words.map(capitalise).join(', ')
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** A value quoted for a message, shortened so a hostile file cannot flood the output. */
export function quoteValue(value: string, max = 80): string {
  const oneLine = value.replace(/\s+/g, ' ').trim()
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`
}

/** "on line 7" or "" when the line is unknown. */
export function onLine(line: number | undefined): string {
  return line === undefined ? '' : ` on line ${line}`
}
