import { Minimatch } from 'minimatch'
import type { StrategyConfig } from '../config/config.schema.js'
import { normalisePath } from './is-adr-path.js'

function isInside(path: string, folder: string): boolean {
  return folder === '' || path === folder || path.startsWith(`${folder}/`)
}

/**
 * The folders that hold every ADR the `adrs.paths` globs can match: each glob's leading literal
 * segments (`docs/adr/**\/*.md` → `docs/adr`; braces expanded, so `{doc,docs}/adr/*.md` gives both).
 * A glob that starts with a wildcard gives `''`, the repository root; a glob without wildcards gives
 * its file's folder. Nested folders are dropped (`docs/adr` covers `docs/adr/old`); order is kept.
 *
 * @example adrStaticRoots({ paths: ['docs/adr/**\/*.md', 'adr/*.md'] }) // ['docs/adr', 'adr']
 */
export function adrStaticRoots(adrs: Pick<StrategyConfig['adrs'], 'paths'>): string[] {
  const roots: string[] = []
  for (const glob of adrs.paths) {
    const matcher = new Minimatch(normalisePath(glob), { dot: true })
    if (matcher.negate) continue
    for (const segments of matcher.set) {
      let literal = 0
      while (literal < segments.length && typeof segments[literal] === 'string') literal++
      // A fully literal pattern names a file: its folder is the root.
      const end = literal === segments.length ? literal - 1 : literal
      roots.push(segments.slice(0, Math.max(0, end)).join('/'))
    }
  }
  const unique = [...new Set(roots)]
  return unique.filter((root) => !unique.some((other) => other !== root && isInside(root, other)))
}
