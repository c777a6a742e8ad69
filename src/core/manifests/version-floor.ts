import semver from 'semver'
import type { Ecosystem } from './dependency.js'

/** Git commit ids and image digests have no order: only equal or different. (All-digit tags are dates.) */
const UNORDERED = /^(?:(?=\d*[a-f])[0-9a-f]{7,64}|sha256:[0-9a-f]+)$/i
/** Ecosystems whose ranges semver reads (after translating PEP 440 and Cargo's bare versions). */
const RANGED: ReadonlySet<Ecosystem> = new Set(['npm', 'pypi', 'cargo', 'go'])

/** PEP 440 specifiers (`==1.2.*`, `~=1.4`, `>=1,<2`, `!=1.3`) as a semver range, as near as semver goes. */
function pep440Range(spec: string): string {
  return spec
    .split(',')
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '' && !clause.startsWith('!='))
    .map((clause) => {
      const match = /^(===|==|~=|>=|<=|>|<)?\s*(.+)$/.exec(clause)
      const op = match?.[1] ?? ''
      const version = (match?.[2] ?? clause).replace(/\.\*$/, '.x')
      if (op === '~=') return version.split('.').length > 2 ? `~${version}` : `^${version}`
      return op === '==' || op === '===' ? version : `${op}${version}`
    })
    .join(' ')
}

/**
 * `version` as a semver range, or null when semver cannot read it: npm and Go as written, PEP 440
 * translated, Cargo's bare `1.2` meaning `^1.2`, and the rest (Maven, NuGet, Docker tags, action refs)
 * only when they are already semver.
 */
export function versionRange(ecosystem: Ecosystem, version: string | null): string | null {
  if (version === null || UNORDERED.test(version)) return null
  let text = version.trim()
  if (ecosystem === 'pypi') text = pep440Range(text)
  if (ecosystem === 'cargo' && /^\d/.test(text)) text = `^${text}`
  if (!RANGED.has(ecosystem)) return semver.valid(text)
  try {
    return semver.validRange(text, { loose: true })
  } catch {
    return null
  }
}

/**
 * The lowest version `version` allows, for ordering: the version itself, the minimum of a range
 * (`semver.minVersion`), or else `semver.coerce` (`18-alpine` → 18.0.0, `v4` → 4.0.0, `2.0.1.Final` →
 * 2.0.1). Null when there is nothing to order by: a missing version, a commit id, a digest, `latest`.
 */
export function versionFloor(ecosystem: Ecosystem, version: string | null): semver.SemVer | null {
  if (version === null || UNORDERED.test(version.trim())) return null
  const exact = semver.parse(version.trim())
  if (exact !== null) return exact
  const range = versionRange(ecosystem, version)
  if (range !== null) {
    try {
      const min = semver.minVersion(range, { loose: true })
      if (min !== null) return min
    } catch {
      // not a range after all: coerce below
    }
  }
  return semver.coerce(version)
}
