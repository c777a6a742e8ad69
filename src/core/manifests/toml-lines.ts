import { parse } from 'smol-toml'
/**
 * Where things are in a TOML file, for line numbers only (smol-toml reads the values but keeps no
 * positions). One pass over the lines: `keyLine(table, key)` finds `key = …` under `[table]` (or a
 * `[table.key]` header); `stringLine(value)` finds the first line holding the string literal `value`.
 */
export interface TomlLines {
  keyLine(table: string, key: string): number | undefined
  stringLine(value: string): number | undefined
}

const HEADER = /^\s*\[\[?([^\]]*)\]/
const KEY = /^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=/
/** Longer lines are not searched for strings (unterminated quotes would make that quadratic). */
const MAX_STRING_LINE = 4096
const STRING = /"((?:[^"\\]|\\.)*)"|'([^']*)'/g

function unquote(path: string): string {
  return path.replace(/\s*\.\s*/g, '.').replace(/["']/g, '')
}

export function tomlLines(text: string): TomlLines {
  const keys = new Map<string, number>()
  const strings = new Map<string, number>()
  let table = ''
  text.split(/\r?\n/).forEach((line, index) => {
    const remember = (map: Map<string, number>, key: string) => {
      if (!map.has(key)) map.set(key, index + 1)
    }
    const header = HEADER.exec(line)
    if (header !== null) {
      table = unquote((header[1] ?? '').trim())
      const dot = table.lastIndexOf('.')
      if (dot !== -1) remember(keys, `${table.slice(0, dot)}\u0000${table.slice(dot + 1)}`)
    } else {
      const key = KEY.exec(line)
      if (key !== null) remember(keys, `${table}\u0000${key[1] ?? key[2] ?? key[3] ?? ''}`)
    }
    if (line.length <= MAX_STRING_LINE)
      for (const match of line.matchAll(STRING)) remember(strings, match[1] ?? match[2] ?? '')
  })
  return {
    keyLine: (t, key) => keys.get(`${t}\u0000${key}`),
    stringLine: (value) => strings.get(value),
  }
}

/** A TOML table as smol-toml returns it. */
export type TomlTable = Record<string, unknown>

/** `value` when it is a table, else an empty one (so lookups never need a type check). */
export function tomlTable(value: unknown): TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as TomlTable) : {}
}

/** The document's top-level table, or null when the TOML is broken (readers then give []). */
export function parseTomlTable(text: string): TomlTable | null {
  try {
    return parse(text) as TomlTable
  } catch {
    return null
  }
}
