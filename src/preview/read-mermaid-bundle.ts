import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Mermaid's single-file browser build: an IIFE that sets `globalThis.mermaid`, so it runs from an inline
 * `<script>` with no module loader and no chunk files (the `.mjs` builds import chunks by URL).
 */
export const MERMAID_BUNDLE = 'mermaid/dist/mermaid.min.js'

let cached: string | undefined

/**
 * Reads Mermaid's browser build from `node_modules` (once per process), made safe to inline by
 * `toInlineScript`.
 *
 * @throws Error naming the package and the fix when `mermaid` is not installed, or from `toInlineScript`.
 */
export function readMermaidBundle(): string {
  if (cached !== undefined) return cached
  const require = createRequire(import.meta.url)
  let file: string
  try {
    file = require.resolve(MERMAID_BUNDLE)
  } catch (error) {
    throw new Error(
      `Could not find ${MERMAID_BUNDLE} to draw the burndown charts in the HTML preview. ` +
        'Install the mermaid package (npm ci, or npm i mermaid) and try again.',
      { cause: error },
    )
  }
  cached = toInlineScript(readFileSync(file, 'utf8'), file)
  return cached
}

/**
 * Script text made safe to place between `<script>` and `</script>`: every `</script` becomes
 * `<\/script`, the same characters to JavaScript inside strings, regular expressions and comments.
 *
 * @throws Error when the text holds both `<!--` and `<script` (HTML's escaped script state), which
 *   no such rewrite keeps intact; `file` names the source in the message.
 */
export function toInlineScript(source: string, file: string): string {
  if (source.includes('<!--') && /<script/i.test(source)) {
    throw new Error(
      `${file} contains both "<!--" and "<script", so it cannot be inlined into the HTML preview safely. ` +
        'Pin mermaid to a version whose mermaid.min.js has neither (11.17.2 works).',
    )
  }
  return source.replace(/<\/(script)/gi, '<\\/$1')
}
