import { parse } from 'smol-toml'
import type { Dependency } from './dependency.js'
import { tomlLines, type TomlLines } from './toml-lines.js'

type Table = Record<string, unknown>

const SECTIONS = ['dependencies', 'dev-dependencies', 'build-dependencies'] as const

function table(value: unknown): Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : {}
}

/** `serde = "1.0"`, `serde = { version = "1", features = [...] }`, a renamed `package = "…"`, a git or path source (no version). */
function fromSection(entries: Table, tableName: string, lines: TomlLines): Dependency[] {
  return Object.entries(entries).map(([key, value]) => {
    const spec = table(value)
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
  let doc: Table
  try {
    doc = parse(text) as Table
  } catch {
    return []
  }
  const lines = tomlLines(text)
  const tables: [string, unknown][] = SECTIONS.map((section) => [section, doc[section]])
  for (const [target, value] of Object.entries(table(doc.target))) {
    for (const section of SECTIONS)
      tables.push([`target.${target.replace(/["']/g, '')}.${section}`, table(value)[section]])
  }
  tables.push(['workspace.dependencies', table(doc.workspace).dependencies])
  return tables.flatMap(([name, entries]) => fromSection(table(entries), name, lines))
}
