import type { Dependency } from './dependency.js'
import { lineIndex } from './line-index.js'

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Offset of the JSON key `key` (followed by `:`) at or after `from`, or -1. */
function findKey(text: string, key: string, from: number): number {
  const quoted = JSON.stringify(key)
  for (let at = text.indexOf(quoted, from); at !== -1; at = text.indexOf(quoted, at + 1)) {
    if (/^\s*:/.test(text.slice(at + quoted.length, at + quoted.length + 20))) return at
  }
  return -1
}

/**
 * Reads `package.json`: `dependencies`, `devDependencies`, `optionalDependencies` and
 * `peerDependencies` (JSON.parse), with each line found by locating its key after its section's key.
 * Versions stay as written (`^1.2.0`, `npm:other@1`, `workspace:*`). Broken JSON gives [].
 */
export function readNpm(text: string): Dependency[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return []
  }
  if (!isRecord(json)) return []
  const lineAt = lineIndex(text)
  const dependencies: Dependency[] = []
  for (const section of SECTIONS) {
    const entries = json[section]
    if (!isRecord(entries)) continue
    const sectionAt = Math.max(findKey(text, section, 0), 0)
    let cursor = sectionAt
    for (const [name, version] of Object.entries(entries)) {
      const at = findKey(text, name, cursor)
      if (at !== -1) cursor = at + 1
      dependencies.push({
        ecosystem: 'npm',
        name,
        version: typeof version === 'string' ? version : null,
        line: lineAt(at === -1 ? sectionAt : at),
      })
    }
  }
  return dependencies
}
