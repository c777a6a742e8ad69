import { fieldForLabel, SUPERSEDED_BY_PHRASES, SUPERSEDES_PHRASES } from './field-names.js'
import { findDate, type DateReading } from './find-date.js'
import {
  extractLinks,
  findAdrReference,
  imagesAsText,
  looksLikePlaceholder,
  stripDecoration,
  trimChars,
  type LinkedText,
} from './inline-text.js'
import type { StatusNormaliser } from './status-normaliser.js'

/** One status as written on one line: `Accepted`, `2021-03-02 Accepted`, `Superseded by [X](x.md)`. */
export interface StatusEntry {
  /** The status as written, without dates, links and decoration; null when empty. */
  raw: string | null
  /** The configured status word it means, or null. */
  status: string | null
  /** A date written on the same line, if any, and the text it was read from. */
  date: DateReading | null
  dateText: string | null
  /** Link target or `ADR-n` reference of a "superseded by" status. */
  supersededBy: string | null
  /** The line says "superseded by …" (the terminal state of a status history). */
  superseding: boolean
  /** Number of words in `raw`: a long sentence is prose, not a status. */
  words: number
  line: number
  /** The text, when it is a template's unfilled list of choices rather than a status (then `raw` is null). */
  placeholder?: string
}

/** What a line of a status section (or a status field) says. */
export type StatusLine =
  | { kind: 'status'; entry: StatusEntry }
  | { kind: 'supersedes'; refs: string[]; line: number }
  /** An adr-tools link such as `Amends [2. Foo](0002-foo.md)`: not a status. */
  | { kind: 'relation' }

/** First letters of every supersession phrase: most lines are rejected by one set lookup. */
const PHRASE_STARTS = new Set([...SUPERSEDED_BY_PHRASES, ...SUPERSEDES_PHRASES].map((p) => p.charAt(0)))

/** Words that may join a status and its date: `Accepted on 2021-03-02`, `Angenommen am …`. */
const DATE_CONNECTORS = /(?:^|\s)(?:on|since|as of|at|am|seit|le|depuis|el|desde|em|il|dal|op|sinds|per)\s*$/i

/** Link targets, else `ADR-n` references, else the remaining text: what a supersession points at. */
export function referencesIn(linked: LinkedText): string[] {
  if (linked.targets.length > 0) return linked.targets.filter((t) => t.length > 0)
  const reference = findAdrReference(linked.without)
  if (reference !== null) return [reference]
  const text = stripDecoration(linked.without)
  return text.length > 0 ? [text] : []
}

/** The phrase `lower` starts with, as a whole word (`supersedes:` yes, `supersedesx` no), or null. */
export function startsWithPhrase(lower: string, phrases: readonly string[]): string | null {
  if (!PHRASE_STARTS.has(lower.charAt(0))) return null
  for (const phrase of phrases) {
    if (lower.startsWith(phrase) && /^$|^[\s:]/.test(lower.charAt(phrase.length))) return phrase
  }
  return null
}

/** Removes the date and the word that introduces it, so `Accepted on 2 March 2021` reads `Accepted`. */
function withoutDate(text: string, start: number, end: number): string {
  const before = trimChars(text.slice(0, start), '', ' (,-–—:[').replace(DATE_CONNECTORS, '')
  const after = trimChars(text.slice(end), ' )],-–—:', '')
  return `${trimChars(before, '', ' (,-–—:[')} ${after}`
}

function supersededEntry(
  text: string,
  phrase: string,
  line: number,
  normaliser: StatusNormaliser,
): StatusEntry {
  const rest = extractLinks(text.slice(phrase.length))
  const raw = stripDecoration(/^\S*/.exec(text)?.[0] ?? '')
  const date = findDate(rest.without)
  const target = referencesIn(
    date === null ? rest : { ...rest, without: withoutDate(rest.without, date.start, date.end) },
  )
  const status = normaliser.normalise(raw) ?? normaliser.normalise('superseded')
  const dateText = date === null ? null : rest.without.slice(date.start, date.end)
  return {
    raw,
    status,
    date: date?.reading ?? null,
    dateText,
    supersededBy: target[0] ?? null,
    superseding: true,
    words: 1,
    line,
  }
}

/**
 * Reads one status line. `Superseded by …` gives the superseded status and its target; `Supersedes …`
 * and other adr-tools links are reported as such; anything else is a status, with its date if any.
 *
 * @example readStatusText('Accepted (2021-03-02)', 5, normaliser) // { kind: 'status', entry: { raw: 'Accepted', status: 'accepted', date: { kind: 'ok', iso: '2021-03-02' }, … } }
 */
/** `被 ADR-045 取代` (Chinese): superseded by ADR-045. */
const CHINESE_SUPERSEDED = /^被\s*(.+?)\s*(?:所)?(?:取代|替代|替换)$/u

export function readStatusText(text: string, line: number, normaliser: StatusNormaliser): StatusLine {
  const trimmed = stripDecoration(imagesAsText(text).replace(/^[*_\s]+/, ''))
  const passive = CHINESE_SUPERSEDED.exec(trimmed)
  if (passive !== null) {
    const entry = supersededEntry(`superseded by ${passive[1] ?? ''}`, 'superseded by', line, normaliser)
    return { kind: 'status', entry: { ...entry, raw: trimmed.slice(-2) } }
  }
  const lower = trimmed.toLowerCase()
  const supersededBy = startsWithPhrase(lower, SUPERSEDED_BY_PHRASES)
  if (supersededBy !== null)
    return { kind: 'status', entry: supersededEntry(trimmed, supersededBy, line, normaliser) }
  const linked = extractLinks(trimmed)
  const supersedes = startsWithPhrase(lower, SUPERSEDES_PHRASES)
  if (supersedes !== null && (linked.targets.length > 0 || findAdrReference(trimmed) !== null)) {
    return { kind: 'supersedes', refs: referencesIn(extractLinks(trimmed.slice(supersedes.length))), line }
  }
  if (linked.firstLinkAt > 0 && isRelation(trimmed.slice(0, linked.firstLinkAt), normaliser))
    return { kind: 'relation' }
  return { kind: 'status', entry: plainEntry(linked, line, normaliser) }
}

/** adr-tools link verbs: one to three words before the link that are not a status (`Amended by`). */
function isRelation(before: string, normaliser: StatusNormaliser): boolean {
  const words = stripDecoration(before)
  return /^\p{L}+(?: \p{L}+){0,2}$/u.test(words) && normaliser.normalise(words) === null
}

/** Words that follow a status to say who, when or how: `Approved by the board`, `Accepted in 2022`. */
const QUALIFIERS = new Set([
  'by',
  'on',
  'in',
  'since',
  'as',
  'at',
  'for',
  'from',
  'with',
  'after',
  'until',
  'via',
  'per',
  'when',
])

/** Where a status word's own text ends: before a parenthesis, a dash, `;`, `,`, `: ` or a full stop. */
const STATUS_END = /(?:\(|（|\s[—–-]\s|[—–]|;|,|\.(?:\s|$)|:\s|\s\/\s|。|；)/u

/** Words that offer alternatives: `Accepted or Rejected`. */
const ALTERNATIVE = /\s(?:or|ou|o|oder|of|или|或)\s/iu

/**
 * Lines a template offers instead of a status: `Status`, a question, braces or `|`, an explicit choice
 * between two statuses (`Accepted or Rejected`), a list of three or more statuses, one-word choices
 * next to a status (`Idea, Draft`), or a sentence quoting the choices. A line that links another ADR
 * or says "superseded by" is a status (`Deprecated, superseded by [ADR-5](…)`), never a template.
 */
function isPlaceholder(text: string, normaliser: StatusNormaliser): boolean {
  // `Proposed [Proposed, Accepted, …]`: a chosen word before the template's list is the status.
  const chosen = /^(\p{L}+)\s*[[{(]/u.exec(text)
  if (chosen !== null && normaliser.normalise(chosen[1] ?? '') !== null) return false
  if (looksLikePlaceholder(text) || /\||\.\.\./.test(text) || /[?？]\s*$/u.test(text)) return true
  if (fieldForLabel(text.trim()) === 'status') return true // the label itself: `Status`, `STATUS`
  const first = /^\p{L}+/u.exec(text)?.[0] ?? ''
  if (/\bsuperseded by\b|\bsuperceded by\b/i.test(text) && normaliser.normalise(first) !== null) return false
  const choices = text.split(/\s*(?:,|\/|\bor\b|\bou\b|\bo\b|\boder\b|、)\s*/iu)
  const known = new Set<string>()
  let unknownWords = 0
  for (const choice of choices) {
    const plain = stripDecoration(choice).replace(/[“”"'‘’]/g, '')
    const status = plain.split(/\s+/).length <= 2 ? normaliser.normalise(plain) : null
    if (status !== null) known.add(status)
    else if (/^\p{L}+$/u.test(plain)) unknownWords++
  }
  if (known.size >= 3 || (known.size >= 2 && ALTERNATIVE.test(` ${text} `))) return true
  // `Idea, Draft`: one-word choices, one a status and another not one.
  const single = choices.every((choice) => /^\p{L}+$/u.test(stripDecoration(choice)))
  if (choices.length >= 2 && single && known.size >= 1 && unknownWords >= 1) return true
  // A sentence explaining the choices: `A decision may be "proposed" if …, or "accepted" once …`.
  const quoted = [...text.matchAll(/[“"'‘]([^”"'’]{2,30})[”"'’]/gu)].flatMap((m) => {
    const status = normaliser.normalise(m[1] ?? '')
    return status === null ? [] : [status]
  })
  return new Set(quoted).size >= 2
}

/**
 * The status a line states, without what it adds: `Accepted (for the CI)` → `Accepted`, `Approved by
 * the board` → `Approved`, `Implemented — graduated from …` → `Implemented`, `Proposed and Accepted`
 * → `Accepted`, `~~accepted~~ rejected` → `rejected`.
 */
export function statusPhrase(text: string, normaliser: StatusNormaliser): string {
  const struck = text
    .replace(/~~[^~]*~~/g, ' ')
    .replace(/^(\p{L}+)\s*\[[^\]]*\]/u, '$1')
    .replace(/\s+/g, ' ')
    .trim()
  const cut = STATUS_END.exec(struck)
  let phrase = trimChars(
    cut !== null && cut.index > 0 ? struck.slice(0, cut.index).trimEnd() : struck,
    '*_ ',
    '*_ ',
  )
  const words = phrase.split(/\s+/)
  // `Approved by the board` → `Approved`; but `Work in progress` is one phrase (its first word is no status).
  const qualifier = (words[1] ?? '').toLowerCase()
  const qualified = words.length >= 2 && QUALIFIERS.has(qualifier)
  // `by` names who decided (`Discussed by the team`): what comes before it is the status, known or not.
  if (qualified && (qualifier === 'by' || normaliser.normalise(words[0] ?? '') !== null))
    phrase = words[0] ?? phrase
  else if (words.length >= 2 && words.length <= 3) {
    // Two statuses in a row (`Proposed and Accepted`, a history squeezed into one cell): the last one.
    const statuses = words.filter((word) => word.toLowerCase() !== 'and').map((w) => normaliser.normalise(w))
    if (statuses.length >= 2 && statuses.every((status) => status !== null)) phrase = words.at(-1) ?? phrase
  }
  return phrase.length > 0 ? phrase : text
}

function plainEntry(linked: LinkedText, line: number, normaliser: StatusNormaliser): StatusEntry {
  const keepText = stripDecoration(linked.without).length === 0 || looksLikePlaceholder(linked.withText)
  const base = keepText ? linked.withText : linked.without
  const date = findDate(base)
  const bare = stripDecoration(date === null ? base : withoutDate(base, date.start, date.end))
  // `{ accepted }`: a template's braces kept around the one word chosen.
  const filled = /^\{\s*([^{}|,…]{1,40}?)\s*\}$/u.exec(bare)?.[1]
  const written = filled !== undefined && normaliser.normalise(filled) !== null ? filled : bare
  if (written.length > 0 && isPlaceholder(written, normaliser)) {
    const none = { raw: null, status: null, date: null, dateText: null, supersededBy: null }
    return { ...none, superseding: false, words: 0, line, placeholder: written }
  }
  const phrase = written.length > 0 ? statusPhrase(written, normaliser) : ''
  // An unknown word cut from a long sentence may be a misreading: keep the sentence (a warning then).
  const wide = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(written) // no spaces between words
  const sentence = written.split(/\s+/).length > 6 || written.length > (wide ? 24 : 60)
  const raw = normaliser.normalise(phrase) === null && sentence ? written : phrase
  const status = raw.length > 0 ? normaliser.normalise(raw) : null
  const isSuperseded = status !== null && status === normaliser.normalise('superseded')
  const target = isSuperseded ? (linked.targets[0] ?? findAdrReference(base)) : null
  const rejectedFor = !isSuperseded && /\bsuperseded by\b/i.test(base) ? (linked.targets[0] ?? null) : null
  return {
    raw: raw.length > 0 ? raw : null,
    status,
    date: date?.reading ?? null,
    dateText: date === null ? null : base.slice(date.start, date.end),
    supersededBy: target ?? rejectedFor,
    superseding: false,
    words: raw.length > 0 ? raw.split(' ').length : 0,
    line,
  }
}
