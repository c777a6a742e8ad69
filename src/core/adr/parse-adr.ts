import { finding, type Finding } from '../findings.js'
import type { ParsedAdr } from '../types.js'
import { createDraft } from './adr-draft.js'
import { buildAdr } from './build-adr.js'
import { numberFromPath, titleFromPath } from './adr-title.js'
import { readFrontMatter } from './read-front-matter.js'
import { scanBody } from './scan-body.js'
import { splitLines } from './split-lines.js'
import { createStatusNormaliser, type StatusOptions } from './status-normaliser.js'

/**
 * Lines of an ADR that are read. Real ADRs have a few hundred and put their fields at the top; reading
 * a megabyte of short lines (500,000 of them) would cost around 100 ms per file.
 */
export const MAX_ADR_LINES = 10_000

function unreadable(path: string, reason: string): ParsedAdr {
  const message = `ADR \`${path}\` could not be read: ${reason}. Check that it is a Markdown text file, or exclude it with \`adrs.ignore\` in the strategy config.`
  return {
    adr: {
      path,
      title: titleFromPath(path),
      number: numberFromPath(path),
      status: null,
      rawStatus: null,
      date: null,
      theme: null,
      supersededBy: null,
      supersedes: [],
      reviewDate: null,
      format: 'unknown',
      lines: {},
    },
    findings: [finding('ADR_UNREADABLE', 'error', message, { file: path, line: 1 })],
  }
}

function parseText(path: string, text: string, options: StatusOptions | undefined): ParsedAdr {
  if (typeof text !== 'string') return unreadable(path, 'its content is not text')
  if (text.includes('\u0000'))
    return unreadable(path, 'it contains NUL bytes, so it looks like a binary file')
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = splitLines(body, MAX_ADR_LINES)
  const findings: Finding[] = []
  const draft = createDraft(createStatusNormaliser(options))
  const bodyStart = readFrontMatter(lines, draft, path, findings)
  scanBody(lines, bodyStart, draft)
  const adr = buildAdr(path, draft, findings)
  if (adr.rawStatus === null && adr.statusPlaceholder === undefined && adr.lines.status === undefined) {
    const mention = findStatusMention(lines)
    if (mention !== null) adr.statusMention = mention
  }
  return { adr, findings }
}

/**
 * Status labels and words of the five statuses in the languages the reader knows, as whole words.
 * Only searched when no status was read, so its cost is paid by unusual records alone.
 */
const STATUS_MENTION =
  /(?<![\p{L}\p{N}])(status|statut|estado|stato|state|accepted|approved|proposed|rejected|deprecated|superseded|superceded|状态|狀態|ステータス|상태|статус|принято|已接受|承認)(?![\p{L}\p{N}])/iu

function findStatusMention(lines: readonly string[]): { word: string; line: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? ''
    if (text.length > 1000) continue
    const match = STATUS_MENTION.exec(text)
    if (match !== null) return { word: match[1] ?? '', line: i + 1 }
  }
  return null
}

/**
 * Reads an ADR in any common format (Nygard, MADR 2/3/4, bold inline fields, tables, adr-tools,
 * log4brains) into its fields and the 1-based line of each. Never throws: content problems are
 * findings (ADR_BAD_DATE, ADR_FRONT_MATTER_INVALID), and anything unexpected is ADR_UNREADABLE.
 * Status words are normalised with `options.statuses`/`options.synonyms` (default: the config defaults).
 *
 * @example
 * parseAdr('docs/adr/0007-sso.md', '# ADR-0007: Adopt SSO\n\n**Status**: Approved\n').adr
 * // { title: 'Adopt SSO', number: 7, status: 'accepted', rawStatus: 'Approved', lines: { title: 1, number: 1, status: 3 }, … }
 */
export function parseAdr(path: string, text: string, options?: StatusOptions): ParsedAdr {
  try {
    return parseText(path, text, options)
  } catch (error) {
    // A parser bug must not stop a whole audit: report the file and move on.
    return unreadable(path, error instanceof Error ? error.message : String(error))
  }
}
