/**
 * The real-world ADR corpus: hand labels (committed) for decision records taken from public repositories
 * (not committed; restored by test/corpus/adrs/RESTORE.md), and the score of the real parser against them.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAdr } from '../../src/core/adr/parse-adr.js'
import { validateAdr } from '../../src/core/adr/validate-adr.js'
import { strategyConfigSchema } from '../../src/core/config/config.schema.js'
import type { Finding } from '../../src/core/findings.js'
import type { Adr } from '../../src/core/types.js'

export const CORPUS_DIR = new URL('./adrs/', import.meta.url).pathname
export const FILES_DIR = join(CORPUS_DIR, 'files')

/** One hand-labelled record: what a person reading the file says it states. */
export interface CorpusLabel {
  file: string
  /** `https://github.com/<owner>/<repo>/blob/<commit>/<path>`. */
  source: string
  sha256: string
  title: string | null
  /** The current status as written; null when the record states none (or only a template's choices). */
  status: string | null
  date: string | null
  supersededBy: string | null
  format: string
  language: string
  note?: string
  /** `read_file` when the bytes came from the search index's text rather than a git snapshot. */
  via?: string
  /**
   * Collected after the reader was tuned on the rest, from repositories not in it, to measure records
   * it had never seen (see RESTORE.md for the score it got then).
   */
  heldOut?: boolean
}

export type CorpusField = 'title' | 'status' | 'date' | 'supersededBy'
export const FIELDS: readonly CorpusField[] = ['title', 'status', 'date', 'supersededBy']

export interface CorpusMiss {
  file: string
  field: CorpusField
  expected: string | null
  actual: string | null
}

export interface FalseError {
  file: string
  code: string
  line: number | undefined
  message: string
  label: string | null
}

export interface CorpusScore {
  files: number
  repos: number
  fields: Record<CorpusField, { right: number; total: number }>
  right: number
  total: number
  misses: CorpusMiss[]
  falseErrors: FalseError[]
}

export function readLabels(): CorpusLabel[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as CorpusLabel[]
}

/** `owner/repo` of a label's source. */
export function repoOf(label: Pick<CorpusLabel, 'source'>): string {
  return label.source.split('/').slice(3, 5).join('/').toLowerCase()
}

/** The repository path of the record (for the parser: folder and file name matter). */
export function pathOf(label: Pick<CorpusLabel, 'source'>): string {
  return label.source.split('/').slice(7).join('/')
}

/** Which labelled files are restored with the right bytes, which are missing, which differ. */
export function corpusStatus(labels: readonly CorpusLabel[]): {
  present: CorpusLabel[]
  missing: string[]
  changed: string[]
} {
  const present: CorpusLabel[] = []
  const missing: string[] = []
  const changed: string[] = []
  for (const label of labels) {
    const path = join(FILES_DIR, label.file)
    if (!existsSync(path)) missing.push(label.file)
    else if (createHash('sha256').update(readFileSync(path)).digest('hex') !== label.sha256)
      changed.push(label.file)
    else present.push(label)
  }
  return { present, missing, changed }
}

const CONFIG = strategyConfigSchema.parse({
  themes: [{ id: 'corpus', name: 'Corpus' }],
  adrs: { require_theme: false, review_after_days: null },
})

/** Markdown decoration, case and spacing do not make a title different. */
function sameTitle(label: string | null, adr: Adr): boolean {
  if (label === null) return adr.lines.title === undefined
  const plain = (text: string) =>
    text.normalize('NFC').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
  return plain(label) === plain(adr.title)
}

/** The status word as written: case, spacing, brackets and closing punctuation aside. */
export function plainStatus(text: string | null): string | null {
  if (text === null) return null
  const plain = text
    .normalize('NFC')
    .replace(/[*_`"'“”‘’[\]{}()]/g, '')
    .replace(/[.:;!。]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
  return plain.length > 0 ? plain : null
}

function sameTarget(label: string | null, actual: string | null): boolean {
  const plain = (text: string | null) => text?.trim().replace(/^\.\//, '').replace(/^<|>$/g, '') ?? null
  return plain(label) === plain(actual)
}

/** Error findings the hand label shows to be untrue. */
function contradictions(label: CorpusLabel, adr: Adr, findings: readonly Finding[]): FalseError[] {
  const out: FalseError[] = []
  for (const finding of findings) {
    if (finding.severity !== 'error') continue
    const status = plainStatus(label.status)
    const wrong =
      finding.code === 'ADR_UNREADABLE' ||
      (finding.code === 'ADR_MISSING_STATUS' && status !== null) ||
      (finding.code === 'ADR_INVALID_STATUS' && (status === null || plainStatus(adr.rawStatus) !== status)) ||
      (finding.code === 'ADR_SUPERSEDED_WITHOUT_LINK' && label.supersededBy !== null)
    if (wrong)
      out.push({
        file: label.file,
        code: finding.code,
        line: finding.line,
        message: finding.message,
        label: label.status,
      })
  }
  return out
}

/** Runs the real parser and validator over every present file and scores them field by field. */
export function scoreCorpus(labels: readonly CorpusLabel[]): CorpusScore {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as CorpusScore['fields']
  const misses: CorpusMiss[] = []
  const falseErrors: FalseError[] = []
  const options = { statuses: CONFIG.adrs.statuses, synonyms: CONFIG.adrs.status_synonyms }
  for (const label of labels) {
    const text = readFileSync(join(FILES_DIR, label.file), 'utf8')
    const parsed = parseAdr(pathOf(label), text, options)
    const { adr } = parsed
    const findings = [...parsed.findings, ...validateAdr({ adr, config: CONFIG, today: '2026-12-07' })]
    const checks: Record<CorpusField, [boolean, string | null]> = {
      title: [sameTitle(label.title, adr), adr.lines.title === undefined ? null : adr.title],
      status: [plainStatus(label.status) === plainStatus(adr.rawStatus), adr.rawStatus],
      date: [label.date === adr.date, adr.date],
      supersededBy: [sameTarget(label.supersededBy, adr.supersededBy), adr.supersededBy],
    }
    for (const field of FIELDS) {
      const [right, actual] = checks[field]
      fields[field].total++
      if (right) fields[field].right++
      else misses.push({ file: label.file, field, expected: label[field], actual })
    }
    falseErrors.push(...contradictions(label, adr, findings))
  }
  const right = FIELDS.reduce((sum, f) => sum + fields[f].right, 0)
  const total = FIELDS.reduce((sum, f) => sum + fields[f].total, 0)
  const repos = new Set(labels.map(repoOf)).size
  return { files: labels.length, repos, fields, right, total, misses, falseErrors }
}
