import { Minimatch } from 'minimatch'
import type { AdrsConfig } from './snapshot-cache.js'

const compiled = new WeakMap<AdrsConfig['paths'], Minimatch[]>()

/**
 * Whether some file below `folder` could match the ADR globs (minimatch's partial match), so that
 * reading sub-folders stops where no ADR can be: `services/*\/docs/adr/*.md` never enters `services/x/src`.
 */
export function couldHoldAdrs(folder: string, adrs: Pick<AdrsConfig, 'paths'>): boolean {
  let matchers = compiled.get(adrs.paths)
  if (!matchers) {
    matchers = adrs.paths.map((glob) => new Minimatch(glob.replace(/^(?:\.\/|\/)+/, ''), { dot: true }))
    compiled.set(adrs.paths, matchers)
  }
  return matchers.some((matcher) => !matcher.negate && matcher.match(folder, true))
}
