/** One `key: value` of front matter, with its 1-based line inside the front matter. */
export interface FrontMatterEntry {
  key: string
  value: string | string[] | null
  line: number
}

/** `key: value` with a short key; bounded quantifiers keep it linear. */
const KEY_VALUE = /^([\p{L}_][\p{L}\d_ -]{0,47}):(?:[ \t]+(.*))?$/u
const LIST_ITEM = /^[ \t]+-[ \t]+(.*)$/

function unquote(text: string): string {
  const value = text.trim()
  const quote = value.charAt(0)
  if ((quote === '"' || quote === "'") && value.length > 1 && value.endsWith(quote)) return value.slice(1, -1)
  const comment = value.indexOf(' #')
  return comment < 0 ? value : value.slice(0, comment).trim()
}

/**
 * Reads front matter that YAML rejected, one `key: value` per line, with `- item` lines under an empty
 * key as a list. Values are taken as written (quotes removed), so `status: {proposed | accepted}` keeps
 * its placeholder text for the messages.
 */
export function readFrontMatterLines(lines: readonly string[]): FrontMatterEntry[] {
  const entries: FrontMatterEntry[] = []
  let list: FrontMatterEntry | null = null
  lines.forEach((line, index) => {
    const item = list === null ? null : LIST_ITEM.exec(line)
    if (item !== null && list !== null) {
      if (!Array.isArray(list.value)) list.value = []
      list.value.push(unquote(item[1] ?? ''))
      return
    }
    const match = KEY_VALUE.exec(line.length > 2000 ? '' : line)
    if (match === null) return
    const value = match[2] === undefined || match[2].trim() === '' ? null : unquote(match[2])
    const entry: FrontMatterEntry = { key: match[1] ?? '', value, line: index + 1 }
    entries.push(entry)
    list = value === null ? entry : null
  })
  return entries
}
