import { describe, expect, it } from 'vitest'
import { diffBoardTables, formatRowChange } from '../../scripts/demo/diff-board-tables.js'

const board = (payments: string, identity: string, progress: string) => `# Strategy leaderboard

| Migration | Progress | Done |
| --- | --- | ---: |
| Auth v2 | ${progress} | 1 / 3 |

### Auth v2

| Rank | Team | Jobs | Done |
| ---: | --- | ---: | ---: |
${payments}
${identity}

### Decision log

| Date | ADR \\| note | Status |
| --- | --- | --- |
| 2026-01-01 | [a](x) \\| b | accepted |
| 2026-01-01 | [c](y) | proposed |
`

describe('diffBoardTables', () => {
  it('matches rows by section and name, so a change of rank is one changed row', () => {
    const before = board('| 1 | Payments | 2 | 1 |', '| 2 | Identity | 1 | 0 |', '50%')
    const after = board('| 2 | Payments | 3 | 1 |', '| 1 | Identity | 1 | 1 |', '50%')
    expect(diffBoardTables(before, after)).toEqual([
      {
        section: 'Auth v2',
        row: 'Payments',
        kind: 'changed',
        cells: [
          { column: 'Rank', before: '1', after: '2' },
          { column: 'Jobs', before: '2', after: '3' },
        ],
      },
      {
        section: 'Auth v2',
        row: 'Identity',
        kind: 'changed',
        cells: [
          { column: 'Rank', before: '2', after: '1' },
          { column: 'Done', before: '0', after: '1' },
        ],
      },
    ])
  })

  it('finds nothing in two equal boards, with escaped pipes and repeated names', () => {
    const same = board('| 1 | Payments | 2 | 1 |', '| 2 | Identity | 1 | 0 |', '50%')
    expect(diffBoardTables(same, same)).toEqual([])
  })

  it('reads a table right after another section heading, and reports added and removed rows', () => {
    const before = board('| 1 | Payments | 2 | 1 |', '| 2 | Identity | 1 | 0 |', '50%')
    const after = board('| 1 | Payments | 2 | 1 |', '| 2 | Growth | 1 | 0 |', '60%')
    const lines = diffBoardTables(before, after).map(formatRowChange)
    expect(lines).toEqual([
      'Strategy leaderboard › Auth v2: Progress 50% → 60%',
      'Auth v2 › Growth: row added',
      'Auth v2 › Identity: row removed',
    ])
  })
})
