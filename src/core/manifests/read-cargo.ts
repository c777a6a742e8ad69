import type { Dependency } from './dependency.js'
import { parseTomlTable, tomlLines, tomlTable, type TomlLines, type TomlTable } from './toml-lines.js'

const SECTIONS = ['dependencies', 'dev-dependencies', 'build-dependencies'] as const

/** `serde = "1.0"`, `serde = { version = "1", features = [...] }`, a renamed `package = "…"`, a git or path source (no version). */
function fromSection(entries: TomlTable, tableName: string, lines: TomlLines): Dependency[] {
  return Object.entries(entries).map(([key, value]) => {
    const spec = tomlTable(value)
    const version = typeof value === 'string' ? value : spec.version
    return {
      ecosystem: 'cargo' as const,
      name: typeof spec.package === 'string' ? spec.package : key,
      version: typeof version === 'string' ? version : null,
      line: lines.keyLine(tableName, key) ?? 1,
    }
  })
}

/**
 * Reads `Cargo.toml` (smol-toml): `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`, their
 * `[target.'cfg(…)'.*]` variants and `[workspace.dependencies]`, in table and inline forms. Broken TOML
 * gives [].
 */
export function readCargo(text: string): Dependency[] {
  const doc = parseTomlTable(text)
  if (doc === null) return []
  const lines = tomlLines(text)
  const tables: [string, unknown][] = SECTIONS.map((section) => [section, doc[section]])
  for (const [target, value] of Object.entries(tomlTable(doc.target))) {
    for (const section of SECTIONS)
      tables.push([`target.${target.replace(/["']/g, '')}.${section}`, tomlTable(value)[section]])
  }
  tables.push(['workspace.dependencies', tomlTable(doc.workspace).dependencies])
  return tables.flatMap(([name, entries]) => fromSection(tomlTable(entries), name, lines))
}
