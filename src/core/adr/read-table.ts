import { recordField, recordStatusLines, type AdrDraft } from './adr-draft.js'
import { describeLabel, type FieldKey } from './field-names.js'
import { findDate } from './find-date.js'
import { readStatusText } from './read-status-text.js'

export interface TableRow {
  cells: string[]
  line: number
}

/** Cells beyond this are ignored: an ADR's metadata table is narrow. */
const MAX_CELLS = 24

/** Splits `| a | b \| c |` into trimmed cells, honouring `\|` escapes. */
export function splitCells(text: string): string[] {
  const cells: string[] = []
  let current = ''
  for (let i = text.startsWith('|') ? 1 : 0; i < text.length && cells.length < MAX_CELLS; i++) {
    const char = text.charAt(i)
    if (char === '\\' && text.charAt(i + 1) === '|') {
      current += '|'
      i++
    } else if (char === '|') {
      cells.push(current.trim())
      current = ''
    } else current += char
  }
  if (current.trim() !== '' && cells.length < MAX_CELLS) cells.push(current.trim())
  return cells
}

const isDelimiterRow = (row: TableRow): boolean =>
  row.cells.length > 0 && row.cells.every((cell) => /^:?-+:?$/.test(cell))

/** The field a cell names; weak labels (`Data`) are accepted only with a date value. */
function cellField(label: string | undefined, value?: string): FieldKey | null {
  if (label === undefined || label.length > 48) return null
  const { field, weak } = describeLabel(label)
  if (field !== null && value !== undefined && weak) {
    return findDate(value) === null ? null : field
  }
  return field
}

/** `| Status | Date |` / `|---|---|` / `| Accepted | 2021-03-02 |` (more rows make a status history). */
function readHorizontal(draft: AdrDraft, header: TableRow, data: readonly TableRow[]): void {
  const columns = header.cells.map((cell) => cellField(cell))
  const dateColumn = columns.indexOf('date')
  columns.forEach((field, column) => {
    if (field === null || field === 'other' || field === 'title') return
    if (field === 'status') {
      const lines = data.map((row) => {
        const dated = row.cells[column] ?? ''
        const extra = dateColumn >= 0 && findDate(dated) === null ? ` (${row.cells[dateColumn] ?? ''})` : ''
        return readStatusText(`${dated}${extra}`, row.line, draft.normaliser)
      })
      recordStatusLines(draft, lines, header.line, 'table')
    } else if (field === 'date' && data.length > 1 && columns.includes('status')) {
      return // the dates of a status history; the current status's date is used
    } else {
      const rows = field === 'supersedes' ? data : data.slice(0, 1)
      for (const row of rows) recordField(draft, field, row.cells[column] ?? '', row.line, 'table')
      if (rows.length === 0) recordField(draft, field, '', header.line, 'table')
    }
  })
}

/** `| Status | Accepted |` rows, with or without a header row. */
function readVertical(draft: AdrDraft, rows: readonly TableRow[]): void {
  for (const row of rows) {
    const field = cellField(row.cells[0], row.cells[1] ?? '')
    if (field !== null && row.cells.length >= 2)
      recordField(draft, field, row.cells[1] ?? '', row.line, 'table')
  }
}

/**
 * Reads a Markdown table that holds ADR fields, vertical (a label per row) or horizontal (labels in
 * the header row, values below). Returns false when no cell names a field, so a caller can read the
 * rows another way (a status section's undated history table).
 */
export function readTable(draft: AdrDraft, rows: readonly TableRow[]): boolean {
  const header = rows.length > 1 && rows[1] !== undefined && isDelimiterRow(rows[1]) ? rows[0] : undefined
  const body = rows.filter((row, index) => !isDelimiterRow(row) && (header === undefined || index > 0))
  const headerFields = header?.cells.filter((cell) => cellField(cell) !== null).length ?? 0
  const labelRows = [...(header ? [header] : []), ...body].filter(
    (row) => row.cells.length >= 2 && cellField(row.cells[0]) !== null,
  ).length
  if (headerFields === 0 && labelRows === 0) return false
  const unlabelledData = body.some((row) => cellField(row.cells[0]) === null)
  const horizontal =
    header !== undefined &&
    headerFields > 0 &&
    (headerFields > labelRows || (headerFields === labelRows && unlabelledData))
  if (horizontal) readHorizontal(draft, header, body)
  else readVertical(draft, [...(header ? [header] : []), ...body])
  return true
}
