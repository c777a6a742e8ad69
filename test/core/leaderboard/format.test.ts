import { describe, expect, it } from 'vitest'
import type { TeamProgress } from '../../../src/core/leaderboard/leaderboard-types.js'
import {
  adrLink,
  clipText,
  dateCell,
  formatRate,
  leaderCell,
  MAX_TEXT,
  progressBar,
  teamCell,
} from '../../../src/core/leaderboard/render-sections/format.js'
import {
  renderTeamTable,
  teamRanks,
} from '../../../src/core/leaderboard/render-sections/render-team-table.js'

describe('progressBar', () => {
  it.each([
    [0, '░░░░░░░░░░ 0%'],
    [9, '░░░░░░░░░░ 9%'],
    [52, '█████░░░░░ 52%'],
    [99, '█████████░ 99%'],
    [100, '██████████ 100%'],
    [140, '██████████ 100%'],
    [-3, '░░░░░░░░░░ 0%'],
  ])('%d → %s', (percent, bar) => {
    expect(progressBar(percent)).toBe(bar)
  })
})

describe('formatRate', () => {
  it.each([
    [0, '0'],
    [0.25, '0.25'],
    [1 / 3, '0.33'],
    [1, '1'],
    [1.5, '1.5'],
    [100.75, '100.75'],
  ])('%d → %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text)
  })
})

describe('cells', () => {
  it('clips long text by code points, never splitting an emoji', () => {
    const long = '🚀'.repeat(MAX_TEXT + 5)
    expect(Array.from(clipText(long))).toHaveLength(MAX_TEXT + 1)
    expect(clipText(long).endsWith('🚀…')).toBe(true)
    expect(clipText('short')).toBe('short')
    const wide = '🚀'.repeat(MAX_TEXT) // twice MAX_TEXT code units, MAX_TEXT code points
    expect(clipText(wide)).toBe(wide)
  })

  it('shows parsed dates as is only when they are dates', () => {
    expect(dateCell('2026-03-02')).toBe('2026-03-02')
    expect(dateCell('<b>soon</b>')).toBe('&lt;b&gt;soon&lt;/b&gt;')
    expect(dateCell(null)).toBe('—')
  })

  it('shows leaders without notifying them', () => {
    expect(leaderCell('@ana')).toBe('@&#8203;ana')
    expect(leaderCell(null)).toBe('—')
  })

  it('shows an unclaimed repository as a code span', () => {
    expect(teamCell({ kind: 'repo', name: 'api', leader: null })).toBe('`api` (repository)')
    expect(teamCell({ kind: 'team', name: 'A|B', leader: null })).toBe('A\\|B')
  })

  it('links an ADR only when it has a URL, falling back to its path for an empty title', () => {
    expect(adrLink({ title: 'Use [x]', path: 'a.md', url: 'https://github.com/a/b/blob/main/a.md' })).toBe(
      '[Use \\[x\\]](https://github.com/a/b/blob/main/a.md)',
    )
    expect(adrLink({ title: ' ', path: 'docs/a.md', url: null })).toBe('docs/a.md')
  })
})

function team(name: string, percentDone: number, remaining: number): TeamProgress {
  return {
    team: { kind: 'team', name, leader: null },
    jobs: 10,
    done: 10 - remaining,
    dropped: 0,
    remaining,
    percentDone,
    burnRate: 0,
    projectedCompletion: null,
    status: remaining === 0 ? 'done' : 'no progress',
  }
}

describe('renderTeamTable', () => {
  const teams = Array.from({ length: 12 }, (_, index) => team(`T${index}`, 100 - index * 5, index))

  it('shares a rank between teams with the same % done and remaining jobs', () => {
    expect(
      teamRanks([team('a', 100, 0), team('b', 100, 0), team('c', 50, 5), team('d', 50, 5), team('e', 10, 9)]),
    ).toEqual([1, 1, 3, 3, 5])
  })

  it('keeps the top and the bottom of a long table, saying how many teams are left out', () => {
    const lines = renderTeamTable(teams, 5, 4).split('\n')
    expect(lines.slice(2).map((line) => line.split(' | ')[1])).toEqual([
      'T0',
      'T1',
      'T2',
      "_…and 7 more teams, left out to fit GitHub's size limit_",
      'T10',
      'T11',
    ])
    expect(lines[6]?.startsWith('| 11 | T10 |')).toBe(true) // ranks count every team
  })

  it('shows every team when they fit', () => {
    expect(renderTeamTable(teams, 12, 4).split('\n')).toHaveLength(14)
    expect(renderTeamTable([], 12, 4)).toBe('')
  })
})
