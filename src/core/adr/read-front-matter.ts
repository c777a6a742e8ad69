import { parse as parseToml } from 'smol-toml'
import { Composer, isMap, isScalar, isSeq, LineCounter, parse as parseYamlValue } from 'yaml'
import { addLineStarts, tokenizeYaml, withoutStackTraces } from '../config/tokenize-yaml.js'
import { finding, type Finding } from '../findings.js'
import { hasStatus, recordField, recordStatusLines, type AdrDraft } from './adr-draft.js'
import { fieldForLabel } from './field-names.js'
import { readFrontMatterLines, type FrontMatterEntry } from './read-front-matter-lines.js'
import { readStatusText, type StatusLine } from './read-status-text.js'
import { readSimpleFrontMatter } from './read-simple-front-matter.js'
import { TEMPLATE_HINT } from './adr-messages.js'
import { formatCount } from '../format-count.js'

/** Front matter beyond this size is read line by line: YAML parsing time grows with it. */
const MAX_YAML_CHARS = 64 * 1024
/** Lines of an oversized front matter that are read; an ADR's fields are at its top. */
const MAX_FRONT_MATTER_LINES = 1000
/**
 * Front matter holds a few `key: value` lines. These limits keep yaml's work small (its duplicate-key
 * check is quadratic) and its recursion shallow.
 */
const YAML_LIMITS = { depth: 16, entries: 1_000 }
const HAZARDS = {
  deep: `lists and mappings nest more than ${YAML_LIMITS.depth} levels deep`,
  large: `it has more than ${formatCount(YAML_LIMITS.entries)} lines, keys and list items`,
}

function scalarText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  return String(value)
}

function nodeValue(node: unknown, source: string): string | string[] | null {
  if (node === null || node === undefined) return null
  if (isScalar(node)) return scalarText(node.value)
  if (isSeq(node))
    return node.items.map((item) =>
      isScalar(item) ? (scalarText(item.value) ?? '') : sourceText(item, source),
    )
  // A mapping or an alias: `status: {proposed | accepted}` is a template placeholder; keep it as written.
  return sourceText(node, source)
}

function sourceText(node: unknown, source: string): string {
  const range = (node as { range?: [number, number, number] }).range
  return range ? source.slice(range[0], range[1]).trim() : ''
}

type Parsed = { entries: FrontMatterEntry[] } | { error: string; line: number }

/**
 * Parses with the `yaml` package (YAML 1.2 core schema; no aliases are expanded). Lines are 1-based in
 * `source`. Hostile nesting (`[[[[…`) is refused before yaml's recursive composer can abort the process.
 */
function parseYaml(source: string): Parsed {
  if (source.length > MAX_YAML_CHARS) return { error: 'it is larger than 64 KB', line: 1 }
  const lineCounter = new LineCounter()
  addLineStarts(source, lineCounter)
  const read = tokenizeYaml(source, YAML_LIMITS)
  if ('hazard' in read) return { error: HAZARDS[read.hazard], line: lineCounter.linePos(read.offset).line }
  const composer = new Composer({ uniqueKeys: true })
  const [doc] = withoutStackTraces(() => [...composer.compose(read.tokens, true, source.length)])
  if (doc === undefined) return { entries: [] }
  const error = doc.errors[0]
  if (error !== undefined) {
    return {
      error: error.message.split('\n')[0] ?? error.message,
      line: lineCounter.linePos(error.pos[0]).line,
    }
  }
  if (doc.contents === null) return { entries: [] }
  if (!isMap(doc.contents)) return { error: 'it is not a list of `key: value` lines', line: 1 }
  const entries: FrontMatterEntry[] = []
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue
    const keyRange = pair.key.range ?? [0, 0, 0]
    entries.push({
      key: String(pair.key.value),
      value: nodeValue(pair.value, source),
      line: lineCounter.linePos(keyRange[0]).line,
    })
  }
  return { entries }
}

/** `statusHistory:`, `status_history:`, `history:`: a list of `{ status, date }`, newest wins. */
const HISTORY_KEY = /^(?:status[ _-]?history|history|statuses)$/i

function recordHistory(draft: AdrDraft, items: readonly string[], line: number): void {
  const lines: StatusLine[] = []
  for (const item of items) {
    const status = /\bstatus\s*:\s*["']?([^\n,}"']+)/i.exec(item)?.[1]?.trim()
    if (!status) continue
    const date = /\bdate\s*:\s*["']?([^\n,}"']+)/i.exec(item)?.[1]?.trim()
    lines.push(readStatusText(date ? `${status} (${date})` : status, line, draft.normaliser))
  }
  if (lines.length > 0) recordStatusLines(draft, lines, line, 'front-matter')
}

/**
 * `exceptions:` — technologies this decision allows in some paths despite their ring:
 * `- { technology: moment, paths: [legacy/**] }`. Items that do not say both are left out.
 */
function recordExceptions(draft: AdrDraft, items: readonly string[]): void {
  for (const item of items) {
    let parsed: unknown
    try {
      parsed = parseYamlValue(item, { maxAliasCount: 0 })
    } catch {
      continue
    }
    const entry = parsed as { technology?: unknown; paths?: unknown } | null
    const paths = Array.isArray(entry?.paths)
      ? entry.paths.filter((p): p is string => typeof p === 'string')
      : []
    if (typeof entry?.technology === 'string' && paths.length > 0)
      draft.exceptions.push({ technology: entry.technology, paths })
  }
}

function record(draft: AdrDraft, entries: readonly FrontMatterEntry[], offset: number): void {
  for (const { key, value, line } of entries) {
    if (Array.isArray(value) && /^exceptions$/i.test(key)) {
      recordExceptions(draft, value)
      continue
    }
    if (Array.isArray(value) && HISTORY_KEY.test(key)) {
      if (!hasStatus(draft)) recordHistory(draft, value, line + offset)
      continue
    }
    const field = fieldForLabel(key)
    if (field === null) continue
    const values = Array.isArray(value)
      ? field === 'supersedes' || field === 'affects'
        ? value
        : [value.join(', ')]
      : [value ?? '']
    for (const text of values) recordField(draft, field, text, line + offset, 'front-matter')
  }
}

/**
 * Reads YAML front matter (`---` … `---`, MADR 3/4, log4brains) into the draft and returns the index of
 * the first body line (0 without front matter). When the YAML is broken, typically by an unfilled
 * template placeholder, the fields are read line by line and ADR_FRONT_MATTER_INVALID says where.
 */
/**
 * Hugo's TOML front matter (`+++` … `+++`, e.g. `title = "ADR-0004: Be secure"`), read with
 * smol-toml; its top-level scalar and list values count like YAML front matter's. Returns the index of
 * the first body line.
 */
function readTomlFrontMatter(
  lines: readonly string[],
  draft: AdrDraft,
  path: string,
  findings: Finding[],
): number {
  let end = 1
  while (end < lines.length && lines[end]?.trimEnd() !== '+++') end++
  if (end >= lines.length) return 0
  // The same bounds as YAML front matter: a huge block is not read (linear cost, no hostile slowdown).
  const block = lines.slice(1, Math.min(end, MAX_FRONT_MATTER_LINES + 1))
  const source = block.join('\n')
  let data: Record<string, unknown>
  try {
    if (source.length > MAX_YAML_CHARS) throw Object.assign(new Error('too large'), { line: 0 })
    data = parseToml(source)
  } catch (error) {
    const line = ((error as { line?: number }).line ?? 1) + 1
    const message =
      `ADR \`${path}\` has TOML front matter (\`+++\`) that could not be read (line ${line}), so it was skipped. ` +
      `Quote string values, e.g. \`status = "accepted"\`, and keep it under 64 KB. ${TEMPLATE_HINT}`
    findings.push(finding('ADR_FRONT_MATTER_INVALID', 'warning', message, { file: path, line }))
    return end + 1
  }
  // Each top-level key's line, in one pass.
  const keyLines = new Map<string, number>()
  block.forEach((text, i) => {
    const key = /^\s*["']?([\w.-]+)["']?\s*=/.exec(text)?.[1]
    if (key !== undefined && !keyLines.has(key)) keyLines.set(key, i + 1)
  })
  const entries: FrontMatterEntry[] = []
  for (const [key, value] of Object.entries(data)) {
    if (fieldForLabel(key) === null && !/^exceptions$/i.test(key)) continue
    const scalar = (v: unknown) => (v instanceof Date || typeof v !== 'object' ? tomlText(v) : null)
    const text = Array.isArray(value) ? value.map((v) => scalar(v) ?? '') : scalar(value)
    if (text !== null) entries.push({ key, value: text, line: keyLines.get(key) ?? 0 })
  }
  record(draft, entries, 1)
  return end + 1
}

function tomlText(value: unknown): string {
  // TOML dates become TomlDate objects (a Date subclass): their ISO form starts with the day.
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
}

export function readFrontMatter(
  lines: readonly string[],
  draft: AdrDraft,
  path: string,
  findings: Finding[],
): number {
  if (lines[0]?.trimEnd() === '+++') return readTomlFrontMatter(lines, draft, path, findings)
  if (lines[0]?.trimEnd() !== '---') return 0
  let end = 1
  while (end < lines.length && lines[end]?.trimEnd() !== '---' && lines[end]?.trimEnd() !== '...') end++
  if (end >= lines.length) return 0
  const block = lines.slice(1, end)
  const simple = block.length > MAX_FRONT_MATTER_LINES ? null : readSimpleFrontMatter(block)
  const parsed = simple === null ? parseYaml(block.join('\n')) : { entries: simple }
  if ('entries' in parsed) {
    record(draft, parsed.entries, 1)
  } else {
    const line = parsed.line + 1
    const message =
      `ADR \`${path}\` has front matter that is not valid YAML (line ${line}: ${parsed.error}), so it was read line by line. ` +
      `Quote values that contain \`{\`, \`[\`, \`:\` or \`#\`, e.g. \`status: "accepted"\`, and replace template placeholders. ${TEMPLATE_HINT}`
    findings.push(finding('ADR_FRONT_MATTER_INVALID', 'warning', message, { file: path, line }))
    record(draft, readFrontMatterLines(block.slice(0, MAX_FRONT_MATTER_LINES)), 1)
  }
  return end + 1
}
