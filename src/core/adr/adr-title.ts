import { isoDate } from './find-date.js'

/** `ADR-0007: `, `[ADR-7] `, `adr 7 - `, `ADR#7 `, `DR 007: `, `Nr. 001: `: a title's ADR prefix. */
const ADR_PREFIX = /^\[?(?:adr|dr|nr\.?)[-_ ]?#?\s?(\d{1,6})(?!-\d{2}-\d{2})\]?(?:\s*[:.\-–—|·・]\s*|\s+|$)/i
/** `7. `, `0007 - `, `7: `, `003 ` (a leading zero: `200 ms budget` is a title): a number prefix. */
const NUMBER_PREFIX = /^(\d{1,6})(?:\.\s+|\s*[:\-–—]\s+)|^(0\d{2,5})\s+(?=\D)/
/**
 * Prefixes that carry no number: a template's placeholder (`ADR-XXXX - `, `NNNN — `, `ADR {ADR-NUMBER}: `,
 * `$NUMERO - `), a bare `ADR: ` / `ADR — `, or a date (`ADR 2018-10-04: `).
 */
const OTHER_PREFIX =
  /^\[?(?:(?:adr|dr)[-_ ]?(?:#?0*[xn]{1,6}(?=[\]\s:–—|·-])|\{[^}]{1,30}\}|\d{4}-\d{2}-\d{2})|0*[xn]{3,6}|\$[a-z_]{2,20})\]?(?:\s*[:–—|·]\s*|\s+-\s+|\s+(?=\S))|^(?:adr|dr)\s*[:–—|·]\s*|^(?:adr|dr)\s+-\s+/i
/** `0007-`, `0007_`, `7.`, `ADR-0007-` at the start of a file name. */
const FILE_NUMBER = /^(?:adr[-_]?)?(\d{1,6})(?:[-_. ]|$)/i
/** `20210302-` or `2021-03-02-`: a log4brains-style date prefix, not a number. */
const FILE_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:[-_. ]|$)/

/** Titles are shown on the leaderboard; longer text is cut. */
const MAX_TITLE = 300

function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

function isDatePrefix(name: string): boolean {
  const date = FILE_DATE.exec(name)
  return date !== null && isoDate(Number(date[1]), Number(date[2]), Number(date[3])) !== null
}

/** The number in a file name (`0007-use-sso.md` → 7), or null; date prefixes are not numbers. */
export function numberFromPath(path: string): number | null {
  const name = baseName(path)
  if (isDatePrefix(name)) return null
  const match = FILE_NUMBER.exec(name)
  return match === null ? null : Number(match[1])
}

/** The number a title starts with (`ADR-0007: …`, `adr-007 …`, `7. …`), or null. */
export function numberFromTitle(title: string): number | null {
  const match = ADR_PREFIX.exec(title) ?? NUMBER_PREFIX.exec(title)
  return match === null ? null : Number(match[1] ?? match[2])
}

/**
 * The title as written, without its number prefix (the number is kept in `Adr.number`), trimmed to
 * 300 characters: `ADR-0007: Adopt SSO` → `Adopt SSO`. A title that is only a number stays as it is.
 */
export function cleanTitle(title: string): string {
  const match = ADR_PREFIX.exec(title) ?? NUMBER_PREFIX.exec(title) ?? OTHER_PREFIX.exec(title)
  const rest = match === null ? title : title.slice(match[0].length).trim()
  const text = rest.length > 0 ? rest : title.trim()
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text
}

/** A readable title from a file name: `docs/adr/0007-use-sso.md` → `Use sso`. */
export function titleFromPath(path: string): string {
  const name = baseName(path)
  const prefix = isDatePrefix(name) ? FILE_DATE.exec(name) : FILE_NUMBER.exec(name)
  const words = name
    .slice(prefix?.[0].length ?? 0)
    .replace(/[-_\s]+/g, ' ')
    .trim()
  const text = words.length > 0 ? words : name
  return text.charAt(0).toUpperCase() + text.slice(1, MAX_TITLE)
}
