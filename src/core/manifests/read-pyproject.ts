import type { Dependency } from './dependency.js'
import { parseRequirement } from './parse-requirement.js'
import { parseTomlTable, tomlLines, tomlTable, type TomlLines, type TomlTable } from './toml-lines.js'

function fromRequirements(list: unknown, lines: TomlLines): Dependency[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item) => {
    const requirement = typeof item === 'string' ? parseRequirement(item) : null
    if (requirement === null) return []
    return [{ ecosystem: 'pypi' as const, ...requirement, line: lines.stringLine(item as string) ?? 1 }]
  })
}

/** Poetry's `name = "^1.2"` or `name = { version = "^1.2", extras = [...] }`; `python` is not a package. */
function fromPoetry(entries: TomlTable, tableName: string, lines: TomlLines): Dependency[] {
  return Object.entries(entries)
    .filter(([name]) => name.toLowerCase() !== 'python')
    .map(([name, value]) => {
      const version = typeof value === 'string' ? value : tomlTable(value).version
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
  const doc = parseTomlTable(text)
  if (doc === null) return []
  const lines = tomlLines(text)
  const project = tomlTable(doc.project)
  const poetry = tomlTable(tomlTable(doc.tool).poetry)
  const groups = Object.entries(tomlTable(poetry.group)).map(
    ([group, value]) => [`tool.poetry.group.${group}.dependencies`, tomlTable(value).dependencies] as const,
  )
  return [
    ...fromRequirements(project.dependencies, lines),
    ...Object.values(tomlTable(project['optional-dependencies'])).flatMap((list) =>
      fromRequirements(list, lines),
    ),
    ...Object.values(tomlTable(doc['dependency-groups'])).flatMap((list) => fromRequirements(list, lines)),
    ...[
      ['tool.poetry.dependencies', poetry.dependencies] as const,
      ['tool.poetry.dev-dependencies', poetry['dev-dependencies']] as const,
      ...groups,
    ].flatMap(([name, entries]) => fromPoetry(tomlTable(entries), name, lines)),
  ]
}
