import { addSupersedes, hasStatus, recordStatusLines, setSupersededBy, type AdrDraft } from './adr-draft.js'
import { SUPERSEDED_BY_PHRASES, SUPERSEDES_PHRASES } from './field-names.js'
import { extractLinks, findAdrReference, stripDecoration } from './inline-text.js'
import { stripListMarker } from './parse-field-line.js'
import { readStatusText, startsWithPhrase } from './read-status-text.js'

/** `This ADR has been superseded by [ADR-14](…)`: a supersession told in a sentence, often a banner. */
const TOLD_SUPERSEDED =
  /^(?:this|the)\s+(?:adr|decision|record|document|decision record)\s+(?:has\s+been|was|is(?:\s+now)?)\s+(?:superseded|superceded|replaced)\s+by\b[\s:]*(?:\p{L}+:\s*)?/iu

function readToldSupersession(draft: AdrDraft, plain: string, line: number): boolean {
  const told = TOLD_SUPERSEDED.exec(plain)
  if (told === null) return false
  const rest = extractLinks(plain.slice(told[0].length))
  const ref = rest.targets[0] ?? findAdrReference(rest.without)
  if (!ref) return false
  setSupersededBy(draft, ref, line)
  if (!hasStatus(draft))
    recordStatusLines(draft, [readStatusText(`Superseded by ${ref}`, line, draft.normaliser)], line, 'inline')
  return true
}

const FIRST_LETTERS = new Set([...SUPERSEDED_BY_PHRASES, ...SUPERSEDES_PHRASES].map((p) => p.charAt(0)))

/**
 * Reads a supersession written as a sentence outside a status section, as MADR's "Links" section and
 * adr-tools do: `* Superseded by [ADR-0012](0012-foo.md)`, `Supersedes [2. Foo](0002-foo.md)`. Only
 * lines that link or name an ADR count, so prose such as "Replaces the old cache" is left alone.
 */
export function readSentence(draft: AdrDraft, text: string, line: number): boolean {
  const item = stripListMarker(text)
  const first = item.charAt(0).toLowerCase()
  if (first === 't' && readToldSupersession(draft, stripDecoration(item), line)) return true
  if (!FIRST_LETTERS.has(first) && !item.startsWith('*')) return false
  const plain = stripDecoration(item)
  const lower = plain.slice(0, 40).toLowerCase()
  const byPhrase = startsWithPhrase(lower, SUPERSEDED_BY_PHRASES)
  const phrase = byPhrase ?? startsWithPhrase(lower, SUPERSEDES_PHRASES)
  if (phrase === null) return false
  const rest = extractLinks(plain.slice(phrase.length))
  const refs =
    rest.targets.length > 0 ? rest.targets : [findAdrReference(rest.without)].filter((r) => r !== null)
  if (refs.length === 0) return false
  if (byPhrase !== null) setSupersededBy(draft, refs[0], line)
  else addSupersedes(draft, refs, line)
  return true
}
