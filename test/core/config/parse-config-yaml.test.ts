import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../../src/core/config/config-error.js'
import { MAX_CONFIG_DEPTH } from '../../../src/core/config/compose-yaml.js'
import { MAX_ALIAS_COUNT, MAX_CONFIG_CHARS } from '../../../src/core/config/load-config-yaml.js'
import { parseConfig, readConfigDocument } from '../../../src/core/config/parse-config.js'
import { configProblems, FILE, THEMES, where, yaml } from './config-problems.js'

/** The "billion laughs" shape: each line repeats the previous anchor nine times. */
function aliasBomb(levels: number): string {
  const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  for (let i = 1; i < levels; i++) {
    const [prev, next] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)]
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`)
  }
  return yaml(...lines)
}

describe('parseConfig: YAML problems (CONFIG_YAML_SYNTAX)', () => {
  it.each([
    {
      name: 'a duplicate key, naming the first one',
      lines: ['themes:', '  - id: a', '    name: A', '    name: B'],
      at: '4:5',
      says: 'Duplicate key `name` (first written on line 3): YAML would silently keep only the last one',
    },
    {
      name: 'a duplicate top-level section',
      lines: [...THEMES, 'themes: []'],
      at: '7:1',
      says: 'Duplicate key `themes` (first written on line 1)',
    },
    {
      name: 'an unterminated quote',
      lines: ['themes:', '  - id: a', '    name: "A'],
      at: '4:1',
      says: 'YAML syntax error: Missing closing "quote',
    },
    {
      name: 'a bad indentation',
      lines: ['themes:', '  - id: a', '   name: A'],
      at: '3:1',
      says: 'YAML syntax error: Sequence item without - indicator',
    },
    {
      name: 'a reserved character',
      lines: ['themes: @all'],
      at: '1:9',
      says: 'Plain value cannot start with reserved character @',
    },
    {
      name: 'a tab used for indentation',
      lines: ['themes:', '\t- id: a'],
      at: '2:1',
      says: 'A tab is used for indentation; YAML allows only spaces',
    },
    {
      name: 'a second document',
      lines: [...THEMES, '---', 'themes: []'],
      at: '7:1',
      says: 'A second YAML document starts here (`---`)',
    },
    {
      name: 'an alias without an anchor',
      lines: ['themes: *shared'],
      at: '1:9',
      says: 'The alias `*shared` has no `&shared` anchor before it',
    },
    {
      name: 'a mapping used as a key',
      lines: ['? [themes]', ': 1'],
      at: '1:3',
      says: 'A list or mapping is used as a key',
    },
    {
      name: 'an empty key',
      lines: [': x', ...THEMES],
      at: '1:1',
      says: 'This key is empty',
    },
    {
      name: 'a YAML tag',
      lines: ['themes: !include themes.yml'],
      at: '1:9',
      says: 'Unresolved tag: !include: the strategy config uses no YAML tags',
    },
    {
      name: 'an empty file',
      lines: [''],
      at: '1:1',
      says: 'The config is empty. It needs at least a `themes:` list',
    },
    {
      name: 'a file of comments',
      lines: ['# strategy', '# (to do)'],
      at: '1:1',
      says: 'The config is empty',
    },
    { name: 'a lone document marker', lines: ['---'], at: '1:1', says: 'The config is empty' },
    {
      name: 'a list at the root',
      lines: ['# themes', '- id: a', '  name: A'],
      at: '2:1',
      says: 'The config must be a mapping of keys (`themes:`, `pull_requests:`, …), not a list',
    },
    { name: 'a single word at the root', lines: ['themes'], at: '1:1', says: 'must be a mapping of keys' },
    { name: '`null` at the root', lines: ['~'], at: '1:1', says: 'must be a mapping of keys' },
  ])('reports $name', ({ lines, at, says }) => {
    const problems = configProblems(yaml(...lines))
    expect(where(problems)).toEqual([`${at} CONFIG_YAML_SYNTAX`])
    expect(problems[0]?.message).toContain(says)
  })

  it('rejects an alias bomb at its first alias, without expanding it', () => {
    const problems = configProblems(aliasBomb(9))
    expect(where(problems)).toEqual(['2:8 CONFIG_YAML_SYNTAX'])
    expect(problems[0]?.message).toContain(`expand to more than ${MAX_ALIAS_COUNT} copies`)
    expect(problems[0]?.message).toContain('billion laughs')
  })

  it('still allows a few aliases for shared values', () => {
    const text = yaml(
      'themes:',
      '  - id: a',
      '    name: A',
      'pull_requests:',
      '  exempt:',
      '    labels: &skip [no-theme, wip]',
      '    authors: *skip',
    )
    expect(parseConfig(text, FILE).pull_requests.exempt.authors).toEqual(['no-theme', 'wip'])
  })

  it.each([
    ['flow lists', `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}`, '1:35'],
    ['an unclosed flow list', `a: ${'['.repeat(100_000)}`, '1:35'],
    ['block lists', `${'- '.repeat(50_000)}x`, '1:65'],
    [
      'indented mappings',
      ['a:', ...Array.from({ length: 40 }, (_, i) => `${' '.repeat(i + 1)}b:`)].join('\n'),
      '33:33',
    ],
  ])('rejects %s nested deeper than the limit before composing them', (_shape, text, at) => {
    const problems = configProblems(text)
    expect(where(problems)).toEqual([`${at} CONFIG_YAML_SYNTAX`])
    expect(problems[0]?.message).toContain(`nest more than ${MAX_CONFIG_DEPTH} levels deep`)
  })

  it('refuses a file over the size limit without parsing it', () => {
    const text = `themes: [${'x'.repeat(MAX_CONFIG_CHARS)}]`
    const problems = configProblems(text)
    expect(where(problems)).toEqual(['1:1 CONFIG_YAML_SYNTAX'])
    expect(problems[0]?.message).toBe(
      'The file is 1025 KiB; a strategy config may be at most 1024 KiB. Is this the right file?',
    )
  })

  it('reports YAML problems from readConfigDocument too', () => {
    expect(() => readConfigDocument(yaml('a: 1', 'a: 2'), 'base.yml')).toThrow(ConfigError)
    try {
      readConfigDocument(yaml('a: 1', 'a: 2'), 'base.yml')
    } catch (error) {
      expect((error as ConfigError).message).toBe(
        'Invalid strategy config in base.yml (1 problem):\n' +
          'base.yml:2:1 Duplicate key `a` (first written on line 1): YAML would silently keep only the last one. Remove or rename one of them.',
      )
    }
  })

  it('reads a file with a byte order mark and CRLF line endings', () => {
    const text = '\uFEFFthemes:\r\n  - id: a\r\n    name: A\r\n    horizon: 2027-06-30\r\n'
    expect(parseConfig(text, FILE).themes[0]).toMatchObject({ id: 'a', horizon: '2027-06-30' })
    expect(where(configProblems(text.replace('name: A', 'name: [A'))).at(0)).toMatch(/CONFIG_YAML_SYNTAX$/)
  })
})
