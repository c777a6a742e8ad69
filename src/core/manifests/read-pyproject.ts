import { parse } from 'smol-toml'
import type { Dependency } from './dependency.js'
import { parseRequirement } from './parse-requirement.js'
import { tomlLines, type TomlLines } from './toml-lines.js'

type Table = Record<string, unknown>

function table(value: unknown): Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Table) : {}
}

function fromRequirements(list: unknown, lines: TomlLines): Dependency[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item) => {
    const requirement = typeof item === 'string' ? parseRequirement(item) : null
    if (requirement === null) return []
    return [{ ecosystem: 'pypi' as const, ...requirement, line: lines.stringLine(item as string) ?? 1 }]
  })
}

/** Poetry's `name = "^1.2"` or `name = { version = "^1.2", extras = [...] }`; `python` is not a package. */
function fromPoetry(entries: Table, tableName: string, lines: TomlLines): Dependency[] {
  return Object.entries(entries)
    .filter(([name]) => name.toLowerCase() !== 'python')
    .map(([name, value]) => {
      const version = typeof value === 'string' ? value : table(value).version
      return {
        ecosystem: 'pypi' as const,
        name,
        version: typeof version === 'string' && version !== '*' ? version : null,
        line: lines.keyLine(tableName, name) ?? 1,
      }
    })
}

/**
 * Reads `pyproject.toml` (smol-toml): `[project].dependencies` and `optional-dependencies`, PEP 735
 * `[dependency-groups]`, and Poetry's `[tool.poetry.dependencies]`, `dev-dependencies` and
 * `group.*.dependencies`. Broken TOML gives [].
 */
export function readPyproject(text: string): Dependency[] {
  let doc: Table
  try {
    doc = parse(text) as Table
  } catch {
    return []
  }
  const lines = tomlLines(text)
  const project = table(doc.project)
  const poetry = table(table(doc.tool).poetry)
  const groups = Object.entries(table(poetry.group)).map(
    ([group, value]) => [`tool.poetry.group.${group}.dependencies`, table(value).dependencies] as const,
  )
  return [
    ...fromRequirements(project.dependencies, lines),
    ...Object.values(table(project['optional-dependencies'])).flatMap((list) =>
      fromRequirements(list, lines),
    ),
    ...Object.values(table(doc['dependency-groups'])).flatMap((list) => fromRequirements(list, lines)),
    ...[
      ['tool.poetry.dependencies', poetry.dependencies] as const,
      ['tool.poetry.dev-dependencies', poetry['dev-dependencies']] as const,
      ...groups,
    ].flatMap(([name, entries]) => fromPoetry(table(entries), name, lines)),
  ]
}
