import semver from 'semver'
import type { Dependency } from '../manifests/dependency.js'
import { versionFloor, versionRange } from '../manifests/version-floor.js'

/**
 * Whether a technology entry's `range` covers a declared version: an exact version must satisfy it
 * (`semver.satisfies`), a declared range must overlap it (`semver.intersects`); versions semver cannot
 * read (Docker tags, Maven) are coerced. An entry without a range covers every version; a declaration
 * without a readable version is covered only by an entry without a range.
 */
export function coversVersion(range: string | undefined, dependency: Dependency): boolean {
  if (range === undefined || range.trim() === '' || range.trim() === '*') return true
  try {
    const declared = versionRange(dependency.ecosystem, dependency.version)
    if (declared !== null && semver.valid(declared) === null) {
      return semver.intersects(declared, range, { includePrerelease: true })
    }
    const version = declared ?? versionFloor(dependency.ecosystem, dependency.version)
    return version !== null && semver.satisfies(version, range, { includePrerelease: true })
  } catch {
    return false
  }
}
