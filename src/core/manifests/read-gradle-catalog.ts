import type { Dependency } from './dependency.js'
import { parseTomlTable, tomlLines, tomlTable, type TomlTable } from './toml-lines.js'

/** A library's version: a string, `{ ref = "…" }` into `[versions]`, or a rich `{ strictly|require|prefer = "…" }`. */
function versionOf(value: unknown, versions: TomlTable): string | null {
  if (typeof value === 'string') return value
  const spec = tomlTable(value)
  if (typeof spec.ref === 'string') return versionOf(versions[spec.ref], {})
  for (const key of ['strictly', 'require', 'prefer'])
    if (typeof spec[key] === 'string') return spec[key] as string
  return null
}

/** `"g:a:v"`, `{ module = "g:a", version… }` or `{ group = "g", name = "a", version… }`. */
function library(value: unknown, versions: TomlTable): { name: string; version: string | null } | null {
  if (typeof value === 'string') {
    const [group, artifact, version] = value.split(':')
    return group && artifact ? { name: `${group}:${artifact}`, version: version ?? null } : null
  }
  const spec = tomlTable(value)
  const name =
    typeof spec.module === 'string'
      ? spec.module
      : typeof spec.group === 'string' && typeof spec.name === 'string'
        ? `${spec.group}:${spec.name}`
        : null
  return name === null ? null : { name, version: versionOf(spec.version, versions) }
}

/**
 * Reads a Gradle version catalog (`gradle/libs.versions.toml`, smol-toml): the `[libraries]` it
 * declares, with `version.ref` resolved from `[versions]`, so a version bump in the catalog is an
 * upgrade of the libraries that use it. Broken TOML gives [].
 */
export function readGradleCatalog(text: string): Dependency[] {
  const doc = parseTomlTable(text)
  if (doc === null) return []
  const lines = tomlLines(text)
  const versions = tomlTable(doc.versions)
  return Object.entries(tomlTable(doc.libraries)).flatMap(([alias, value]) => {
    const found = library(value, versions)
    if (found === null) return []
    return [{ ecosystem: 'gradle' as const, ...found, line: lines.keyLine('libraries', alias) ?? 1 }]
  })
}
