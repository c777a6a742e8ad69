import { describe, expect, it } from 'vitest'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { LEADERBOARD_BUDGET } from '../../../src/core/leaderboard/fit-to-budget.js'
import { renderLeaderboard } from '../../../src/core/leaderboard/render-leaderboard.js'
import { MARKERS } from '../../../src/core/report/markers.js'
import { buildConfig, generateOrg, org, repo, shuffled } from '../../helpers/org-snapshot.js'
import { expectGolden } from '../../helpers/expect-golden.js'
import { hostileConfig, hostileOrg } from './hostile-org.js'
import { smallConfig, smallOrg, TODAY } from './small-org.js'

const small = renderLeaderboard(
  aggregateLeaderboard({ snapshot: smallOrg(), config: smallConfig, today: TODAY }),
)

/** The markdown without code spans and fenced blocks, where nothing is interpreted. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/(`+)[\s\S]*?\1/g, '')
}

/** Pipes that split a table cell: not escaped by an odd number of backslashes. */
function cellSeparators(line: string): number {
  return [...line.matchAll(/(\\*)\|/g)].filter((m) => (m[1] ?? '').length % 2 === 0).length
}

/** Every row of every table has as many cells as its header. */
function expectWellFormedTables(markdown: string): void {
  let columns = 0
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('| ')) {
      columns = 0
      continue
    }
    if (columns === 0) columns = cellSeparators(line)
    expect(cellSeparators(line), line).toBe(columns)
  }
}

describe('renderLeaderboard', () => {
  it('renders a small organisation', () => {
    expectGolden('leaderboard-small', small)
  })

  it('starts with the hidden marker on its own line', () => {
    expect(small.split('\n')[0]).toBe(MARKERS.leaderboard)
  })

  it('renders well-formed tables', () => {
    expectWellFormedTables(small)
  })

  it('explains how to configure an organisation with nothing to show', () => {
    const empty = renderLeaderboard(
      aggregateLeaderboard({
        snapshot: org([repo('api'), repo('web')]),
        config: buildConfig(),
        today: TODAY,
      }),
    )
    expectGolden('leaderboard-empty', empty)
    expect(empty).toContain('No migrations are configured yet')
    expect(empty).toContain('No ADRs were found')
  })

  it('is byte-identical for the same data, in any input order', () => {
    const again = renderLeaderboard(
      aggregateLeaderboard({ snapshot: smallOrg(), config: smallConfig, today: TODAY }),
    )
    expect(again).toBe(small)
    const snapshot = smallOrg()
    const reordered = {
      ...snapshot,
      repos: shuffled(snapshot.repos, 7).map((r, i) => ({
        ...r,
        issues: shuffled(r.issues, i),
        adrs: shuffled(r.adrs, i),
      })),
    }
    expect(
      renderLeaderboard(aggregateLeaderboard({ snapshot: reordered, config: smallConfig, today: TODAY })),
    ).toBe(small)
  })
})

describe('renderLeaderboard: hostile text', () => {
  const hostile = renderLeaderboard(
    aggregateLeaderboard({ snapshot: hostileOrg(), config: hostileConfig, today: TODAY }),
  )

  it('renders hostile titles, team names, leaders and repository names inertly', () => {
    expectGolden('leaderboard-hostile', hostile)
  })

  it('lets no HTML through but its own tags', () => {
    const tags = prose(hostile).match(/<[^\s]+/g) ?? []
    expect(new Set(tags)).toEqual(
      new Set([
        '<!--',
        '<details>',
        '<summary>Burn-up',
        '<summary>Decision',
        '<summary>How',
        '</summary>',
        '</details>',
        '<sub>Computed',
        '</sub>',
      ]),
    )
  })

  it('notifies nobody', () => {
    expect(prose(hostile)).not.toMatch(/@[A-Za-z0-9_-]/)
  })

  it('closes no comment early and links only to https', () => {
    expect(prose(hostile).split('-->').length).toBe(2) // the marker's own
    for (const target of hostile.matchAll(/\]\(([^)]*)\)/g)) expect(target[1]).toMatch(/^https:\/\//)
    expect(hostile).not.toMatch(/^#+ Injected/m)
  })

  it('keeps tables intact', () => {
    expectWellFormedTables(hostile)
  })
})

describe('renderLeaderboard: size budget', () => {
  const { snapshot, config } = generateOrg({
    repos: 600,
    teams: 150,
    issuesPerRepo: 8,
    adrsPerRepo: 4,
    pullsPerRepo: 3,
    today: TODAY,
  })
  const huge = renderLeaderboard(aggregateLeaderboard({ snapshot, config, today: TODAY }))

  it('cuts a huge organisation to fit, saying what was left out', () => {
    expectGolden('leaderboard-huge', huge)
    expect(huge.length).toBeLessThanOrEqual(LEADERBOARD_BUDGET)
    expect(huge).toContain('> [!NOTE]')
    expect(huge).toContain('the decision logs beyond the 10 newest ADRs of each theme')
    expect(huge).toContain('the middle of team tables longer than 25 rows')
    expectWellFormedTables(huge)
  })

  it('fits 1,000 teams', () => {
    const big = generateOrg({
      repos: 1000,
      teams: 1000,
      issuesPerRepo: 6,
      adrsPerRepo: 0,
      pullsPerRepo: 0,
      today: TODAY,
    })
    const board = aggregateLeaderboard({ ...big, today: TODAY })
    expect(board.migrations[0]?.teams.length).toBeGreaterThan(950)
    const markdown = renderLeaderboard(board)
    expect(markdown.length).toBeLessThanOrEqual(LEADERBOARD_BUDGET)
    expect(markdown).toMatch(/_…and \d+ more teams, left out to fit GitHub's size limit_/)
  })
})
