import {
  addAffects,
  addSupersedes,
  recordField,
  recordStatusLines,
  setSupersededBy,
  type AdrDraft,
  type Syntax,
} from './adr-draft.js'
import type { FieldKey } from './field-names.js'
import { findDate } from './find-date.js'
import { extractLinks } from './inline-text.js'
import { readStatusText, referencesIn } from './read-status-text.js'

/** The lines under a field heading (`## Status`), or under an empty field line (`**Status:**`). */
export interface FieldSection {
  field: FieldKey
  line: number
  /** Opened by a weak label (`## Data`): only read when its value is a date. */
  weak: boolean
  /** Opened by an empty field line (`**Status:**` with the value below): ends with its paragraph. */
  untilBlank: boolean
  syntax: Syntax
  items: { text: string; line: number }[]
}

/**
 * Lines kept per section and rows per table. A status history or metadata table is a few lines long;
 * the bound keeps a hostile 1 MB section from costing a status read per line.
 */
export const MAX_BLOCK_LINES = 100

/** Adds a line to a section, up to `MAX_BLOCK_LINES`. */
export function addItem(section: FieldSection, text: string, line: number): void {
  if (section.items.length < MAX_BLOCK_LINES) section.items.push({ text, line })
}

/**
 * Records what a section held: all its lines for a status (a history) or for supersessions, the
 * first line for any other field.
 */
export function recordSection(draft: AdrDraft, section: FieldSection): void {
  const first = section.items[0]
  switch (section.field) {
    case 'status': {
      const lines = section.items.map((item) => readStatusText(item.text, item.line, draft.normaliser))
      recordStatusLines(draft, lines, section.line, section.syntax)
      return
    }
    case 'supersedes':
      for (const item of section.items) addSupersedes(draft, referencesIn(extractLinks(item.text)), item.line)
      return
    case 'supersededBy':
      if (first) setSupersededBy(draft, referencesIn(extractLinks(first.text))[0], first.line)
      return
    case 'affects':
      for (const item of section.items) addAffects(draft, item.text, item.line)
      return
    case 'changelog':
      // `* 2020 Apr 24: Initial draft`: the earliest entry dates the record when nothing else does.
      for (const item of section.items) {
        const found = findDate(item.text)
        if (found?.reading.kind !== 'ok') continue
        const iso = found.reading.iso
        if (draft.changelogDate === null || iso < draft.changelogDate.iso)
          draft.changelogDate = { iso, line: item.line }
      }
      return
    default:
      if (section.weak && (first === undefined || findDate(first.text) === null)) return
      recordField(draft, section.field, first?.text ?? '', first?.line ?? section.line, section.syntax)
  }
}
