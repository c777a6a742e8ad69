import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../../src/core/config/config-error.js'
import { parseConfig } from '../../../src/core/config/parse-config.js'
import { configProblems, FILE, THEMES, where, yaml } from './config-problems.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/config/${name}`, import.meta.url), 'utf8')

describe('parseConfig: valid configs', () => {
  it('fills every default around a file with only `themes:`', () => {
    const config = parseConfig(fixture('minimal.yml'), FILE)
    expect(config.themes).toEqual([
      { id: 'developer-velocity', name: 'Developer Velocity', status: 'active', aliases: [] },
    ])
    expect(config.pull_requests).toEqual({
      require_theme: true,
      missing_theme_severity: 'error',
      sources: ['label', 'title', 'body', 'branch'],
      label_prefix: 'theme:',
      hold_severity: 'warning',
      retire_severity: 'error',
      exempt: {
        labels: ['no-theme', 'skip-strategy-check'],
        authors: [],
        bots: true,
        drafts: true,
        paths: [],
      },
    })
    expect(config.adrs).toMatchObject({
      paths: ['docs/adr/**/*.md', 'doc/adr/**/*.md', 'docs/decisions/**/*.md', 'adr/**/*.md'],
      statuses: ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'],
      status_synonyms: { approved: 'accepted' },
      require_theme: true,
      review_after_days: 365,
    })
    expect(config.migrations).toEqual([])
    expect(config.decisions).toEqual([])
    expect(config.technologies).toEqual([])
    expect(config.teams).toEqual([])
    expect(config.leaderboard).toEqual({
      repository: '.github',
      issue_title: 'Strategy leaderboard',
      label: 'strategy-trace',
      pr_window_days: 90,
      burn_rate_weeks: 4,
    })
  })

  it('reads the complete example of docs/CONFIG.md as written', () => {
    const config = parseConfig(fixture('complete.yml'), FILE)
    expect(config.themes.map((t) => t.id)).toEqual([
      'enterprise-ready',
      'global-scale',
      'developer-velocity',
      'data-driven',
      'monolith-exit',
    ])
    expect(config.themes[0]).toMatchObject({
      horizon: '2027-06-30',
      success: ['SOC 2 Type II', '10 enterprise customers'],
      owner: '@acme/platform-leads',
    })
    expect(config.themes[4]?.status).toBe('retired')
    expect(config.pull_requests.missing_theme_severity).toBe('warning')
    expect(config.pull_requests.exempt.paths).toEqual(['**/*.md', '.github/**'])
    expect(config.migrations[1]).toMatchObject({
      id: 'node-22',
      theme: 'Developer Velocity',
      deadline: '2026-12-15',
    })
    expect(config.teams[0]).toEqual({
      name: 'Payments',
      leader: '@sam',
      repos: ['payments-*', 'billing-api'],
    })
    expect(config.leaderboard.pr_window_days).toBe(90)
  })

  it.each([
    ['an unquoted date', 'horizon: 2027-06-30', '2027-06-30'],
    ['a quoted date', "horizon: '2027-06-30'", '2027-06-30'],
  ])('keeps %s as a YYYY-MM-DD string', (_case, line, expected) => {
    const config = parseConfig(yaml('themes:', '  - id: a', '    name: A', `    ${line}`), FILE)
    expect(config.themes[0]?.horizon).toBe(expected)
  })

  it('turns YAML 1.1 timestamps back into YYYY-MM-DD strings', () => {
    const text = yaml('%YAML 1.1', '---', 'themes:', '  - id: a', '    name: A', '    horizon: 2027-06-30')
    expect(parseConfig(text, FILE).themes[0]?.horizon).toBe('2027-06-30')
  })

  it('accepts `null` for review_after_days (never stale)', () => {
    const text = yaml(...THEMES, 'adrs:', '  review_after_days: null')
    expect(parseConfig(text, FILE).adrs.review_after_days).toBeNull()
  })

  it('keeps a `__proto__` key as data and reports it as unknown', () => {
    const problems = configProblems(yaml(...THEMES, '__proto__: { polluted: true }'))
    expect(where(problems)).toEqual(['7:1 CONFIG_UNKNOWN_KEY'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('parseConfig: schema problems at their exact line and column', () => {
  it.each([
    {
      name: 'a wrong type, with the quoting fix',
      lines: ['themes:', '  - id: a', '    name: 42'],
      at: '3:11 CONFIG_INVALID',
      says: ['`themes[0].name` must be text, but it is `42`', '`name: "42"`'],
    },
    {
      name: 'a bad enum value, with a suggestion',
      lines: ['themes:', '  - id: a', '    name: A', '    status: actve'],
      at: '4:13 CONFIG_INVALID',
      says: ['"actve", which is not one of: `active`, `retired`', 'Did you mean `active`?'],
    },
    {
      name: 'a misspelt list value',
      lines: [...THEMES, 'pull_requests:', '  sources: [title, lable]'],
      at: '8:20 CONFIG_INVALID',
      says: ['`pull_requests.sources[1]` is "lable"', 'Did you mean `label`?'],
    },
    {
      name: 'an unknown key, with a suggestion',
      lines: ['themes:', '  - id: a', '    name: A', '    staus: retired'],
      at: '4:5 CONFIG_UNKNOWN_KEY',
      says: ['Unknown key `staus` in `themes[0]`', 'Did you mean `status`?', 'Allowed keys: `id`, `name`'],
    },
    {
      name: 'an unknown key written at the wrong level',
      lines: [...THEMES, 'exempt:', '  bots: false'],
      at: '7:1 CONFIG_UNKNOWN_KEY',
      says: ['at the top level of the config', 'It belongs under `pull_requests`'],
    },
    {
      name: 'an unknown key nothing resembles',
      lines: [...THEMES, 'leaderboard:', '  colour: blue'],
      at: '8:3 CONFIG_UNKNOWN_KEY',
      says: ['Unknown key `colour` in `leaderboard`', 'Remove it, or fix its spelling'],
    },
    {
      name: 'a bad slug, with the slug it probably meant',
      lines: ['themes:', '  - id: Global Scale', '    name: Global Scale'],
      at: '2:9 CONFIG_INVALID',
      says: ['"Global Scale": it must be a lower-case slug', 'Did you mean `global-scale`?'],
    },
    {
      name: 'a date in another format, with the ISO form',
      lines: ['themes:', '  - id: a', '    name: A', '    horizon: 2027/6/30'],
      at: '4:14 CONFIG_INVALID',
      says: ['must be a date written YYYY-MM-DD', 'Did you mean `2027-06-30`?'],
    },
    {
      name: 'an ambiguous date, without a guess',
      lines: ['themes:', '  - id: a', '    name: A', '    horizon: 03/04/2027'],
      at: '4:14 CONFIG_INVALID',
      says: ['must be a date written YYYY-MM-DD'],
    },
    {
      name: 'a date that does not exist',
      lines: [
        ...THEMES,
        'migrations:',
        '  - id: m',
        '    title: M',
        '    label: m',
        '    deadline: 2027-02-30',
      ],
      at: '11:15 CONFIG_INVALID',
      says: ['`migrations[0].deadline` is "2027-02-30": it must be a real calendar date'],
    },
    {
      name: 'a missing required key, at its mapping',
      lines: ['themes:', '  - id: a', '    name: A', '  - id: b'],
      at: '4:5 CONFIG_INVALID',
      says: ['`themes[1]` has no `name`, which is required', 'Add `name:` with text'],
    },
    {
      name: 'a file without themes',
      lines: ['pull_requests:', '  require_theme: false'],
      at: '1:1 CONFIG_INVALID',
      says: ['The config has no `themes`, which is required', 'Add `themes:` with a list'],
    },
    {
      name: 'an empty theme list',
      lines: ['themes: []'],
      at: '1:9 CONFIG_INVALID',
      says: ['`themes` has 0 items, but it needs at least 1 item'],
    },
    {
      name: 'a number out of range',
      lines: [...THEMES, 'leaderboard:', '  pr_window_days: 400'],
      at: '8:19 CONFIG_INVALID',
      says: ['`leaderboard.pr_window_days` is `400`, but it must be at most 365'],
    },
    {
      name: 'zero where a positive number is needed',
      lines: [...THEMES, 'adrs:', '  review_after_days: 0'],
      at: '8:22 CONFIG_INVALID',
      says: ['is `0`, but it must be greater than 0'],
    },
    {
      name: 'text where a list is needed',
      lines: [...THEMES, 'teams:', '  - name: Payments', '    repos: payments-api'],
      at: '9:12 CONFIG_INVALID',
      says: ['`teams[0].repos` must be a list, but it is "payments-api"', '`repos: ["payments-api"]`'],
    },
    {
      name: 'an empty section',
      lines: [...THEMES, 'pull_requests:', '  exempt:'],
      at: '8:10 CONFIG_INVALID',
      says: [
        '`pull_requests.exempt` is empty, but it must be a mapping',
        'delete the line to use the default',
      ],
    },
    {
      name: 'empty text',
      lines: ['themes:', '  - id: a', "    name: ''"],
      at: '3:11 CONFIG_INVALID',
      says: ['`themes[0].name` is empty text; write a value or remove it.'],
    },
    {
      name: 'a value where a mapping is needed',
      lines: [...THEMES, 'pull_requests: strict'],
      at: '7:16 CONFIG_INVALID',
      says: ['`pull_requests` must be a mapping of keys, but it is "strict". Indent its keys below it'],
    },
    {
      name: 'a fraction where a whole number is needed',
      lines: [...THEMES, 'leaderboard:', '  burn_rate_weeks: 1.5'],
      at: '8:20 CONFIG_INVALID',
      says: ['`leaderboard.burn_rate_weeks` must be a whole number, but it is `1.5`.'],
    },
    {
      name: 'text where a nullable number is needed',
      lines: [...THEMES, 'adrs:', '  review_after_days: never'],
      at: '8:22 CONFIG_INVALID',
      says: ['must be a number or `null`, but it is "never".'],
    },
    {
      name: 'a YAML 1.1 timestamp with a time of day',
      lines: ['%YAML 1.1', '---', 'themes:', '  - id: a', '    name: A', '    horizon: 2027-06-30T10:00:00Z'],
      at: '6:14 CONFIG_INVALID',
      says: [
        '"2027-06-30T10:00:00.000Z": it must be a date written YYYY-MM-DD',
        'Did you mean `2027-06-30`?',
      ],
    },
    {
      name: 'a wrong item inside a union',
      lines: ['themes:', '  - id: a', '    name: A', '    success: [fast, 3]'],
      at: '4:21 CONFIG_INVALID',
      says: ['`themes[0].success[1]` must be text, but it is `3`', '`- "3"`'],
    },
    {
      name: 'a union of the wrong type',
      lines: ['themes:', '  - id: a', '    name: A', '    success: true'],
      at: '4:14 CONFIG_INVALID',
      says: ['`themes[0].success` must be text or a list of text, but it is `true`'],
    },
  ])('reports $name', ({ lines, at, says }) => {
    const problems = configProblems(yaml(...lines))
    expect(where(problems)).toEqual([at])
    for (const text of says) expect(problems[0]?.message).toContain(text)
  })

  it('collects every problem of the file into one error, in file order', () => {
    const text = yaml(
      'themes:',
      '  - id: Global Scale',
      '    name: 42',
      '    staus: active',
      'pull_requests:',
      '  sources: [lable]',
      'leaderboard:',
      '  issue_titel: Strategy',
    )
    let error: unknown
    try {
      parseConfig(text, FILE)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const { problems, message } = error as ConfigError
    expect(where(problems)).toEqual([
      '2:9 CONFIG_INVALID',
      '3:11 CONFIG_INVALID',
      '4:5 CONFIG_UNKNOWN_KEY',
      '6:13 CONFIG_INVALID',
      '8:3 CONFIG_UNKNOWN_KEY',
    ])
    expect(message.split('\n')[0]).toBe(`Invalid strategy config in ${FILE} (5 problems):`)
    expect(message).toContain(
      `\n${FILE}:8:3 Unknown key \`issue_titel\` in \`leaderboard\`. Did you mean \`issue_title\`?`,
    )
  })
})
