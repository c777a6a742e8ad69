import { describe, expect, it } from 'vitest'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { BUDGET_STEPS, cutAtLineBoundary, fitToBudget } from '../../../src/core/leaderboard/fit-to-budget.js'
import type { RenderLimits } from '../../../src/core/leaderboard/render-limits.js'
import { renderLeaderboard } from '../../../src/core/leaderboard/render-leaderboard.js'
import { generateOrg } from '../../helpers/org-snapshot.js'
import { smallConfig, smallOrg, TODAY } from './small-org.js'

const smallBoard = aggregateLeaderboard({ snapshot: smallOrg(), config: smallConfig, today: TODAY })
const full = renderLeaderboard(smallBoard, { budget: Infinity })
const { snapshot, config } = generateOrg({
  repos: 120,
  teams: 30,
  issuesPerRepo: 6,
  adrsPerRepo: 4,
  pullsPerRepo: 2,
  today: TODAY,
})
const bigBoard = aggregateLeaderboard({ snapshot, config, today: TODAY })

function balanced(markdown: string): void {
  const lines = markdown.split('\n')
  expect(lines.filter((line) => line.startsWith('```')).length % 2).toBe(0)
  expect(lines.filter((line) => line === '<details>').length).toBe(
    lines.filter((line) => line === '</details>').length,
  )
}

describe('fitToBudget', () => {
  it('leaves a board that fits untouched, without a note', () => {
    expect(renderLeaderboard(smallBoard, { budget: full.length })).toBe(full)
    expect(full).not.toContain('[!NOTE]')
  })

  it('drops detail in the fixed order, skipping steps that would hide nothing', () => {
    const seen: string[][] = []
    // A fake renderer that only fits once the team tables are cut.
    fitToBudget({
      board: bigBoard,
      budget: 100,
      render: (limits: RenderLimits, leftOut) => {
        seen.push([...leftOut])
        return limits.teamRows <= 25 ? 'short' : 'x'.repeat(1000)
      },
    })
    expect(seen.at(-1)).toEqual([
      'the decision logs beyond the 10 newest ADRs of each theme',
      'the lists of stale ADRs (their counts are kept)',
      'ADRs and repositories without a theme beyond the first 10',
      'the per-team table of merged pull requests',
      'the middle of team tables longer than 25 rows (the top 15 and bottom 10 are shown)',
    ])
  })

  it('stops after the last step when that one is enough, without cutting the end', () => {
    const fitted = fitToBudget({
      board: bigBoard,
      budget: 100,
      render: (limits, leftOut) =>
        limits.teamRows <= 3 ? `fits without ${leftOut.length} details` : 'x'.repeat(1000),
    })
    expect(fitted).toBe('fits without 6 details')
  })

  it('names only what this board actually loses', () => {
    const fitted = renderLeaderboard(smallBoard, { budget: full.length - 10 })
    expect(fitted.length).toBeLessThanOrEqual(full.length - 10)
    expect(fitted).toContain('some detail was left out: the lists of stale ADRs (their counts are kept).')
    expect(fitted).not.toContain('decision logs beyond')
    expect(fitted).toContain('**Stale ADRs (1)**') // the count stays
    expect(fitted).not.toContain('accepted 782 days ago')
  })

  it('replaces an earlier phrase when a later step drops more of the same detail', () => {
    const leftOut: string[][] = []
    fitToBudget({
      board: bigBoard,
      budget: 1,
      render: (_limits, notes) => (leftOut.push([...notes]), 'x'.repeat(10)),
    })
    const last = leftOut.at(-1) ?? []
    expect(last.filter((phrase) => phrase.includes('decision logs'))).toEqual([
      'the decision logs (the counts per status are kept)',
    ])
    expect(last.at(-1)).toBe('the end of the board, cut off at the size limit')
  })

  it('cuts the end off as a last resort, keeping the markdown balanced', () => {
    for (const budget of [1500, 2500, 4000]) {
      const cut = renderLeaderboard(smallBoard, { budget })
      expect(cut.length).toBeLessThanOrEqual(budget)
      expect(cut).toContain('the end of the board, cut off at the size limit')
      expect(cut.endsWith("_…the rest of the board was cut off to fit GitHub's size limit._\n")).toBe(true)
      balanced(cut)
    }
  })

  it('has steps with distinct phrases', () => {
    expect(new Set(BUDGET_STEPS.map((step) => step.leftOut)).size).toBe(BUDGET_STEPS.length)
  })
})

describe('cutAtLineBoundary', () => {
  it('closes an open code fence and details block', () => {
    const body = [
      'intro',
      '<details>',
      '',
      '```mermaid',
      'xychart-beta',
      '  line [1, 2, 3]',
      'x'.repeat(500),
    ].join('\n')
    const cut = cutAtLineBoundary(body, 200)
    expect(cut.length).toBeLessThanOrEqual(200)
    expect(cut).toContain('  line [1, 2, 3]\n```\n\n</details>')
    balanced(cut)
  })
})
