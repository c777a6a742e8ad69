import { describe, expect, it } from 'vitest'
import { extractVisibleLines } from '../../../src/core/pull-request/extract-visible-lines.js'

describe('extractVisibleLines', () => {
  it.each([
    ['keeps plain lines', 'a\nb', ['a', 'b']],
    ['splits CRLF and CR line endings', 'a\r\nb\rc', ['a', 'b', 'c']],
    ['removes an inline comment', 'a <!-- b --> c', ['a  c']],
    ['removes several comments on one line', '<!-- x -->a<!-- y -->b', ['ab']],
    ['removes a comment over several lines', 'a <!-- b\nc\nd --> e\nf', ['a ', '', ' e', 'f']],
    ['hides everything after an unclosed comment', 'a\n<!-- b\nc', ['a', '', '']],
    ['treats <!--> as a complete empty comment', '<!-->x\ny', ['x', 'y']],
    ['treats <!---> as a complete empty comment', '<!--->x', ['x']],
    ['blanks a backtick fence', 'a\n```\nb\n```\nc', ['a', '', '', '', 'c']],
    ['blanks a tilde fence with an info string', '~~~yaml\nb\n~~~\nc', ['', '', '', 'c']],
    ['needs a closing fence at least as long', '````\n```\nb\n````\nc', ['', '', '', '', 'c']],
    ['needs the same fence character to close', '```\n~~~\nb\n```\nc', ['', '', '', '', 'c']],
    ['hides everything after an unclosed fence', 'a\n```md\nb\nc', ['a', '', '', '']],
    ['does not open a fence indented by 4 spaces', '    ```\nb', ['    ```', 'b']],
    ['does not open a backtick fence with a backtick in its info', '``` a`b\nc', ['``` a`b', 'c']],
    ['ignores a fence inside a comment', '<!--\n```\n-->\nb', ['', '', '', 'b']],
    ['ignores a comment inside a fence', '```\n<!--\n```\nb', ['', '', '', 'b']],
    ['does not close a fence indented by 4 spaces', '```\n    ```\nb\n```\nc', ['', '', '', '', 'c']],
    ['does not close a fence with text after it', '```\n``` x\nb\n```\nc', ['', '', '', '', 'c']],
  ])('%s', (_name, body, expected) => {
    expect(extractVisibleLines(body)).toEqual(expected)
  })

  it('stays linear on a megabyte of unclosed comment openers', { timeout: 10_000 }, () => {
    const lines = extractVisibleLines('x' + '<!--'.repeat(250_000))
    expect(lines).toEqual(['x'])
  })

  it('stays linear on a megabyte of complete comments', { timeout: 10_000 }, () => {
    expect(extractVisibleLines('<!-- a -->'.repeat(100_000) + 'b')).toEqual(['b'])
  })

  it('stays linear on a megabyte of fence lines', { timeout: 10_000 }, () => {
    const lines = extractVisibleLines('```\n'.repeat(250_000) + 'x')
    expect(lines.at(-1)).toBe('x')
    expect(lines).toHaveLength(250_001)
  })
})
