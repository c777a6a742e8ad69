import { describe, expect, it } from 'vitest'
import {
  findThemeReferences,
  MAX_REFERENCES,
  type ThemeReference,
} from '../../../src/core/pull-request/find-theme-references.js'
import { sampleConfig } from './sample-config.js'

const config = sampleConfig()
const none = { title: 'Add a CDN', body: '', labels: [] as string[], headRef: 'feature/cdn' }

function refs(pr: Partial<typeof none>, cfg = config): ThemeReference[] {
  return findThemeReferences({ pr: { ...none, ...pr }, config: cfg })
}

describe('findThemeReferences: labels', () => {
  it.each([
    [['theme:global-scale'], ['global-scale']],
    [['Theme:Global-Scale'], ['Global-Scale']],
    [['THEME: developer velocity'], ['developer velocity']],
    [
      ['bug', 'theme:dx', 'theme:data-driven'],
      ['dx', 'data-driven'],
    ],
    [['theme:'], []],
    [['bug', 'themes'], []],
  ])('reads %j', (labels, expected) => {
    expect(refs({ labels })).toEqual(expected.map((text) => ({ source: 'label', text })))
  })

  it('uses the configured prefix', () => {
    const custom = sampleConfig({ label_prefix: 'Strategy/' })
    expect(refs({ labels: ['strategy/dx', 'theme:scale'] }, custom)).toEqual([
      { source: 'label', text: 'dx' },
    ])
  })
})

describe('findThemeReferences: title tags', () => {
  it.each([
    ['[global-scale] Add a CDN', ['global-scale']],
    ['Add a CDN [Global-Scale]', ['Global-Scale']],
    ['[Developer Velocity] Cache CI dependencies', ['Developer Velocity']],
    ['[dx][scale] Two themes', ['dx', 'scale']],
    ['[globle-scale] A typo is still a reference', ['globle-scale']],
    ['[theme:made-up] An explicit tag always counts', ['made-up']],
    ['[WIP] [JIRA-1234] [skip ci] [docs] Not themes', []],
    ['[ci] Short tags are not typos', []],
    ['[] [ ] [theme:] Empty tags', []],
    ['Unclosed [global-scale', []],
  ])('reads %j', (title, expected) => {
    expect(refs({ title })).toEqual(expected.map((text) => ({ source: 'title', text })))
  })
})

describe('findThemeReferences: body lines', () => {
  it.each([
    ['Theme: global-scale', [['global-scale', 1]]],
    ['theme:global-scale', [['global-scale', 1]]],
    ['Strategic Theme: enterprise-ready', [['enterprise-ready', 1]]],
    ['STRATEGIC THEME: Enterprise', [['Enterprise', 1]]],
    ['**Theme**: dx', [['dx', 1]]],
    ['**Theme:** dx', [['dx', 1]]],
    ['__Strategic Theme__: dx', [['dx', 1]]],
    ['- Theme: dx', [['dx', 1]]],
    ['* **Strategic Theme**: **dx**', [['dx', 1]]],
    ['+ Theme: `dx`', [['dx', 1]]],
    ['Theme: "Global Scale & Performance"', [['Global Scale & Performance', 1]]],
    [
      'Themes: global-scale, dx , , data-driven',
      [
        ['global-scale', 1],
        ['dx', 1],
        ['data-driven', 1],
      ],
    ],
    ['Summary\n\nTheme: dx\n', [['dx', 3]]],
    ['Summary\r\n\r\nTheme: dx\r\nMore', [['dx', 3]]],
    ['Theme: <id>', [['<id>', 1]]],
    ['Theme: @org/team <script>|`x`', [['@org/team <script>|`x', 1]]],
    ['Theme:', []],
    ['Theme: ___', []],
    ['Theme: <!-- pick one -->', []],
    ['Theme: dx <!-- or scale -->', [['dx', 1]]],
    ['   Theme: dx', [['dx', 1]]],
    ['    Theme: dx', []],
    ['> Theme: dx', []],
    ['The theme: dx is what this is about', []],
    ['Themed: dx', []],
  ])('reads %j', (body, expected) => {
    expect(refs({ body })).toEqual(expected.map(([text, line]) => ({ source: 'body', text, line })))
  })

  it.each([
    ['a template in a comment', '<!--\nTheme: <id>\nStrategic Theme: global-scale\n-->\nFixes the cache.'],
    ['a one-line template comment', '<!-- Theme: global-scale -->'],
    ['an unclosed template comment', 'Fixes the cache.\n<!-- Describe the change\nTheme: global-scale'],
    ['an example in a fence', '```md\nTheme: global-scale\n```'],
    ['an example in a tilde fence', '~~~\nTheme: global-scale\n~~~'],
    ['an unclosed fence', 'Fixes it.\n```\nTheme: global-scale\n'],
  ])('ignores %s', (_name, body) => {
    expect(refs({ body })).toEqual([])
  })

  it('counts a line after a closed template comment, with its own line number', () => {
    const body = '<!-- Name the theme:\nTheme: <id>\n-->\n## Summary\nTheme: dx'
    expect(refs({ body })).toEqual([{ source: 'body', text: 'dx', line: 5 }])
  })

  it('clips a very long value', () => {
    const [ref] = refs({ body: `Theme: ${'a'.repeat(300)}` })
    expect(ref?.text).toBe(`${'a'.repeat(100)}…`)
  })
})

describe('findThemeReferences: branches', () => {
  it.each([
    ['theme/global-scale/add-cdn', ['global-scale']],
    ['theme/dx', ['dx']],
    ['Theme/Developer-Velocity/ci-cache', ['Developer-Velocity']],
    ['refs/heads/theme/scale/x', ['scale']],
    ['theme/globle-scale/typo', ['globle-scale']],
    ['theme/dark-mode/toggle', []],
    ['feature/theme/dx', []],
    ['themes/dx/x', []],
  ])('reads %j', (headRef, expected) => {
    expect(refs({ headRef })).toEqual(expected.map((text) => ({ source: 'branch', text })))
  })
})

describe('findThemeReferences: sources', () => {
  const everywhere = {
    labels: ['theme:dx'],
    title: '[scale] x',
    body: 'Theme: data-driven',
    headRef: 'theme/enterprise/x',
  }

  it('reads every source by default, in a fixed order', () => {
    expect(refs(everywhere).map((r) => r.source)).toEqual(['label', 'title', 'body', 'branch'])
  })

  it.each([['label'], ['title'], ['body'], ['branch']] as const)(
    'reads only %s when configured',
    (source) => {
      const only = sampleConfig({ sources: [source] })
      expect(refs(everywhere, only).map((r) => r.source)).toEqual([source])
    },
  )

  it.each([
    ['body lines', { body: 'Theme: dx\n'.repeat(500) }],
    ['title tags', { title: '[dx]'.repeat(200) }],
  ])(`returns at most ${MAX_REFERENCES} references from %s`, (_name, pr) => {
    expect(refs(pr)).toHaveLength(MAX_REFERENCES)
  })
})

describe('findThemeReferences: hostile input', () => {
  const megabyte = 1024 * 1024
  it.each([
    ['unclosed comment openers', '<!--'.repeat(megabyte / 4)],
    ['one huge line of spaces', ' '.repeat(megabyte) + 'Theme: dx'],
    ['one huge line after a field', 'Theme: ' + 'dx '.repeat(megabyte / 3)],
    ['many field-like lines of quotes', ('Theme: ' + "'".repeat(390) + 'x\n').repeat(megabyte / 400)],
    ['many bold markers', '**'.repeat(megabyte / 2)],
    ['many bullets', '- - - - - - - -\n'.repeat(megabyte / 16)],
    ['many fences', '```\nTheme: dx\n'.repeat(megabyte / 14)],
  ])('stays linear on a megabyte of %s', { timeout: 10_000 }, (_name, body) => {
    const found = refs({ body, title: '['.repeat(megabyte), headRef: 'theme/' + 'a'.repeat(megabyte) })
    expect(found.length).toBeLessThanOrEqual(MAX_REFERENCES)
    expect(body.length).toBeGreaterThan(megabyte * 0.9)
  })
})
