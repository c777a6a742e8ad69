import type { DetectorConfig } from '../config/config.schema.js'
import { dependencyKey } from '../manifests/dependency-key.js'
import { readManifest } from '../manifests/read-manifest.js'
import { coversVersion } from '../technologies/covers-version.js'
import { detectorPatterns, patternMatcher } from './detector-paths.js'

/** A file the batch query found at one of a detector's reads; `text` is null when binary. */
export interface FoundFile {
  path: string
  text: string | null
}

/** What a detector says about one repository. */
export interface DetectorVerdict {
  /** True: the repository still needs the migration (it is a remaining job). */
  matches: boolean
  /**
   * The files the verdict rests on, sorted: the manifests declaring the dependency, the files that
   * must be gone, or (`must: present`) the files that now satisfy the detector. Their history dates
   * the change that made a repository stop matching.
   */
  paths: string[]
}

/** Regular expressions are tried on at most this much of a file (GitHub's blob texts stop near 1 MB anyway). */
export const MAX_MATCHED_TEXT = 512 * 1024

/**
 * Runs a detector over the files read from a repository's default branch. `dependency`: a manifest
 * (read by the same readers as the technology check) declares the package in a version inside
 * `range` (`coversVersion`: an exact version satisfies it, a declared range overlaps it).
 * `file`, `must: absent`: a file at the path exists (whose text matches `matches`); `must: present`:
 * no such file exists.
 *
 * @example matchDetector({ file: { path: '.nvmrc', must: 'absent', matches: '^1[0-6]' } }, [{ path: '.nvmrc', text: '14\n' }]) // { matches: true, paths: ['.nvmrc'] }
 */
export function matchDetector(detector: DetectorConfig, files: readonly FoundFile[]): DetectorVerdict {
  const isMine = patternMatcher(detectorPatterns(detector))
  const mine = files.filter((file) => isMine(file.path))
  if (detector.dependency) {
    const { ecosystem, name, range } = detector.dependency
    const key = dependencyKey(ecosystem, name)
    const paths = mine.filter((file) => {
      if (file.text === null) return false
      const manifest = readManifest(file.path, file.text)
      return (manifest?.dependencies ?? []).some(
        (dependency) =>
          dependencyKey(dependency.ecosystem, dependency.name) === key && coversVersion(range, dependency),
      )
    })
    return verdict(paths.length > 0, paths)
  }
  const file = detector.file
  if (!file) return { matches: false, paths: [] }
  const pattern = file.matches === undefined ? null : new RegExp(file.matches, 'm')
  const found = mine.filter(
    (f) => pattern === null || (f.text !== null && pattern.test(f.text.slice(0, MAX_MATCHED_TEXT))),
  )
  return verdict(file.must === 'absent' ? found.length > 0 : found.length === 0, found)
}

function verdict(matches: boolean, files: readonly FoundFile[]): DetectorVerdict {
  return { matches, paths: [...new Set(files.map((file) => file.path))].sort() }
}
