/** A table row of the leaderboard that differs between two versions of it. */
export interface RowChange {
  /** The heading the table sits under, e.g. `Move every service to the auth v2 SDK`. */
  section: string
  /** The row's name: its first cell that is not a rank (the team, the migration, the theme). */
  row: string
  kind: 'changed' | 'added' | 'removed'
  /** The cells that differ, by column header (every cell for added and removed rows). */
  cells: { column: string; before: string; after: string }[]
}

interface Row {
  section: string
  name: string
  cells: Map<string, string>
}

/**
 * Compares the Markdown tables of two leaderboards row by row: rows are matched by section, table
 * header and name, so a team that moves up a rank is one changed row, not a removal and an addition.
 *
 * @example diffBoardTables(before, after) // [{ section: 'Move … SDK', row: 'Payments', kind: 'changed', cells: [{ column: 'Jobs', before: '8', after: '9' }, …] }]
 */
export function diffBoardTables(before: string, after: string): RowChange[] {
  const old = readRows(before)
  const now = readRows(after)
  const changes: RowChange[] = []
  for (const [key, row] of now) {
    const previous = old.get(key)
    const cells = [...row.cells].flatMap(([column, value]) => {
      const was = previous?.cells.get(column) ?? ''
      return was === value ? [] : [{ column, before: was, after: value }]
    })
    if (cells.length > 0)
      changes.push({ section: row.section, row: row.name, kind: previous ? 'changed' : 'added', cells })
  }
  for (const [key, row] of old) {
    if (now.has(key)) continue
    const cells = [...row.cells].map(([column, value]) => ({ column, before: value, after: '' }))
    changes.push({ section: row.section, row: row.name, kind: 'removed', cells })
  }
  return changes
}

/** `Section › Row: Column before → after, …`, one line per change. */
export function formatRowChange(change: RowChange): string {
  const where = `${change.section} › ${change.row}`
  if (change.kind !== 'changed') return `${where}: row ${change.kind}`
  const cells = change.cells.map((c) => `${c.column} ${c.before} → ${c.after}`)
  return `${where}: ${cells.join(', ')}`
}

/** Every table row of a Markdown document, keyed by section, header and row name. */
function readRows(markdown: string): Map<string, Row> {
  const rows = new Map<string, Row>()
  const lines = markdown.split('\n')
  let section = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heading = /^#{1,6}\s+(.*)$/.exec(line)
    if (heading) section = heading[1]?.trim() ?? ''
    if (!isTableLine(line) || !/^\|[\s:|-]+\|$/.test(lines[i + 1]?.trim() ?? '')) continue
    const header = splitCells(line)
    const keyColumn = header.findIndex((name) => name !== 'Rank')
    for (i += 2; i < lines.length && isTableLine(lines[i] ?? ''); i++) {
      const cells = splitCells(lines[i] ?? '')
      const name = cells[keyColumn] ?? ''
      let key = [section, header.join('|'), name].join('\u0000')
      for (let n = 2; rows.has(key); n++) key = [section, header.join('|'), `${name} (${n})`].join('\u0000')
      rows.set(key, { section, name, cells: new Map(header.map((column, c) => [column, cells[c] ?? ''])) })
    }
    i -= 1 // the line after the table is read by the outer loop
  }
  return rows
}

const isTableLine = (line: string) => line.trim().startsWith('|') && line.trim().endsWith('|')

/** Cells between unescaped pipes (`\|` stays inside a cell). */
function splitCells(line: string): string[] {
  return line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
}
