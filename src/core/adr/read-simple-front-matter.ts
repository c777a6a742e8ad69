import type { FrontMatterEntry } from './read-front-matter-lines.js'

/** `key: value` with a plain key; anything fancier goes to the `yaml` package. */
const SIMPLE_LINE = /^([A-Za-z_][\w-]{0,63}):(?: +(.*))?$/
/** Characters that may start a YAML indicator, or change a value's meaning anywhere in it. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|: | #|:$/
/** Plain scalars the YAML 1.2 core schema reads as null, booleans or numbers (copied from its tags). */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
]

/** A single-line scalar YAML reads as exactly this string, or undefined when it might not. */
function plainString(value: string, inFlow: boolean): string | undefined {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    const inner = value.slice(1, -1)
    return /["\\]/.test(inner) || UNSAFE_CHARS.test(inner) ? undefined : inner
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
    const inner = value.slice(1, -1)
    return inner.includes("'") || UNSAFE_CHARS.test(inner) ? undefined : inner
  }
  if (INDICATOR_START.test(value) || UNSAFE_CHARS.test(value) || NOT_A_STRING.some((re) => re.test(value)))
    return undefined
  if (inFlow && /[[\]{},]/.test(value)) return undefined
  return value
}

function simpleValue(text: string | undefined): string | string[] | null | undefined {
  const value = (text ?? '').trimEnd()
  if (value === '') return null
  if (!value.startsWith('[') || !value.endsWith(']')) return plainString(value, false)
  const inner = value.slice(1, -1).trim()
  if (inner === '') return []
  const items = inner.split(',').map((item) => plainString(item.trim(), true))
  return items.every((item): item is string => item !== undefined && item !== '') ? items : undefined
}

/**
 * Reads front matter made only of one-line `key: value` entries, comments and blank lines, and returns
 * exactly what the `yaml` package returns for it (the tests compare both on generated input). Anything
 * else — nesting, block lists, anchors, tags, multi-line or non-string values, duplicate keys — gives
 * null, and the caller parses with `yaml`. Most ADRs' front matter is this simple, and this path is
 * about ten times faster than a full YAML parse, which matters for whole-organisation audits.
 */
export function readSimpleFrontMatter(lines: readonly string[]): FrontMatterEntry[] | null {
  const entries: FrontMatterEntry[] = []
  const seen = new Set<string>()
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.trim() === '' || line.startsWith('#')) continue
    const match = line.length > 1000 ? null : SIMPLE_LINE.exec(line)
    const key = match?.[1]
    if (match === null || key === undefined || seen.has(key)) return null
    const value = simpleValue(match[2])
    if (value === undefined) return null
    seen.add(key)
    entries.push({ key, value, line: index + 1 })
  }
  return entries
}
