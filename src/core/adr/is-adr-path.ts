import { Minimatch } from 'minimatch'
import type { StrategyConfig } from '../config/config.schema.js'

type AdrPaths = Pick<StrategyConfig['adrs'], 'paths' | 'ignore'>

interface Matchers {
  include: Minimatch[]
  exclude: Minimatch[]
}

const OPTIONS = { dot: true, nocomment: true } as const

// The same config object is asked about every file of a tree: compile its globs once.
const compiled = new WeakMap<AdrPaths, Matchers>()

function matchersFor(adrs: AdrPaths): Matchers {
  let matchers = compiled.get(adrs)
  if (matchers === undefined) {
    matchers = {
      include: adrs.paths.map((glob) => new Minimatch(normalisePath(glob), OPTIONS)),
      exclude: adrs.ignore.map((glob) => new Minimatch(normalisePath(glob), OPTIONS)),
    }
    compiled.set(adrs, matchers)
  }
  return matchers
}

/** Repository-relative, forward slashes, no leading `./` or `/`. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '')
}

/**
 * Whether a repository-relative path is an ADR: it matches one of `adrs.paths` and none of
 * `adrs.ignore` (minimatch globs; dot files included; case-sensitive, like GitHub paths).
 *
 * @example isAdrPath('docs/adr/0007-sso.md', adrsSchema.parse({})) // true
 * @example isAdrPath('docs/adr/README.md', adrsSchema.parse({})) // false
 */
export function isAdrPath(path: string, adrs: AdrPaths): boolean {
  const file = normalisePath(path)
  const { include, exclude } = matchersFor(adrs)
  return include.some((m) => m.match(file)) && !exclude.some((m) => m.match(file))
}
