import { recordField, recordStatusLines, addSupersedes, setSupersededBy, type AdrDraft } from './adr-draft.js'
import { fieldForLabel, isTocHeading, labelKey, WEAK_LABELS, type FieldKey } from './field-names.js'
import { findDate } from './find-date.js'
import { extractLinks } from './inline-text.js'
import { parseFieldLine, stripListMarker } from './parse-field-line.js'
import { readStatusText, referencesIn } from './read-status-text.js'
import { readTable, splitCells, type TableRow } from './read-table.js'
import { visibleText, type CommentState } from './visible-text.js'
import { readSentence } from './read-sentence.js'

/** Lines longer than this are prose: never a field, a table row or a status (keeps huge lines cheap). */
export const MAX_FIELD_LINE = 1000

interface Section {
  field: FieldKey
  line: number
  weak: boolean
  items: { text: string; line: number }[]
}

interface ScanState extends CommentState {
  draft: AdrDraft
  fence: { char: string; length: number } | null
  inTocSection: boolean
  section: Section | null
  table: TableRow[]
  /** The previous line, when it was an unconsumed paragraph line (a setext heading's text). */
  previous: { text: string; line: number } | null
}

/** A fence opener: three or more backticks or tildes (indentation tolerated, as in list items). */
function fenceOf(text: string): { char: string; length: number } | null {
  const char = text.charAt(0)
  if (char !== '`' && char !== '~') return null
  let length = 1
  while (text.charAt(length) === char) length++
  if (length < 3 || (char === '`' && text.includes('`', length))) return null
  return { char, length }
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const text = line.trim()
  if (text.length < fence.length || text.charAt(0) !== fence.char) return false
  for (let i = 1; i < text.length; i++) if (text.charAt(i) !== fence.char) return false
  return true
}

function closeSection(state: ScanState): void {
  const section = state.section
  state.section = null
  if (section === null) return
  const { draft } = state
  if (section.field === 'status') {
    const lines = section.items.map((item) => readStatusText(item.text, item.line, draft.normaliser))
    recordStatusLines(draft, lines, section.line, 'nygard')
  } else if (section.field === 'supersedes') {
    for (const item of section.items) addSupersedes(draft, referencesIn(extractLinks(item.text)), item.line)
  } else if (section.field === 'supersededBy') {
    const first = section.items[0]
    if (first) setSupersededBy(draft, referencesIn(extractLinks(first.text))[0], first.line)
  } else {
    const first = section.items[0]
    if (section.weak && (first === undefined || findDate(first.text) === null)) return
    recordField(draft, section.field, first?.text ?? '', first?.line ?? section.line, 'nygard')
  }
}

function flushTable(state: ScanState): void {
  if (state.table.length === 0) return
  const rows = state.table
  state.table = []
  if (readTable(state.draft, rows) || state.section?.field !== 'status') return
  // A status section's table without labels: each row is one history line (`| 2021-03-02 | Accepted |`).
  for (const row of rows) {
    if (!row.cells.every((cell) => /^:?-*:?$/.test(cell))) {
      state.section.items.push({ text: row.cells.join(' '), line: row.line })
    }
  }
}

function openHeading(state: ScanState, level: number, text: string, line: number): void {
  flushTable(state)
  closeSection(state)
  state.previous = null
  state.inTocSection = false
  if (level === 1 && state.draft.heading === null) state.draft.heading = { text, line }
  if (isTocHeading(text)) {
    state.inTocSection = true
    return
  }
  const field = fieldForLabel(text)
  if (field === null || field === 'other' || field === 'title') return
  state.section = { field, line, weak: WEAK_LABELS.has(labelKey(text)), items: [] }
}

/** `## Status` → [2, 'Status']; `#hashtag` and `#######` are not headings. */
function atxHeading(text: string): [number, string] | null {
  let level = 0
  while (level < text.length && text.charAt(level) === '#') level++
  if (level > 6 || (level < text.length && text.charAt(level) !== ' ' && text.charAt(level) !== '\t')) return null
  const body = text.slice(level).trim()
  let end = body.length
  while (end > 0 && body.charAt(end - 1) === '#') end--
  return [level, end === 0 || body.charAt(end - 1) === ' ' ? body.slice(0, end).trim() : body]
}

function readTextLine(state: ScanState, text: string, line: number): void {
  const { section, draft } = state
  const field = parseFieldLine(text)
  if (section?.field === 'status' && (field === null || field.field === 'status')) {
    section.items.push({ text: field === null ? stripListMarker(text) : field.value, line })
  } else if (field !== null) {
    recordField(draft, field.field, field.value, line, field.syntax)
    return
  } else if (readSentence(draft, text, line)) {
    return
  } else if (section !== null) {
    section.items.push({ text: stripListMarker(text), line })
  }
  state.previous = { text, line }
}

/** Turns the previous paragraph line into a heading (`Title` over `=====` or `-----`). */
function setextHeading(state: ScanState, level: number): void {
  const previous = state.previous
  if (previous === null) return
  const items = state.section?.items
  if (items !== undefined && items[items.length - 1]?.line === previous.line) items.pop()
  openHeading(state, level, previous.text, previous.line)
}

function scanLine(state: ScanState, raw: string, line: number): void {
  if (state.fence !== null) {
    if (closesFence(raw, state.fence)) state.fence = null
    return
  }
  const text = visibleText(state, raw).trim().replace(/^(?:>[ \t]?)+/, '').trim()
  const fence = fenceOf(text)
  if (fence !== null) {
    flushTable(state)
    state.fence = fence
    state.previous = null
    return
  }
  if (state.inTocMarker) return
  if (text === '') {
    flushTable(state)
    state.previous = null
    return
  }
  const heading = text.charAt(0) === '#' ? atxHeading(text) : null
  if (heading !== null) return openHeading(state, heading[0], heading[1], line)
  if (state.previous !== null && /^(?:=+|-{2,})$/.test(text)) return setextHeading(state, text.charAt(0) === '=' ? 1 : 2)
  if (state.inTocSection || text.length > MAX_FIELD_LINE) {
    state.previous = state.inTocSection ? null : { text: text.slice(0, MAX_FIELD_LINE), line }
    return
  }
  if (text.charAt(0) === '|') {
    state.table.push({ cells: splitCells(text), line })
    state.previous = null
    return
  }
  flushTable(state)
  readTextLine(state, text, line)
}

/**
 * Reads the Markdown body in one pass over its lines: headings open field sections (`## Status`),
 * field lines and tables record fields, and fenced code, HTML comments and tables of contents are
 * skipped. `from` is the 0-based index of the first body line (after any front matter).
 */
export function scanBody(lines: readonly string[], from: number, draft: AdrDraft): void {
  const state: ScanState = {
    draft,
    inComment: false,
    inTocMarker: false,
    fence: null,
    inTocSection: false,
    section: null,
    table: [],
    previous: null,
  }
  for (let index = from; index < lines.length; index++) scanLine(state, lines[index] ?? '', index + 1)
  flushTable(state)
  closeSection(state)
}
