import { describeLabel, type FieldKey } from './field-names.js'
import { findDate } from './find-date.js'

/** Which way a field line was written: `* Status: x` (MADR 2) or `**Status**: x` / `Status: x` (inline). */
export type FieldSyntax = 'madr2' | 'inline'

export interface FieldLine {
  field: FieldKey
  value: string
  syntax: FieldSyntax
}

/** A label longer than this is prose, not a field name. */
const MAX_LABEL = 48

/** `* `, `- `, `+ `, `1. ` at the start of a list item. */
const LIST_MARKER = /^(?:[*+-]|\d{1,3}[.)])[ \t]+/

/** Removes a list marker: `* Accepted` → `Accepted`. */
export function stripListMarker(text: string): string {
  return text.replace(LIST_MARKER, '')
}

function splitBold(text: string): { label: string; value: string } | null {
  const mark = text.slice(0, 2)
  const close = text.indexOf(mark, 2)
  if (close < 0 || close > MAX_LABEL) return null
  const inner = text.slice(2, close).trim()
  const rest = text.slice(close + 2)
  if (inner.endsWith(':')) return { label: inner.slice(0, -1), value: rest }
  const after = rest.trimStart()
  return after.startsWith(':') ? { label: inner, value: after.slice(1) } : null
}

function splitPlain(text: string): { label: string; value: string } | null {
  const colon = text.slice(0, MAX_LABEL).indexOf(':')
  if (colon < 1) return null
  return { label: text.slice(0, colon), value: text.slice(colon + 1) }
}

/**
 * Reads a `Label: value` line in any of the field syntaxes: `Status: Accepted`, `* Status: accepted`,
 * `- Status:`, `**Status**: Accepted`, `**Status:** Accepted`, `* **Status:** [approved]`. Only known
 * labels count (see field-names.ts); `other` labels (`Deciders:`) are reported so callers can skip them.
 *
 * @example parseFieldLine('* **Status:** [approved]') // { field: 'status', value: '[approved]', syntax: 'inline' }
 */
export function parseFieldLine(line: string): FieldLine | null {
  // Chinese and Japanese write the colon full-width: `状态：已接受`.
  const text = line.includes('：') ? line.replace('：', ':') : line
  // Every field syntax has its colon near the start; most prose lines are rejected here.
  if (text.lastIndexOf(':', MAX_LABEL + 8) < 0) return null
  const item = stripListMarker(text)
  const bulleted = item.length !== text.length
  const bold = item.startsWith('**') || item.startsWith('__')
  const parts = bold ? splitBold(item) : splitPlain(item)
  if (parts === null) return null
  const { field, weak } = describeLabel(parts.label)
  if (field === null) return null
  const value = parts.value.trim()
  if (weak && findDate(value) === null) return null
  return { field, value, syntax: bold || !bulleted ? 'inline' : 'madr2' }
}
