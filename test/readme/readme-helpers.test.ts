import { describe, expect, it } from 'vitest'
import { extractBlocks, headingAnchor, localLinks } from './readme-blocks.js'
import { parseShellBlock, splitWords } from './shell-commands.js'

describe('splitWords', () => {
  it.each([
    ['npm ci && npm run demo', ['npm', 'ci', '&&', 'npm', 'run', 'demo']],
    [
      "npx strategy-trace leaderboard --bot-login 'my-app[bot]'",
      ['npx', 'strategy-trace', 'leaderboard', '--bot-login', 'my-app[bot]'],
    ],
    ['npm test   # all tests', ['npm', 'test']],
    ['say "two words"x', ['say', 'two wordsx']],
    ['# only a comment', []],
  ])('reads %j', (line, words) => {
    expect(splitWords(line)).toEqual(words)
  })

  it.each(['echo $HOME', 'a | b', 'a; b', 'a > f', 'run &', 'echo "$X"', "echo 'open"])(
    'rejects %j',
    (line) => {
      expect(() => splitWords(line)).toThrow()
    },
  )
})

describe('parseShellBlock', () => {
  it('joins continuations, splits && chains and separates assignments', () => {
    const block = 'export A=1 B=2\nX=y npx strategy-trace \\\n  check .\nnpm ci && npm test\n'
    expect(parseShellBlock(block)).toEqual([
      { source: 'export A=1 B=2', line: 1, env: { A: '1', B: '2' }, words: [] },
      {
        source: 'X=y npx strategy-trace check .',
        line: 2,
        env: { X: 'y' },
        words: ['npx', 'strategy-trace', 'check', '.'],
      },
      { source: 'npm ci', line: 3, env: {}, words: ['npm', 'ci'] },
      { source: 'npm test', line: 3, env: {}, words: ['npm', 'test'] },
    ])
  })
})

describe('extractBlocks', () => {
  it('reads language, line and the directive before each fence', () => {
    const markdown = [
      'Intro',
      '<!-- snippet: file .github/strategy.yml -->',
      '```yaml',
      'themes: []',
      '```',
      '',
      '<!-- snippet: skip output of a real run -->',
      '',
      '````text',
      '```',
      '````',
      '```',
      'plain',
      '```',
    ].join('\n')
    expect(extractBlocks(markdown)).toEqual([
      {
        lang: 'yaml',
        text: 'themes: []\n',
        line: 3,
        directive: { kind: 'file', path: '.github/strategy.yml' },
      },
      { lang: 'text', text: '```\n', line: 9, directive: { kind: 'skip', reason: 'output of a real run' } },
      { lang: '', text: 'plain\n', line: 12, directive: null },
    ])
  })

  it('refuses an unclosed block', () => {
    expect(() => extractBlocks('```sh\nnpm test\n')).toThrow(/never closed/)
  })
})

describe('headingAnchor and localLinks', () => {
  it('makes GitHub anchors', () => {
    expect(headingAnchor('Security model and permissions')).toBe('security-model-and-permissions')
    expect(headingAnchor('`themes[]` (each entry)')).toBe('themes-each-entry')
  })

  it('finds links outside code, and not URLs', () => {
    const markdown =
      '[a](docs/x.md) [b](https://x.y) <img src="p.png"> `[c](no.md)` [d](#top)\n```\n[e](f.md)\n```\n'
    expect(localLinks(markdown)).toEqual(['docs/x.md', '#top', 'p.png'])
  })
})
