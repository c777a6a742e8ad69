import { describe, expect, it } from 'vitest'
import { configProblemToFinding, formatConfigProblem } from '../../../src/core/config/config-error.js'
import { parseConfig } from '../../../src/core/config/parse-config.js'
import { suggest } from '../../../src/core/config/suggest.js'
import { configProblems, FILE, THEMES, where, yaml } from './config-problems.js'

const MIGRATION = [
  'migrations:',
  '  - id: auth-sdk',
  '    title: Auth SDK v3',
  '    label: migration:auth-sdk',
]

describe('parseConfig: checks beyond the schema (CONFIG_INVALID)', () => {
  it.each([
    {
      name: 'a duplicate theme id, at the second one',
      lines: [...THEMES, '  - id: global-scale', '    name: Scale again'],
      at: '7:9',
      says: 'The theme id `global-scale` is already used by `themes[0]`; each theme id must be unique',
    },
    {
      name: 'a duplicate migration id',
      lines: [...THEMES, ...MIGRATION, '  - id: auth-sdk', '    title: Again', '    label: x'],
      at: '11:9',
      says: 'The migration id `auth-sdk` is already used by `migrations[0]`',
    },
    {
      name: 'a duplicate team name',
      lines: [
        ...THEMES,
        'teams:',
        '  - name: Payments',
        '    repos: [pay-*]',
        '  - name: Payments',
        '    repos: [bill-*]',
      ],
      at: '10:11',
      says: 'The team name `Payments` is already used by `teams[0]`',
    },
    {
      name: 'a migration with a misspelt theme, with a suggestion',
      lines: [...THEMES, ...MIGRATION, '    theme: global-scael'],
      at: '11:12',
      says: 'The migration `auth-sdk` names the theme "global-scael", which is not a configured theme id, name or alias. Did you mean `global-scale`? Themes: `global-scale`, `developer-velocity`.',
    },
    {
      name: 'a migration with an unknown theme and nothing close',
      lines: [...THEMES, ...MIGRATION, '    theme: bananas'],
      at: '11:12',
      says: 'not a configured theme id, name or alias. Themes: `global-scale`',
    },
    {
      name: 'an alias naming another theme',
      lines: [...THEMES, '    aliases: [velocity, scale]'],
      at: '7:25',
      says: '`scale` also names the theme `global-scale` (`themes[0]`), so references to it would be ambiguous',
    },
    {
      name: 'a theme name equal to another theme id',
      lines: [...THEMES, '  - id: data', '    name: Global Scale'],
      at: '8:11',
      says: '`Global Scale` also names the theme `global-scale`',
    },
    {
      name: 'a status synonym mapping to an unknown status',
      lines: [...THEMES, 'adrs:', '  status_synonyms:', '    approved: acepted'],
      at: '9:15',
      says: 'The synonym `approved` maps to "acepted", which is not one of `adrs.statuses`: `proposed`, `accepted`, `rejected`, `deprecated`, `superseded`. Did you mean `accepted`?',
    },
    {
      name: 'an _extends it cannot follow',
      lines: ['_extends: acme/.github:../strategy.yml', ...THEMES],
      at: '1:11',
      says: 'The path `../strategy.yml` in `_extends` must be relative to the repository root',
    },
  ])('reports $name', ({ lines, at, says }) => {
    const problems = configProblems(yaml(...lines))
    expect(where(problems)).toEqual([`${at} CONFIG_INVALID`])
    expect(problems[0]?.message).toContain(says)
  })

  it('accepts migrations that name a theme by id, name or alias, in any case', () => {
    const lines = [...THEMES, 'migrations:']
    for (const [i, theme] of ['global-scale', 'developer velocity', 'SCALE'].entries()) {
      lines.push(`  - id: m${i}`, `    title: M${i}`, `    label: m${i}`, `    theme: ${theme}`)
    }
    expect(parseConfig(yaml(...lines), FILE).migrations.map((m) => m.theme)).toEqual([
      'global-scale',
      'developer velocity',
      'SCALE',
    ])
  })

  it('reports these checks together with schema problems of other sections', () => {
    const text = yaml(
      ...THEMES,
      '  - id: global-scale',
      '    name: Again',
      'leaderboard:',
      '  burn_rate_weeks: 0',
    )
    expect(where(configProblems(text))).toEqual(['7:9 CONFIG_INVALID', '10:20 CONFIG_INVALID'])
  })
})

describe('suggest', () => {
  it.each([
    ['staus', ['id', 'name', 'status'], 'status'],
    ['lable', ['label', 'title', 'body', 'branch'], 'label'],
    ['Active', ['active', 'retired'], 'active'],
    ['nmae', ['id', 'name'], 'name'],
    ['xy', ['id', 'ab'], null],
    ['colour', ['repository', 'issue_title', 'label'], null],
    ['', ['a'], null],
    ['a', [], null],
  ])('suggests for %j among %j: %j', (value, candidates, expected) => {
    expect(suggest(value, candidates)).toBe(expected)
  })
})

describe('ConfigError', () => {
  it('formats problems as file:line:col and turns them into error findings', () => {
    const [problem] = configProblems(yaml('themes: []'))
    expect(problem).toBeDefined()
    if (!problem) return
    expect(formatConfigProblem(problem)).toBe(
      `${FILE}:1:9 \`themes\` has 0 items, but it needs at least 1 item.`,
    )
    expect(configProblemToFinding(problem)).toEqual({
      code: 'CONFIG_INVALID',
      severity: 'error',
      message: problem.message,
      file: FILE,
      line: 1,
      column: 9,
    })
  })
})
