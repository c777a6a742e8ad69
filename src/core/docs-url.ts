/**
 * Where messages send users to read more: this project's documentation, by full URL (a message is read
 * in the user's repository, where "README.md" would mean their own README).
 */
export const DOCS_URL = 'https://github.com/strategy-trace/strategy-trace#'

/** The full URL of a section of this project's README, e.g. `docsLink('adr-format')`. */
export function docsLink(anchor: string): string {
  return `${DOCS_URL}${anchor}`
}
