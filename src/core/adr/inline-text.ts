/** Inline Markdown helpers for field values: links, decoration, ADR references, placeholders. */

/** `[text](target "title")`; brackets inside the text are not allowed, so every scan stays linear. */
const LINK = /\[([^[\]\n]*)\]\(\s*<?([^()\s<>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g

/** `ADR-0012`, `adr_12`, `ADR 7`, `ADR#12`. */
const ADR_REFERENCE = /(?<![\p{L}\d])adr[-_ ]?#?(\d{1,6})(?!\d)/iu

export interface LinkedText {
  /** The text with every link removed. */
  without: string
  /** The text with every link replaced by its text. */
  withText: string
  /** Link targets in order. */
  targets: string[]
  /** Offset of the first link, or -1. */
  firstLinkAt: number
}

/** Splits a value into its plain text and its link targets. */
export function extractLinks(text: string): LinkedText {
  if (!text.includes('](')) return { without: text, withText: text, targets: [], firstLinkAt: -1 }
  const targets: string[] = []
  let firstLinkAt = -1
  const withText = text.replace(LINK, (_all, label: string, target: string, offset: number) => {
    if (firstLinkAt < 0) firstLinkAt = offset
    targets.push(target)
    return label
  })
  return { without: text.replace(LINK, ' '), withText, targets, firstLinkAt }
}

/** The first `ADR-0012`-style reference in a text, written `ADR-<digits as written>`, or null. */
export function findAdrReference(text: string): string | null {
  const match = ADR_REFERENCE.exec(text)
  return match === null ? null : `ADR-${match[1]}`
}

const WRAPPERS: [string, string][] = [
  ['**', '**'],
  ['__', '__'],
  ['*', '*'],
  ['_', '_'],
  ['`', '`'],
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['[', ']'],
  ['(', ')'],
]

const WRAPPER_START = new Set(WRAPPERS.map(([open]) => open.charAt(0)))
/** Whitespace other than single spaces: worth collapsing. */
const MESSY_SPACE = /\s\s|[^\S ]/

/**
 * Removes Markdown decoration around a value: `**Accepted**`, `[approved]`, `` `x` ``, quotes, empty
 * brackets, stray emphasis marks and trailing punctuation. Template alternatives (`[a | b]`) keep their
 * brackets so messages can show them as written.
 */
export function stripDecoration(text: string): string {
  let value = text
  if (value.includes('(') || value.includes('[')) value = value.replace(/\(\s*\)|\[\s*\]/g, ' ')
  value = MESSY_SPACE.test(value) ? value.replace(/\s+/g, ' ').trim() : value.trim()
  if (value.length > 0 && (value.charCodeAt(0) >= 0x80 || value.charCodeAt(value.length - 1) >= 0x80))
    value = trimPictographs(value)
  // A few rounds cover `**[Accepted]**`; a bound keeps hostile nesting from costing quadratic time.
  for (
    let round = 0, changed = WRAPPER_START.has(value.charAt(0));
    changed && round < 6 && value.length > 1;
    round++
  ) {
    changed = false
    for (const [open, close] of WRAPPERS) {
      if (value.startsWith(open) && value.endsWith(close) && value.length >= open.length + close.length) {
        const inner = value.slice(open.length, value.length - close.length)
        if (open === '[' && inner.includes('|')) continue
        value = inner.trim()
        changed = true
      }
    }
  }
  return trimChars(value, '*_`', '*_`.,;:')
}

/** Trims the given characters from each end, in linear time (a regex like `[.,]+$` is quadratic). */
export function trimChars(text: string, leading: string, trailing: string): string {
  let start = 0
  let end = text.length
  while (start < end && leading.includes(text.charAt(start))) start++
  while (end > start && trailing.includes(text.charAt(end - 1))) end--
  return text.slice(start, end).trim()
}

/** Emoji, their variation selectors and joiners: `✅ Accepted`, `**Accepted** 🎉`. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]/u

/**
 * Trims emoji (and the spaces between them) from both ends, looking only at the characters it removes.
 * Called only for text that starts or ends outside ASCII (the parser's hot path stays closure-free).
 */
function trimPictographs(text: string): string {
  const decoration = (c: string) => c === ' ' || PICTOGRAPH.test(c)
  let start = 0
  let end = text.length
  while (start < end) {
    const c = String.fromCodePoint(text.codePointAt(start) ?? 0)
    if (!decoration(c)) break
    start += c.length
  }
  while (end > start) {
    const low = text.charCodeAt(end - 1)
    const pair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start
    const c = text.slice(pair ? end - 2 : end - 1, end)
    if (!decoration(c)) break
    end -= c.length
  }
  return start === 0 && end === text.length ? text : text.slice(start, end).trim()
}

/** A value that is an unfilled template placeholder: `{…}`, `<…>`, `[a | b]`, or a list with `…`. */
export function looksLikePlaceholder(text: string): boolean {
  const value = text.trim()
  return /^[{<].*[}>]$/s.test(value) || /\s\|\s/.test(value) || value.includes('…')
}

/** `![alt](url)`, possibly wrapped in a link: `[![alt](url)](target)`. */
const IMAGE = /\[?!\[([^\]]{0,200})\]\(([^)\s]{0,500})\)(?:\]\([^)]{0,500}\))?/g

/**
 * Images in a status line read as their text: a status badge as its message
 * (`https://img.shields.io/badge/status-accepted-green` → `accepted`,
 * `https://badgen.net/badge/ADR/approved/green` → `approved`), any other image as its alt text.
 */
export function imagesAsText(text: string): string {
  if (!text.includes('![')) return text
  return text.replace(IMAGE, (_all, alt: string, url: string) => badgeMessage(url) ?? alt)
}

function badgeMessage(url: string): string | null {
  const shields = /^https?:\/\/img\.shields\.io\/badge\/([^?#]+)/.exec(url)
  if (shields) {
    // label-message-color, `--` for a literal dash; the message is the part before the colour.
    const parts = safeDecode(shields[1] ?? '')
      .replace(/--/g, '\ue000')
      .split('-')
    const message = parts.length >= 3 ? parts[parts.length - 2] : parts[0]
    return message?.replace(/\ue000/g, '-').replace(/_/g, ' ') ?? null
  }
  const badgen = /^https?:\/\/badgen\.net\/badge\/[^/]*\/([^/?#]+)/.exec(url)
  return badgen ? safeDecode(badgen[1] ?? '') : null
}

/** `%20` → space; a malformed escape leaves the text as it is (never throws). */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
