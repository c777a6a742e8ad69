import { describe, expect, it } from 'vitest'
import { finding } from '../../../src/core/findings.js'
import {
  clipText,
  describeCounts,
  fitRows,
  renderFindingRow,
} from '../../../src/core/report/render-finding-rows.js'
import { renderThemeList } from '../../../src/core/report/render-theme-list.js'
import { sampleConfig } from '../pull-request/sample-config.js'

describe('renderFindingRow', () => {
  it.each([
    [
      finding('PR_MISSING_THEME', 'error', 'No theme.'),
      '| ❌ error | pull request | `PR_MISSING_THEME` | No theme. |',
    ],
    [finding('CONFIG_INVALID', 'warning', 'Odd.'), '| ⚠️ warning | — | `CONFIG_INVALID` | Odd. |'],
    [
      finding('ADR_UNREADABLE', 'notice', 'a|b', { file: 'x.md' }),
      '| ℹ️ notice | `x.md` | `ADR_UNREADABLE` | a\\|b |',
    ],
    [
      finding('ADR_BAD_DATE', 'error', 'x', { file: 'a|b.md', line: 4 }),
      '| ❌ error | `a¦b.md:4` | `ADR_BAD_DATE` | x |',
    ],
  ])('renders %j', (f, row) => {
    expect(renderFindingRow(f)).toBe(row)
  })
})

describe('fitRows', () => {
  const note = (n: number) => `+${n}`
  const measure = (text: string) => text.length

  it('keeps every row that fits, without a note', () => {
    expect(fitRows({ rows: ['aa', 'bb'], budget: 100, measure, note })).toEqual({
      lines: ['aa', 'bb'],
      omitted: 0,
    })
  })

  it('keeps whole rows and the note within the budget', () => {
    const { lines, omitted } = fitRows({ rows: ['aaaa', 'bbbb', 'cccc'], budget: 14, measure, note })
    expect(lines).toEqual(['aaaa', 'bbbb', '+1'])
    expect(omitted).toBe(1)
    expect(lines.join('\n').length).toBeLessThanOrEqual(14)
  })
})

describe('describeCounts', () => {
  it.each([
    [[], 'no findings'],
    [[finding('PR_MISSING_THEME', 'error', 'x')], '1 error'],
    [
      [finding('PR_MISSING_THEME', 'warning', 'x'), finding('PR_MISSING_THEME', 'warning', 'x')],
      '2 warnings',
    ],
    [
      [finding('PR_MISSING_THEME', 'error', 'x'), finding('PR_MISSING_THEME', 'notice', 'x')],
      '1 error and 1 notice',
    ],
  ])('describes %j as %j', (findings, text) => {
    expect(describeCounts(findings)).toBe(text)
  })
})

describe('clipText', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdef', 3, 'abc…'],
    ['😀😀😀😀', 2, '😀😀…'],
    ['😀😀', 2, '😀😀'],
    ['a😀b', 2, 'a😀…'],
  ])('clips %j to %i code points', (text, max, clipped) => {
    expect(clipText(text, max)).toBe(clipped)
  })
})

describe('renderThemeList', () => {
  const { themes } = sampleConfig()

  it('names known themes, marks retired ones and keeps unknown ids', () => {
    expect(renderThemeList(['global-scale', 'legacy-monolith', 'other'], themes)).toBe(
      '`global-scale` (Global Scale &amp; Performance), `legacy-monolith` (Legacy Monolith Decomposition, retired), `other`',
    )
  })

  it('says none for no themes and cuts a long list', () => {
    expect(renderThemeList([], themes)).toBe('none')
    const ids = Array.from({ length: 25 }, (_, i) => `t${i}`)
    expect(renderThemeList(ids, themes)).toMatch(/`t19` and 5 more$/)
  })
})
