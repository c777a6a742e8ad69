import { createThemeResolver, listThemeIds, themeKey } from '../themes/resolve-theme.js'
import type { StrategyConfig } from './config.schema.js'
import type { PathProblem } from './describe-zod-issue.js'
import { withLazyMessage } from './lazy-message.js'
import { listValues } from './suggest.js'
import { formatPath, type PathSegment } from './yaml-positions.js'

type Themes = StrategyConfig['themes']

/**
 * A name or alias must not also name an earlier theme with another id (references would be
 * ambiguous). Comparing with earlier themes only reports each clash once, at the later of the two.
 * One pass with an index of names: comparing each theme with all earlier ones took half a second
 * for 1,600 themes.
 */
export function checkThemeNames(themes: Themes): PathProblem[] {
  const owners = new Map<string, NameOwners>()
  const problems: PathProblem[] = []
  themes.forEach((theme, index) => {
    const names: [PathSegment[], string][] = [
      [['themes', index, 'id'], theme.id],
      [['themes', index, 'name'], theme.name],
      ...theme.aliases.map((alias, i): [PathSegment[], string] => [['themes', index, 'aliases', i], alias]),
    ]
    for (const [path, name] of names) {
      const clash = earlierOwner(owners.get(themeKey(name)), themes, theme.id)
      if (clash === null) continue
      const other = themes[clash] as Themes[number]
      problems.push({
        path,
        at: 'value',
        code: 'CONFIG_INVALID',
        message: `\`${name}\` also names the theme \`${other.id}\` (\`${formatPath(['themes', clash])}\`), so references to it would be ambiguous. Use a different name or alias.`,
      })
    }
    for (const [, name] of names) addOwner(owners, themeKey(name), index, themes)
  })
  return problems
}

/** The first theme with a name, and the first after it with another id (the first another id can clash with). */
interface NameOwners {
  first: number
  otherId: number | null
}

/** The first earlier theme that has the name and an id other than `id`, as `resolveTheme` finds it. */
function earlierOwner(owners: NameOwners | undefined, themes: Themes, id: string): number | null {
  if (owners === undefined) return null
  return themes[owners.first]?.id !== id ? owners.first : owners.otherId
}

function addOwner(owners: Map<string, NameOwners>, key: string, index: number, themes: Themes): void {
  const known = owners.get(key)
  if (known === undefined) owners.set(key, { first: index, otherId: null })
  else if (known.otherId === null && themes[known.first]?.id !== themes[index]?.id) known.otherId = index
}

/**
 * A migration's `theme` must name a configured theme. Found through an index of every theme's
 * names; the message (a suggestion searched among all themes, and their ids) is only worked out if read.
 */
export function checkMigrationThemes(
  migrations: StrategyConfig['migrations'],
  themes: Themes,
): PathProblem[] {
  const known = new Set(themes.flatMap((theme) => [theme.id, theme.name, ...theme.aliases].map(themeKey)))
  let resolve: ReturnType<typeof createThemeResolver> | undefined
  let themeList: string | undefined
  return migrations.flatMap((migration, index): PathProblem[] => {
    const reference = migration.theme
    if (reference === undefined || known.has(themeKey(reference))) return []
    const path: PathSegment[] = ['migrations', index, 'theme']
    return [
      withLazyMessage({ path, at: 'value' as const, code: 'CONFIG_INVALID' as const }, () => {
        resolve ??= createThemeResolver(themes)
        const resolution = resolve(reference)
        const suggestion = resolution.kind === 'unknown' ? resolution.suggestion : null
        const hint = suggestion ? ` Did you mean \`${suggestion.id}\`?` : ''
        themeList ??= listValues(listThemeIds(themes))
        return `The migration \`${migration.id}\` names the theme ${JSON.stringify(reference)}, which is not a configured theme id, name or alias.${hint} Themes: ${themeList}.`
      }),
    ]
  })
}
