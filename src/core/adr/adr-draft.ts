import type { FieldKey } from './field-names.js'
import type { DateReading } from './find-date.js'
import { extractLinks } from './inline-text.js'
import { readStatusText, referencesIn, type StatusEntry, type StatusLine } from './read-status-text.js'
import { chooseStatus } from './choose-status.js'
import type { StatusNormaliser } from './status-normaliser.js'

/** Where a field was read from; decides `Adr.format`. */
export type Syntax = 'front-matter' | 'nygard' | 'madr2' | 'inline' | 'table'

export interface Hit {
  value: string
  line: number
  syntax: Syntax
}

/**
 * What the parser has read so far. The first non-empty value of each field wins (front matter first,
 * then the body top to bottom); an empty field only remembers its line.
 */
export interface AdrDraft {
  normaliser: StatusNormaliser
  heading: { text: string; line: number } | null
  status: { entry: StatusEntry | null; line: number; syntax: Syntax } | null
  fields: Partial<Record<'title' | 'date' | 'theme' | 'reviewDate', Hit>>
  supersededBy: { ref: string; line: number } | null
  supersedes: { refs: string[]; line: number } | null
  /** Dates on status lines that could not be read (ambiguous or not a calendar day). */
  badStatusDates: { text: string; reading: DateReading; line: number }[]
  /** Whether fields came from the front matter and from the body (`mixed` format). */
  sources: { frontMatter: boolean; body: boolean }
  /** `affects` globs with their lines, in the order written; null until the field is seen. */
  affects: { globs: { glob: string; line: number }[]; line: number } | null
  /** The earliest date of a `## Changelog` section: the record's date when it states no other. */
  changelogDate: { iso: string; line: number } | null
  /** Front matter `exceptions:` (technologies allowed in some paths). */
  exceptions: { technology: string; paths: string[] }[]
}

export function createDraft(normaliser: StatusNormaliser): AdrDraft {
  return {
    normaliser,
    heading: null,
    status: null,
    fields: {},
    supersededBy: null,
    supersedes: null,
    badStatusDates: [],
    sources: { frontMatter: false, body: false },
    affects: null,
    changelogDate: null,
    exceptions: [],
  }
}

function noteSource(draft: AdrDraft, syntax: Syntax): void {
  if (syntax === 'front-matter') draft.sources.frontMatter = true
  else draft.sources.body = true
}

/** Records supersession targets (all of them, each once). */
export function addSupersedes(draft: AdrDraft, refs: readonly string[], line: number): void {
  if (refs.length === 0) return
  if (draft.supersedes === null) draft.supersedes = { refs: [], line }
  for (const ref of refs) if (!draft.supersedes.refs.includes(ref)) draft.supersedes.refs.push(ref)
}

/** Records the ADR this one is superseded by (the first one named). */
export function setSupersededBy(draft: AdrDraft, ref: string | null | undefined, line: number): void {
  if (draft.supersededBy === null && ref) draft.supersededBy = { ref, line }
}

function hasValue(entry: StatusEntry | null | undefined): boolean {
  return entry !== null && entry !== undefined && entry.raw !== null
}

/** Whether the draft already holds a status with a value: later ones need not be read at all. */
export function hasStatus(draft: AdrDraft): boolean {
  return draft.status !== null && hasValue(draft.status.entry)
}

/**
 * Records the status lines of one place (a status section, a history table or a single field): the
 * current status is chosen among them, `Supersedes …` lines add targets, adr-tools links are skipped.
 */
export function recordStatusLines(
  draft: AdrDraft,
  lines: readonly StatusLine[],
  line: number,
  syntax: Syntax,
): void {
  const entries: StatusEntry[] = []
  for (const statusLine of lines) {
    if (statusLine.kind === 'status') {
      const { entry } = statusLine
      entries.push(entry)
      setSupersededBy(draft, entry.supersededBy, entry.line)
      if (entry.date !== null && entry.date.kind !== 'ok') {
        draft.badStatusDates.push({ text: entry.dateText ?? '', reading: entry.date, line: entry.line })
      }
    } else if (statusLine.kind === 'supersedes') addSupersedes(draft, statusLine.refs, statusLine.line)
  }
  const chosen = chooseStatus(entries)
  // The first status with a value wins; an empty one only remembers where the field is.
  if (draft.status !== null && (hasValue(draft.status.entry) || !hasValue(chosen))) return
  noteSource(draft, syntax)
  draft.status = { entry: chosen, line: chosen?.line ?? line, syntax }
}

/**
 * Adds `affects` globs: one value may hold several, separated by commas or spaces, in backticks or
 * quotes (`Affects: \`src/billing/**\`, \`!src/billing/legacy/**\``). Every place that gives the
 * field adds to it (front matter, field lines, an `## Affects` section's list).
 */
export function addAffects(draft: AdrDraft, value: string, line: number): void {
  if (draft.affects === null) draft.affects = { globs: [], line }
  for (const glob of splitGlobs(value)) draft.affects.globs.push({ glob, line })
}

function splitGlobs(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((part) => part.replace(/^[`"'[(]+|[`"'\])]+$/g, '').trim())
    .filter((part) => part.length > 0)
}

/** Records one `field: value` read from any syntax. */
export function recordField(
  draft: AdrDraft,
  field: FieldKey,
  value: string,
  line: number,
  syntax: Syntax,
): void {
  switch (field) {
    case 'status': {
      if (hasStatus(draft)) return
      let read = value.trim() === '' ? null : readStatusText(value, line, draft.normaliser)
      // In a status field, `augmented by [ADR-4](…)` is the status `augmented`, not a link to skip.
      if (read?.kind === 'relation') {
        const word = extractLinks(value).without.split(/\s+by\b/i)[0] ?? ''
        read = readStatusText(word, line, draft.normaliser)
      }
      recordStatusLines(draft, read === null ? [] : [read], line, syntax)
      return
    }
    case 'supersedes':
      noteSource(draft, syntax)
      addSupersedes(draft, referencesIn(extractLinks(value)), line)
      return
    case 'supersededBy':
      // `Superseded by: n/a`, `none`, `-`: the record says it is not superseded.
      if (/^\s*(?:n\/?a|none|null|no|-|–|—|tbd)?\s*$/i.test(value.replace(/[*_`]/g, ''))) return
      noteSource(draft, syntax)
      setSupersededBy(draft, referencesIn(extractLinks(value))[0], line)
      return
    case 'affects':
      addAffects(draft, value, line)
      return
    case 'changelog':
    case 'other':
      return
    default: {
      const current = draft.fields[field]
      if (current !== undefined && current.value.trim() !== '') return
      noteSource(draft, syntax)
      draft.fields[field] = { value, line, syntax }
    }
  }
}
