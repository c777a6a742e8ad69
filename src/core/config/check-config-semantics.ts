import validRange from 'semver/ranges/valid.js'
import { globProblem } from '../decisions/path-globs.js'
import { checkDetectors } from '../detect/check-detectors.js'
import { checkMigrationThemes, checkThemeNames } from './check-theme-references.js'
import type { StrategyConfig } from './config.schema.js'
import type { PathProblem } from './describe-zod-issue.js'
import { withLazyMessage } from './lazy-message.js'
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
  const { themes, migrations, teams, adrs, decisions, technologies } = config
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
    ...(migrations ? checkDetectors(migrations) : []),
    ...(teams
      ? checkUnique(
          teams.map((t) => t.name),
          'teams',
          'name',
          'team name',
        )
      : []),
    ...(adrs ? checkSynonyms(adrs) : []),
    ...(decisions ? checkDecisionGlobs(decisions) : []),
    ...(technologies ? checkTechnologyRanges(technologies) : []),
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

function checkDecisionGlobs(decisions: StrategyConfig['decisions']): PathProblem[] {
  return decisions.flatMap((decision, index) =>
    decision.affects.flatMap((glob, at) => {
      const why = globProblem(glob)
      return why === null
        ? []
        : [
            problem(
              ['decisions', index, 'affects', at],
              `The glob ${JSON.stringify(glob)} cannot be used: ${why}.`,
            ),
          ]
    }),
  )
}

function checkTechnologyRanges(technologies: StrategyConfig['technologies']): PathProblem[] {
  return technologies.flatMap((technology, index) =>
    technology.range === undefined || validRange(technology.range) !== null
      ? []
      : [
          problem(
            ['technologies', index, 'range'],
            `The range ${JSON.stringify(technology.range)} is not a semver range; write it like \`<3.0.0\` or \`^2\`.`,
          ),
        ],
  )
}

function checkSynonyms(adrs: StrategyConfig['adrs']): PathProblem[] {
  const statuses = new Set(adrs.statuses.map((allowed) => allowed.toLowerCase()))
  return Object.entries(adrs.status_synonyms).flatMap(([word, status]) => {
    if (statuses.has(status.toLowerCase())) return []
    const path: PathSegment[] = ['adrs', 'status_synonyms', word]
    return [
      withLazyMessage({ path, at: 'value' as const, code: 'CONFIG_INVALID' as const }, () => {
        const near = suggest(status, adrs.statuses)
        const hint = near === null ? '' : ` Did you mean \`${near}\`?`
        return `The synonym \`${word}\` maps to ${JSON.stringify(status)}, which is not one of \`adrs.statuses\`: ${listValues(adrs.statuses)}.${hint}`
      }),
    ]
  })
}

function checkExtends(value: string | undefined): PathProblem[] {
  const message = value === undefined ? null : describeExtendsProblem(value)
  return message === null ? [] : [problem(['_extends'], message)]
}
