import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../../src/core/config/config-error.js'
import { mergeConfig } from '../../../src/core/config/merge-config.js'
import { parseConfig, parseExtends, readConfigDocument } from '../../../src/core/config/parse-config.js'
import { configProblems, FILE, where, yaml } from './config-problems.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/config/${name}`, import.meta.url), 'utf8')
const current = { owner: 'acme', repo: 'payments-api' }
const orgBase = () => readConfigDocument(fixture('org-base.yml'), '.github/strategy.yml').data

describe('parseExtends', () => {
  it.each([
    ['.github', { owner: 'acme', repo: '.github', path: '.github/strategy.yml' }],
    ['standards', { owner: 'acme', repo: 'standards', path: '.github/strategy.yml' }],
    ['platform/.github', { owner: 'platform', repo: '.github', path: '.github/strategy.yml' }],
    ['standards:strategy/base.yml', { owner: 'acme', repo: 'standards', path: 'strategy/base.yml' }],
    ['platform/standards:base.yaml', { owner: 'platform', repo: 'standards', path: 'base.yaml' }],
    ['  .github  ', { owner: 'acme', repo: '.github', path: '.github/strategy.yml' }],
  ])('reads %j', (value, expected) => {
    expect(parseExtends(value, current)).toEqual(expected)
  })

  it.each([
    ['two slashes', 'a/b/c', 'is not a repository reference'],
    ['a space', 'my repo', 'is not a repository reference'],
    ['an owner with a leading dash', '-acme/.github', 'is not a repository reference'],
    ['a parent repository', '..', 'is not a repository reference'],
    [
      'a file that is not YAML',
      'standards:strategy.json',
      'must name a YAML file ending in `.yml` or `.yaml`',
    ],
    ['an absolute path', 'standards:/etc/strategy.yml', 'must be relative to the repository root'],
    ['a path leaving the repository', 'standards:a/../../b.yml', 'must be relative to the repository root'],
  ])('rejects %s with a ConfigError that says what is accepted', (_case, value, says) => {
    const where = { file: FILE, line: 1, column: 11 }
    expect(() => parseExtends(value, current, where)).toThrow(ConfigError)
    try {
      parseExtends(value, current, where)
    } catch (error) {
      const [problem] = (error as ConfigError).problems
      expect(problem).toMatchObject({ ...where, code: 'CONFIG_INVALID' })
      expect(problem?.message).toContain(says)
    }
  })
})

describe('readConfigDocument', () => {
  it('returns the raw data and the _extends value, without validating', () => {
    const { data, extends: value } = readConfigDocument(fixture('repo-extends.yml'), FILE)
    expect(value).toBe('.github')
    expect(data).toEqual({
      _extends: '.github',
      pull_requests: { exempt: { labels: ['skip-strategy', 'dependencies'] } },
      adrs: { require_theme: false },
    })
  })

  it('returns null without _extends', () => {
    expect(readConfigDocument(fixture('minimal.yml'), FILE).extends).toBeNull()
  })

  it.each([
    ['a number', '_extends: 42', '2:11', '`_extends` must be text naming a repository'],
    ['an empty value', '_extends:', '2:10', '`_extends` must be text naming a repository'],
    ['a bad reference', '_extends: a/b/c', '2:11', '`_extends: a/b/c` is not a repository reference'],
  ])('throws at the _extends line for %s', (_case, line, at, says) => {
    try {
      readConfigDocument(yaml('# repo config', line), FILE)
      expect.unreachable('readConfigDocument should throw')
    } catch (error) {
      expect(where((error as ConfigError).problems)).toEqual([`${at} CONFIG_INVALID`])
      expect((error as ConfigError).problems[0]?.message).toContain(says)
    }
  })
})

describe('mergeConfig', () => {
  it('merges mappings deeply and lets local lists and values replace the base', () => {
    const base = {
      _extends: 'elsewhere',
      themes: [{ id: 'a' }],
      adrs: { paths: ['a/**'], require_theme: true },
    }
    const local = { adrs: { paths: ['b/**'] }, teams: [] }
    expect(mergeConfig(base, local)).toEqual({
      themes: [{ id: 'a' }],
      adrs: { paths: ['b/**'], require_theme: true },
      teams: [],
    })
    expect(base.adrs.paths).toEqual(['a/**'])
  })

  it('keeps a `__proto__` key as plain data', () => {
    const local = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>
    const merged = mergeConfig({}, local)
    expect(Object.keys(merged)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
  })
})

describe('parseConfig with a base', () => {
  it('takes themes from the base and merges the sections', () => {
    const config = parseConfig(fixture('repo-extends.yml'), FILE, { base: orgBase() })
    expect(config._extends).toBe('.github')
    expect(config.themes.map((t) => t.id)).toEqual(['enterprise-ready', 'global-scale'])
    expect(config.pull_requests.missing_theme_severity).toBe('warning')
    expect(config.pull_requests.exempt).toMatchObject({
      labels: ['skip-strategy', 'dependencies'],
      authors: ['release-bot'],
      bots: true,
    })
    expect(config.adrs).toMatchObject({
      paths: ['docs/adr/**/*.md'],
      require_theme: false,
      review_after_days: 365,
    })
  })

  it('lets a local theme list replace the base one', () => {
    const local = yaml('_extends: .github', 'themes:', '  - id: payments', '    name: Payments')
    expect(parseConfig(local, FILE, { base: orgBase() }).themes.map((t) => t.id)).toEqual(['payments'])
  })

  it('points problems of the local file at its own lines', () => {
    const local = yaml(
      '_extends: .github',
      'pull_requests:',
      '  require_theme: nope',
      'adrs:',
      '  requre_theme: false',
    )
    expect(where(configProblems(local, { base: orgBase() }))).toEqual([
      '3:18 CONFIG_INVALID',
      '5:3 CONFIG_UNKNOWN_KEY',
    ])
  })

  it('points problems that come from the base at the _extends line', () => {
    const base = { themes: [{ id: 'a', name: 'A', status: 'actve' }] }
    const problems = configProblems(yaml('# payments', '_extends: .github'), { base })
    expect(where(problems)).toEqual(['2:11 CONFIG_INVALID'])
    expect(problems[0]?.message).toContain('Did you mean `active`?')
    expect(problems[0]?.message).toContain('(Inherited through `_extends`: fix it in that file.)')
  })

  it('checks migrations of the local file against themes of the base', () => {
    const local = yaml(
      '_extends: .github',
      'migrations:',
      '  - id: m',
      '    title: M',
      '    label: m',
      '    theme: enterprse',
    )
    const problems = configProblems(local, { base: orgBase() })
    expect(where(problems)).toEqual(['6:12 CONFIG_INVALID'])
    expect(problems[0]?.message).toContain('Did you mean `enterprise-ready`?')
  })

  it('turns timestamps of a base read by another loader into dates', () => {
    const base = { themes: [{ id: 'a', name: 'A', horizon: new Date('2027-06-30T00:00:00Z') }] }
    expect(parseConfig('_extends: .github\n', FILE, { base }).themes[0]?.horizon).toBe('2027-06-30')
  })

  it('rejects a base that is not a mapping, as a programming error', () => {
    expect(() => parseConfig('_extends: .github\n', FILE, { base: ['themes'] })).toThrow(TypeError)
  })
})
