/**
 * Which files a detector reads on a repository's default branch. Everything is read inside the batched
 * repository query (src/github/detect-reads.ts): a literal path is one blob, a glob is one folder's
 * entries with their texts. So a detector may only name paths the query can reach in one step: a glob
 * must keep its folder part literal (`.github/workflows/*.yml`); `**` would need the whole tree of
 * every repository (up to 100,000 entries and 7 MB each on GitHub) and is refused.
 */
import { Minimatch } from 'minimatch'
import type { DetectorConfig } from '../config/config.schema.js'
import { globProblem } from '../decisions/path-globs.js'
import type { Ecosystem } from '../manifests/dependency.js'

/** One read of the batch query: a blob by path, or a folder's entries (one level) with their texts. */
export interface DetectRead {
  kind: 'blob' | 'tree'
  /** Repository-relative path of the file or folder (`''` is the root folder). */
  path: string
}

/**
 * The manifests a `dependency` detector reads without `paths`: each ecosystem's conventional root
 * manifest(s), the files `readManifest` knows. Monorepos list their manifests in `paths`.
 */
export const ROOT_MANIFESTS: Record<Ecosystem, string[]> = {
  npm: ['package.json'],
  pypi: ['requirements.txt', 'pyproject.toml'],
  go: ['go.mod'],
  maven: ['pom.xml'],
  gradle: ['build.gradle', 'build.gradle.kts', 'gradle/libs.versions.toml'],
  nuget: ['Directory.Packages.props'],
  cargo: ['Cargo.toml'],
  docker: ['Dockerfile'],
  actions: ['.github/workflows/*.yml', '.github/workflows/*.yaml', 'action.yml'],
}

/** A path pattern of a detector: a literal file, or a file-name glob in a literal folder. */
export type FilePattern =
  | { kind: 'literal'; path: string; problem?: undefined }
  | { kind: 'glob'; folder: string; name: string; problem?: undefined }
  | { kind: 'invalid'; problem: string }

const GLOB_CHARS = /[*?[\]{}!+@()]/

/**
 * Splits a detector path into what the batch query reads.
 *
 * @example filePattern('.github/workflows/*.yml') // { kind: 'glob', folder: '.github/workflows', name: '*.yml' }
 */
export function filePattern(path: string): FilePattern {
  const invalid = (why: string): FilePattern => ({
    kind: 'invalid',
    problem: `The path ${JSON.stringify(path)} cannot be read: ${why}.`,
  })
  if (path.startsWith('!')) return invalid('a detector path cannot exclude; use `must: present` instead')
  const why = globProblem(path)
  if (why) return invalid(why)
  const parts = path.split('/')
  const name = parts.pop() as string
  const folder = parts.join('/')
  if (path.includes('**'))
    return invalid(
      '`**` would read every folder of every repository; name the folder the files are in, e.g. `.github/workflows/*.yml`',
    )
  if (GLOB_CHARS.test(folder))
    return invalid(
      'only the file name may hold wildcards; write the folder out, e.g. `.github/workflows/*.yml`',
    )
  if (name === '') return invalid('it names a folder; name a file, e.g. `.github/workflows/*.yml`')
  return GLOB_CHARS.test(name) ? { kind: 'glob', folder, name } : { kind: 'literal', path }
}

/** The paths a detector looks at: `file.path`, a dependency's `paths`, or its ecosystem's root manifests. */
export function detectorPatterns(detector: DetectorConfig): string[] {
  if (detector.file) return [detector.file.path]
  if (detector.dependency) return detector.dependency.paths ?? ROOT_MANIFESTS[detector.dependency.ecosystem]
  return []
}

/** The reads of a detector, each once (invalid patterns, already reported by the config check, are left out). */
export function detectorReads(detector: DetectorConfig): DetectRead[] {
  const reads = new Map<string, DetectRead>()
  for (const pattern of detectorPatterns(detector).map(filePattern)) {
    if (pattern.kind === 'literal') reads.set(`blob:${pattern.path}`, { kind: 'blob', path: pattern.path })
    if (pattern.kind === 'glob') reads.set(`tree:${pattern.folder}`, { kind: 'tree', path: pattern.folder })
  }
  return [...reads.values()]
}

/** Whether a file read by `detectorReads` is one of the detector's paths. */
export function patternMatcher(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns.map(filePattern).flatMap((pattern) => {
    if (pattern.kind === 'literal') return [(path: string) => path === pattern.path]
    if (pattern.kind !== 'glob') return []
    const name = new Minimatch(pattern.name, { dot: true })
    const prefix = pattern.folder === '' ? '' : `${pattern.folder}/`
    return [
      (path: string) =>
        path.startsWith(prefix) &&
        !path.slice(prefix.length).includes('/') &&
        name.match(path.slice(prefix.length)),
    ]
  })
  return (path) => compiled.some((test) => test(path))
}

/** Whether a changed file is one a migration's detector reads (a push touching it may change a job). */
export function detectorFiles(
  migrations: readonly { detect?: DetectorConfig | undefined }[],
): (path: string) => boolean {
  return patternMatcher(
    migrations.flatMap((migration) => (migration.detect ? detectorPatterns(migration.detect) : [])),
  )
}
