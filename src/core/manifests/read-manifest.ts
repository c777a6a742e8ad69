import type { Ecosystem, Manifest, Dependency } from './dependency.js'
import { readCargo } from './read-cargo.js'
import { readCsproj } from './read-csproj.js'
import { readDockerfile } from './read-dockerfile.js'
import { readGoMod } from './read-go-mod.js'
import { readGradle } from './read-gradle.js'
import { readGradleCatalog } from './read-gradle-catalog.js'
import { readNpm } from './read-npm.js'
import { readPom } from './read-pom.js'
import { readPyproject } from './read-pyproject.js'
import { readRequirements } from './read-requirements.js'
import { readWorkflow } from './read-workflow.js'

type Reader = [Ecosystem, (text: string) => Dependency[]]

/** The reader for a repository-relative path, by file name; null when the file is not a manifest. */
export function manifestReader(path: string): Reader | null {
  const parts = path.replace(/\\/g, '/').split('/')
  const file = parts.at(-1) ?? ''
  const lower = file.toLowerCase()
  const folder = parts.slice(0, -1).join('/')
  if (file === 'package.json') return ['npm', readNpm]
  if (/^requirements.*\.txt$/i.test(file) || (parts.at(-2) === 'requirements' && lower.endsWith('.txt'))) {
    return ['pypi', readRequirements]
  }
  if (file === 'pyproject.toml') return ['pypi', readPyproject]
  if (file === 'go.mod') return ['go', readGoMod]
  if (file === 'pom.xml') return ['maven', readPom]
  if (file === 'build.gradle' || file === 'build.gradle.kts') return ['gradle', readGradle]
  if (file.endsWith('.versions.toml')) return ['gradle', readGradleCatalog]
  if (/\.(?:cs|fs|vb)proj$/i.test(file) || file === 'Directory.Packages.props') return ['nuget', readCsproj]
  if (file === 'Cargo.toml') return ['cargo', readCargo]
  if (/^(?:dockerfile|containerfile)(?:\..+)?$/.test(lower) || lower.endsWith('.dockerfile')) {
    return ['docker', readDockerfile]
  }
  if (/(?:^|\/)\.github\/workflows$/.test(folder) && /\.ya?ml$/.test(lower)) return ['actions', readWorkflow]
  if (file === 'action.yml' || file === 'action.yaml') return ['actions', readWorkflow]
  return null
}

/**
 * Reads the dependencies of a manifest, choosing the reader by file name: `package.json`,
 * `requirements*.txt`, `pyproject.toml`, `go.mod`, `pom.xml`, `build.gradle(.kts)`, a
 * Gradle version catalog (`*.versions.toml`), `*.csproj`,
 * `Cargo.toml`, `Dockerfile`/`*.dockerfile`, `.github/workflows/*.yml`. Null when `path` is not a
 * manifest; a manifest that cannot be read has no dependencies (never throws).
 *
 * @example readManifest('web/package.json', text) // { ecosystem: 'npm', dependencies: [...] }
 */
export function readManifest(path: string, text: string): Manifest | null {
  const reader = manifestReader(path)
  if (reader === null) return null
  const [ecosystem, read] = reader
  try {
    return { ecosystem, dependencies: read(text) }
  } catch {
    return { ecosystem, dependencies: [] }
  }
}
