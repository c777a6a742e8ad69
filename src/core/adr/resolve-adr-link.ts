import type { Adr } from '../types.js'

/** The ADRs of a set, indexed for link resolution. */
export interface AdrIndex {
  paths: ReadonlySet<string>
  /** `folder` → numbers present in it; `''` → every number. */
  numbers: ReadonlyMap<string, ReadonlySet<number>>
  /** File names without extension (log4brains links by slug). */
  slugs: ReadonlySet<string>
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

function slugOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.(?:md|markdown)$/i, '')
}

export function indexAdrs(adrs: readonly Adr[]): AdrIndex {
  const numbers = new Map<string, Set<number>>()
  const add = (key: string, n: number): void => {
    const set = numbers.get(key) ?? new Set<number>()
    set.add(n)
    numbers.set(key, set)
  }
  for (const adr of adrs) {
    if (adr.number === null) continue
    add(folderOf(adr.path), adr.number)
    add('', adr.number)
  }
  return { paths: new Set(adrs.map((a) => a.path)), numbers, slugs: new Set(adrs.map((a) => slugOf(a.path))) }
}

/** `a/b/../c/./d.md` → `a/c/d.md`; null when it climbs above the repository root. */
export function joinPath(folder: string, relative: string): string | null {
  const parts = relative.startsWith('/') ? [] : folder.split('/').filter((p) => p !== '')
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}

const NUMBER_REFERENCE = /^(?:adr[-_ ]?)?#?0*(\d{1,6})$/i
const EXTERNAL = /^[a-z][a-z\d+.-]*:/i

/**
 * What a supersession reference points at: `ok` when it names an ADR of the set (a relative link,
 * `ADR-0012`, a bare number or a file slug), `external` for URLs (not checkable), else `missing` with
 * the path or number that was looked for.
 */
export function resolveAdrLink(
  reference: string,
  from: string,
  index: AdrIndex,
): { kind: 'ok' | 'external' } | { kind: 'missing'; looked: string } {
  const target = reference.trim().replace(/[#?].*$/s, '')
  if (EXTERNAL.test(reference) || target === '') return { kind: 'external' }
  const folder = folderOf(from)
  const byNumber = NUMBER_REFERENCE.exec(target)
  if (byNumber !== null) {
    const number = Number(byNumber[1])
    const found = index.numbers.get(folder)?.has(number) || index.numbers.get('')?.has(number)
    return found ? { kind: 'ok' } : { kind: 'missing', looked: `ADR numbered ${number}` }
  }
  const path = joinPath(folder, decodeURIComponentSafe(target))
  if (path !== null && (index.paths.has(path) || index.paths.has(`${path}.md`))) return { kind: 'ok' }
  if (!target.includes('/') && index.slugs.has(slugOf(target))) return { kind: 'ok' }
  return { kind: 'missing', looked: path === null ? target : `\`${path}\`` }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
