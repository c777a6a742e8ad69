import { finding, type Finding } from '../findings.js'
import { globProblem } from '../decisions/path-globs.js'
import type { Adr, AdrFormat } from '../types.js'
import type { AdrDraft, Hit } from './adr-draft.js'
import { onLine, quoteValue, TEMPLATE_HINT } from './adr-messages.js'
import { cleanTitle, numberFromPath, numberFromTitle, titleFromPath } from './adr-title.js'
import { readDate, type DateReading } from './find-date.js'
import { extractLinks, looksLikePlaceholder, stripDecoration } from './inline-text.js'

function badDate(path: string, what: string, text: string, reading: DateReading, line: number): Finding {
  const problem =
    reading.kind === 'ambiguous'
      ? `which could mean ${reading.options[0]} or ${reading.options[1]}; dates whose day and month can be swapped are never guessed`
      : looksLikePlaceholder(text)
        ? 'which is an unfilled template placeholder'
        : 'which is not a date that can be read'
  const example = reading.kind === 'ambiguous' ? reading.options[0] : '2026-03-14'
  const message =
    `ADR \`${path}\` has ${what} ${quoteValue(text)}${onLine(line)}, ${problem}. ` +
    `Write it as YYYY-MM-DD, e.g. ${example} (also read: 2026/03/14, March 14, 2026, 14 March 2026). ${TEMPLATE_HINT}`
  return finding('ADR_BAD_DATE', 'warning', message, { file: path, line })
}

function readDateHit(path: string, hit: Hit | undefined, what: string, findings: Finding[]): string | null {
  if (hit === undefined) return null
  const value = stripDecoration(hit.value)
  if (value === '') return null
  const reading = readDate(value)
  if (reading.kind === 'ok') return reading.iso
  findings.push(badDate(path, what, value, reading, hit.line))
  return null
}

function formatOf(draft: AdrDraft): AdrFormat {
  if (draft.sources.frontMatter && draft.sources.body) return 'mixed'
  if (draft.status !== null) return draft.status.syntax
  const first = Object.values(draft.fields).sort((a, b) => a.line - b.line)[0]
  return first?.syntax ?? (draft.sources.frontMatter ? 'front-matter' : 'unknown')
}

/** Headings that open a section of a record rather than name it. */
const SECTION_NAMES =
  /^(?:abstract|summary|context|status|decision|consequences|background|overview|introduction|problem)$/i

function titleOf(
  path: string,
  draft: AdrDraft,
  lines: Adr['lines'],
): { title: string; number: number | null } {
  const front = draft.fields.title
  const frontTitle =
    front !== undefined && front.value.trim() !== '' ? { text: front.value.trim(), line: front.line } : null
  // `# Abstract` or `# Context` as the first H1 is a section, not the title: the front matter's wins.
  const sectionHeading = draft.heading !== null && SECTION_NAMES.test(draft.heading.text.trim())
  const heading =
    draft.heading !== null && draft.heading.text !== '' && !(sectionHeading && frontTitle !== null)
      ? draft.heading
      : null
  const written = heading ?? frontTitle
  const fromPath = numberFromPath(path)
  const fromTitle = written === null ? null : numberFromTitle(written.text)
  if (written !== null) lines.title = written.line
  if (fromTitle !== null && written !== null && (fromPath === null || fromPath === fromTitle))
    lines.number = written.line
  return {
    title: written === null ? titleFromPath(path) : cleanTitle(written.text),
    number: fromPath ?? fromTitle,
  }
}

/** Turns what was read into an `Adr`; unreadable dates become ADR_BAD_DATE findings. */
export function buildAdr(path: string, draft: AdrDraft, findings: Finding[]): Adr {
  const lines: Adr['lines'] = {}
  const { title, number } = titleOf(path, draft, lines)
  const entry = draft.status?.entry ?? null
  if (draft.status !== null) lines.status = draft.status.line
  for (const bad of draft.badStatusDates)
    findings.push(badDate(path, 'a status date', bad.text, bad.reading, bad.line))
  let date = readDateHit(path, draft.fields.date, 'date', findings)
  if (draft.fields.date !== undefined) lines.date = draft.fields.date.line
  if (date === null && draft.fields.date === undefined && entry?.date?.kind === 'ok') {
    date = entry.date.iso
    lines.date = entry.line
  }
  if (date === null && draft.fields.date === undefined && draft.changelogDate !== null) {
    date = draft.changelogDate.iso
    lines.date = draft.changelogDate.line
  }
  const reviewDate = readDateHit(path, draft.fields.reviewDate, 'review date', findings)
  if (draft.fields.reviewDate !== undefined) lines.reviewDate = draft.fields.reviewDate.line
  const themeHit = draft.fields.theme
  const theme = themeHit === undefined ? '' : stripDecoration(extractLinks(themeHit.value).withText)
  if (themeHit !== undefined) lines.theme = themeHit.line
  if (draft.supersededBy !== null) lines.supersededBy = draft.supersededBy.line
  if (draft.supersedes !== null) lines.supersedes = draft.supersedes.line
  return {
    path,
    title,
    number,
    status: entry?.status ?? null,
    rawStatus: entry?.raw ?? null,
    date,
    theme: theme === '' ? null : theme,
    supersededBy: draft.supersededBy?.ref ?? null,
    supersedes: draft.supersedes?.refs ?? [],
    reviewDate,
    format: formatOf(draft),
    lines,
    ...(entry?.placeholder === undefined ? {} : { statusPlaceholder: entry.placeholder }),
    ...affectsOf(path, draft, lines, findings),
    ...(draft.exceptions.length > 0 ? { exceptions: draft.exceptions } : {}),
  }
}

/** The `affects` globs that can be used; each one that cannot is an ADR_BAD_GLOB warning on its line. */
function affectsOf(
  path: string,
  draft: AdrDraft,
  lines: Adr['lines'],
  findings: Finding[],
): { affects?: string[] } {
  if (draft.affects === null) return {}
  lines.affects = draft.affects.line
  const globs: string[] = []
  for (const { glob, line } of draft.affects.globs) {
    const problem = globProblem(glob)
    if (problem === null) {
      if (!globs.includes(glob)) globs.push(glob)
      continue
    }
    const message =
      `ADR \`${path}\` lists the path glob ${JSON.stringify(glob)} under \`affects\`${line ? ` on line ${line}` : ''}, ` +
      `which is left out: ${problem}. Write globs relative to the repository root, e.g. \`src/billing/**\`.`
    findings.push(finding('ADR_BAD_GLOB', 'warning', message, { file: path, line }))
  }
  return { affects: globs }
}
