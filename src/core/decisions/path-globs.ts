import { Minimatch } from 'minimatch'

/** Why a glob of `affects` cannot be used, or null when it is fine. */
export function globProblem(glob: string): string | null {
  const pattern = glob.startsWith('!') ? glob.slice(1) : glob
  if (pattern.length === 0) return 'it is empty'
  if (pattern.startsWith('/')) return 'paths are relative to the repository root: drop the leading `/`'
  if (pattern.includes('\\')) return 'use `/` between folders, not `\\`'
  if (pattern.split('/').includes('..')) return '`..` cannot leave the repository root'
  if (pattern.length > 300) return 'it is longer than 300 characters'
  if (count(pattern, '{') !== count(pattern, '}')) return 'its `{` and `}` do not pair up'
  if (count(pattern, '[') !== count(pattern, ']')) return 'its `[` and `]` do not pair up'
  try {
    new Minimatch(pattern, { dot: true })
  } catch {
    return 'it is not a valid glob'
  }
  return null
}

function count(text: string, char: string): number {
  let n = 0
  for (const c of text) if (c === char) n++
  return n
}

/** A compiled list of globs: `!` patterns exclude what the others include. */
export interface PathMatcher {
  /** The first including glob that matches `path` when no excluding glob does; null otherwise. */
  match(path: string): string | null
}

const cache = new Map<string, Minimatch>()

function compiled(pattern: string): Minimatch {
  let matcher = cache.get(pattern)
  if (matcher === undefined) {
    if (cache.size > 2000) cache.clear()
    matcher = new Minimatch(pattern, { dot: true })
    cache.set(pattern, matcher)
  }
  return matcher
}

/**
 * Compiles `affects` globs (minimatch, `dot: true`, case-sensitive as git paths are, relative to the
 * repository root). A path matches when one including glob matches and no `!` glob does.
 *
 * @example pathMatcher(['src/billing/**', '!src/billing/legacy/**']).match('src/billing/a.ts') // 'src/billing/**'
 */
export function pathMatcher(globs: readonly string[]): PathMatcher {
  const include = globs.filter((g) => !g.startsWith('!') && globProblem(g) === null)
  const exclude = globs
    .filter((g) => g.startsWith('!') && globProblem(g) === null)
    .map((g) => compiled(g.slice(1)))
  const included = include.map((glob) => [glob, compiled(glob)] as const)
  return {
    match(path) {
      const hit = included.find(([, matcher]) => matcher.match(path))
      if (hit === undefined) return null
      return exclude.some((matcher) => matcher.match(path)) ? null : hit[0]
    },
  }
}
