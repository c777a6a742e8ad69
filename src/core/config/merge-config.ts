import { defineEntry, isPlainObject } from './restore-dates.js'

/**
 * Lays a repository's config over the one it `_extends` (Probot's convention): mappings merge key by
 * key, all the way down; a list or a single value in the local file replaces the base's entirely
 * (`themes`, `statuses`, globs…). The base's own `_extends` is not followed. Inputs are not changed.
 *
 * @example
 * mergeConfig({ themes: [a], adrs: { require_theme: false } }, { adrs: { paths: ['adr/*.md'] } })
 * // { themes: [a], adrs: { require_theme: false, paths: ['adr/*.md'] } }
 */
export function mergeConfig(
  base: Record<string, unknown>,
  local: Record<string, unknown>,
): Record<string, unknown> {
  const { _extends: _ignored, ...inherited } = base
  return mergeValues(inherited, local) as Record<string, unknown>
}

function mergeValues(base: unknown, local: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(local)) return local
  const merged: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(base)) defineEntry(merged, key, value)
  for (const [key, value] of Object.entries(local)) {
    const inherited = Object.prototype.hasOwnProperty.call(base, key) ? base[key] : undefined
    defineEntry(merged, key, mergeValues(inherited, value))
  }
  return merged
}

/**
 * Whether the value at `path` in the merged config came from the base rather than the local file,
 * following `mergeConfig`'s rules: below a local list or value nothing is inherited.
 */
export function isInherited(base: unknown, local: unknown, path: readonly (string | number)[]): boolean {
  let fromLocal = local
  let fromBase = base
  for (const segment of path) {
    if (!isPlainObject(fromLocal)) return false
    const inBase = isPlainObject(fromBase) && Object.hasOwn(fromBase, segment)
    if (!Object.hasOwn(fromLocal, segment)) return inBase
    fromLocal = fromLocal[segment]
    fromBase = inBase ? (fromBase as Record<string | number, unknown>)[segment] : undefined
  }
  return false
}
