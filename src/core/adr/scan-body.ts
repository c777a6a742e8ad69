import { recordField, type AdrDraft } from './adr-draft.js'
import { findDate } from './find-date.js'
import { describeLabel } from './field-names.js'
import { addItem, MAX_BLOCK_LINES, recordSection, type FieldSection } from './field-section.js'
import { atxHeading, closesFence, fenceOf, setextLevel, type Fence } from './markdown-blocks.js'
import { parseFieldLine, stripListMarker } from './parse-field-line.js'
import { readTable, splitCells, type TableRow } from './read-table.js'
import { visibleText, type CommentState } from './visible-text.js'
import { readSentence } from './read-sentence.js'

/** Lines longer than this are prose: never a field, a table row or a status (keeps huge lines cheap). */
export const MAX_FIELD_LINE = 1000
interface ScanState extends CommentState {
  draft: AdrDraft
  fence: Fence | null
  inTocSection: boolean
  section: FieldSection | null
  table: TableRow[]
  /** The previous line, when it was an unconsumed paragraph line (a setext heading's text). */
  previous: { text: string; line: number } | null
}

function closeSection(state: ScanState): void {
  const section = state.section
  state.section = null
  if (section !== null) recordSection(state.draft, section)
}

function flushTable(state: ScanState): void {
  if (state.table.length === 0) return
  const rows = state.table
  state.table = []
  if (readTable(state.draft, rows) || state.section?.field !== 'status') return
  // A status section's table without labels: each row is one history line (`| 2021-03-02 | Accepted |`).
  for (const row of rows) {
    if (!row.cells.every((cell) => /^:?-*:?$/.test(cell))) {
      addItem(state.section, row.cells.join(' '), row.line)
    }
  }
}

function openHeading(state: ScanState, level: number, text: string, line: number): void {
  flushTable(state)
  closeSection(state)
  state.previous = null
  state.inTocSection = false
  if (level === 1 && state.draft.heading === null) state.draft.heading = { text, line }
  // `## Status: Deprecated`: a field written as a heading, value included.
  const inline = level > 1 && text.includes(':') ? parseFieldLine(text) : null
  // A status the heading cannot hold (`## Status: see below`) opens the section instead.
  const readable = inline?.field !== 'status' || state.draft.normaliser.normalise(inline.value) !== null
  if (
    inline !== null &&
    readable &&
    inline.value !== '' &&
    inline.field !== 'other' &&
    inline.field !== 'title'
  ) {
    recordField(state.draft, inline.field, inline.value, line, 'nygard')
    return
  }
  if (inline?.field === 'status') {
    state.section = { field: 'status', line, weak: false, untilBlank: false, syntax: 'nygard', items: [] }
    return
  }
  const { field, weak, toc } = describeLabel(text)
  if (toc) {
    state.inTocSection = true
    return
  }
  if (field === null || field === 'other' || field === 'title') return
  state.section = { field, line, weak, untilBlank: false, syntax: 'nygard', items: [] }
}

/** Lines below the title where a bare date (`27 July 2022`) is the record's date. */
const DATE_LINE_REACH = 4

/** A line that is only a date, just below the title, when no date field was read. */
function readDateLine(draft: AdrDraft, text: string, line: number): boolean {
  const heading = draft.heading
  if (heading === null || line > heading.line + DATE_LINE_REACH || draft.fields.date !== undefined)
    return false
  const plain = text.replace(/[*_>]/g, '').trim()
  const date = plain.length <= 40 ? findDate(plain) : null
  if (date === null || date.start > 0 || date.end < plain.length) return false
  recordField(draft, 'date', plain, line, 'inline')
  return true
}

function readTextLine(state: ScanState, text: string, line: number): void {
  const { section, draft } = state
  if (section === null && readDateLine(draft, text, line)) return
  const field = parseFieldLine(text)
  if (section?.field === 'status' && (field === null || field.field === 'status')) {
    addItem(section, field === null ? stripListMarker(text) : field.value, line)
  } else if (field !== null) {
    if (field.value === '' && field.field !== 'other' && field.field !== 'title') {
      // `**Status:**` with the value on the next line: read that line as the field's value.
      closeSection(state)
      state.section = {
        field: field.field,
        line,
        weak: false,
        untilBlank: true,
        syntax: field.syntax,
        items: [],
      }
    }
    recordField(draft, field.field, field.value, line, field.syntax)
    return
  } else if (readSentence(draft, text, line)) {
    return
  } else if (section !== null) {
    addItem(section, stripListMarker(text), line)
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

function blankLine(state: ScanState): void {
  flushTable(state)
  state.previous = null
  if (state.section?.untilBlank) closeSection(state)
}

function scanLine(state: ScanState, raw: string, line: number): void {
  if (state.fence !== null) {
    if (closesFence(raw, state.fence)) state.fence = null
    return
  }
  if (raw.length === 0) {
    if (!state.inComment && !state.inTocMarker) blankLine(state)
    return
  }
  let text = visibleText(state, raw).trim()
  if (text.charAt(0) === '>') text = text.replace(/^(?:>[ \t]?)+/, '').trim()
  const fence = fenceOf(text)
  if (fence !== null) {
    flushTable(state)
    state.fence = fence
    state.previous = null
    return
  }
  if (state.inTocMarker) return
  if (text === '') return blankLine(state)
  const heading = text.charAt(0) === '#' ? atxHeading(text) : null
  if (heading !== null) return openHeading(state, heading[0], heading[1], line)
  const underline = state.previous === null ? 0 : setextLevel(text)
  if (underline > 0) return setextHeading(state, underline)
  // A table of contents is a list: it ends at the first line that is not a list item.
  if (state.inTocSection && stripListMarker(text) !== text) return
  state.inTocSection = false
  if (text.charAt(0) === '|' && text.length <= MAX_FIELD_LINE) {
    if (state.table.length < MAX_BLOCK_LINES) state.table.push({ cells: splitCells(text), line })
    state.previous = null
    return
  }
  flushTable(state)
  if (text.length <= MAX_FIELD_LINE) readTextLine(state, text, line)
  else state.previous = { text: text.slice(0, MAX_FIELD_LINE), line }
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
