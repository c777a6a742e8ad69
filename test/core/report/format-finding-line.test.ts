import { describe, expect, it } from 'vitest'
import { finding } from '../../../src/core/findings.js'
import { formatFindingLine } from '../../../src/core/report/format-finding-line.js'

describe('formatFindingLine', () => {
  it.each([
    [
      finding('ADR_INVALID_STATUS', 'error', 'Status "Aproved" is not allowed.', {
        file: 'docs/adr/0007-cache.md',
        line: 3,
        column: 13,
      }),
      'docs/adr/0007-cache.md:3:13 error ADR_INVALID_STATUS Status "Aproved" is not allowed.',
    ],
    [
      finding('ADR_MISSING_THEME', 'warning', 'No theme.', { file: 'docs/adr/0009-sso.md', line: 1 }),
      'docs/adr/0009-sso.md:1:1 warning ADR_MISSING_THEME No theme.',
    ],
    [
      finding('ADR_UNREADABLE', 'notice', 'Binary.', { file: 'docs/adr/x.md' }),
      'docs/adr/x.md:1:1 notice ADR_UNREADABLE Binary.',
    ],
    [finding('PR_MISSING_THEME', 'error', 'No theme.'), '-:-:- error PR_MISSING_THEME No theme.'],
  ])('formats %j', (f, line) => {
    expect(formatFindingLine(f)).toBe(line)
  })

  it('keeps a message on one line without terminal control characters', () => {
    const f = finding('ADR_BAD_DATE', 'error', 'Bad\ndate \u001b[31mred\u001b[0m\r\n\u0007end\t')
    expect(formatFindingLine(f)).toBe('-:-:- error ADR_BAD_DATE Bad date  [31mred [0m end')
  })
})
