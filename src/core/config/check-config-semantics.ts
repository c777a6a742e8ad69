import { listThemeIds, resolveTheme } from '../themes/resolve-theme.js'
import type { StrategyConfig } from './config.schema.js'
import type { PathProblem } from './describe-zod-issue.js'
import { describeExtendsProblem } from './parse-extends.js'
import { listValues, suggest } from './suggest.js'
import { formatPath, type PathSegment } from './yaml-positions.js'

/**
 * Checks what the schema cannot express: unique theme, migration and team ids, migrations naming
 * a configured theme, theme names and aliases that resolve to one theme only, status synonyms that
 * map to a configured status, and a readable `_extends`. Takes the sections that passed the schema,
 * so these problems are reported together with the schema's.
 */
export function checkConfigSemantics(config: Partial<StrategyConfig>): PathProblem[] {
  const { themes, migrations, teams, adrs } = config
  return [
    ...(themes
      ? checkUnique(
          themes.map((t) => t.id),
          'themes',
          'id',
          'theme id',
        )
      : []),
    ...(themes ? checkThemeNames(themes) : []),
    ...(migrations
      ? checkUnique(
          migrations.map((m) => m.id),
          'migrations',
          'id',
          'migration id',
        )
      : []),
    ...(migrations && themes ? checkMigrationThemes(migrations, themes) : []),
    ...(teams
      ? checkUnique(
          teams.map((t) => t.name),
          'teams',
          'name',
          'team name',
        )
      : []),
    ...(adrs ? checkSynonyms(adrs) : []),
    ...checkExtends(config._extends),
  ]
}

function problem(path: PathSegment[], message: string): PathProblem {
  return { path, at: 'value', code: 'CONFIG_INVALID', message }
}

function checkUnique(values: readonly string[], list: string, key: string, what: string): PathProblem[] {
  const first = new Map<string, number>()
  return values.flatMap((value, index) => {
    const earlier = first.get(value)
    if (earlier === undefined) {
      first.set(value, index)
      return []
    }
    const other = formatPath([list, earlier])
    return [
      problem(
        [list, index, key],
        `The ${what} \`${value}\` is already used by \`${other}\`; each ${what} must be unique. Rename one of them.`,
      ),
    ]
  })
}

/**
 * A name or alias must not also name an earlier theme (references would be ambiguous). Comparing
 * with earlier themes only reports each clash once, at the later of the two.
 */
function checkThemeNames(themes: StrategyConfig['themes']): PathProblem[] {
  return themes.flatMap((theme, index) => {
    const others = themes.slice(0, index).filter((other) => other.id !== theme.id)
    const names: [PathSegment[], string][] = [
      [['themes', index, 'id'], theme.id],
      [['themes', index, 'name'], theme.name],
      ...theme.aliases.map((alias, i): [PathSegment[], string] => [['themes', index, 'aliases', i], alias]),
    ]
    return names.flatMap(([path, name]) => {
      const clash = resolveTheme(name, others)
      if (clash.kind !== 'found') return []
      const owner = formatPath(['themes', themes.indexOf(clash.theme)])
      return [
        problem(
          path,
          `\`${name}\` also names the theme \`${clash.theme.id}\` (\`${owner}\`), so references to it would be ambiguous. Use a different name or alias.`,
        ),
      ]
    })
  })
}

function checkMigrationThemes(
  migrations: StrategyConfig['migrations'],
  themes: StrategyConfig['themes'],
): PathProblem[] {
  return migrations.flatMap((migration, index) => {
    if (migration.theme === undefined) return []
    const resolution = resolveTheme(migration.theme, themes)
    if (resolution.kind === 'found') return []
    const hint = resolution.suggestion ? ` Did you mean \`${resolution.suggestion.id}\`?` : ''
    return [
      problem(
        ['migrations', index, 'theme'],
        `The migration \`${migration.id}\` names the theme ${JSON.stringify(migration.theme)}, which is not a configured theme id, name or alias.${hint} Themes: ${listValues(listThemeIds(themes))}.`,
      ),
    ]
  })
}

function checkSynonyms(adrs: StrategyConfig['adrs']): PathProblem[] {
  return Object.entries(adrs.status_synonyms).flatMap(([word, status]) => {
    if (adrs.statuses.some((allowed) => allowed.toLowerCase() === status.toLowerCase())) return []
    const near = suggest(status, adrs.statuses)
    const hint = near === null ? '' : ` Did you mean \`${near}\`?`
    return [
      problem(
        ['adrs', 'status_synonyms', word],
        `The synonym \`${word}\` maps to ${JSON.stringify(status)}, which is not one of \`adrs.statuses\`: ${listValues(adrs.statuses)}.${hint}`,
      ),
    ]
  })
}

function checkExtends(value: string | undefined): PathProblem[] {
  const message = value === undefined ? null : describeExtendsProblem(value)
  return message === null ? [] : [problem(['_extends'], message)]
}
