import { describe, expect, it } from 'vitest'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { renderLeaderboard } from '../../../src/core/leaderboard/render-leaderboard.js'
import {
  GLANCE_MIGRATIONS_PER_THEME,
  GLANCE_THEME_ROWS,
  renderGlance,
} from '../../../src/core/leaderboard/render-sections/render-glance.js'
import { expectGolden } from '../../helpers/expect-golden.js'
import { buildConfig, closed, issue, org, pull, repo, THEMES } from '../../helpers/org-snapshot.js'

const TODAY = '2026-03-02'

const config = buildConfig({
  themes: [
    {
      ...THEMES[0],
      id: 'enterprise-ready',
      name: 'Enterprise-Ready Platform',
      horizon: '2026-04-30',
      metrics: [
        { name: 'Enterprise customers live', current: 4, target: 10 },
        { name: 'SOC 2 <b>report</b>', current: 'Type I', target: 'Type II', by: '2026-09-30' },
      ],
    },
    ...THEMES.slice(1),
  ],
  migrations: [
    { id: 'a', title: 'Auth SDK v2', theme: 'enterprise-ready', label: 'a', deadline: '2026-12-31' },
    { id: 'b', title: 'Single sign-on', theme: 'enterprise-ready', label: 'b', deadline: '2026-12-31' },
    { id: 'c', title: 'Node 22', theme: 'scale', label: 'c' },
    { id: 'd', title: 'Old flags', label: 'd' },
  ],
})

/** `count` jobs of `label`: the first `done` closed on 2026-02-20 (inside the 4-week window), the rest open. */
function jobs(label: string, count: number, done: number, first: number) {
  return Array.from({ length: count }, (_, index) => {
    const job = issue('acme/api', first + index, { labels: [label], createdAt: '2026-01-05T09:00:00Z' })
    return index < done ? closed(job, '2026-02-20') : job
  })
}

const snapshot = org([
  repo('api', {
    issues: [...jobs('a', 4, 2, 1), ...jobs('b', 5, 1, 10), ...jobs('c', 1, 0, 20), ...jobs('d', 1, 1, 30)],
    mergedPulls: [
      pull('acme/api', 100, { labels: ['theme:enterprise-ready'] }),
      pull('acme/api', 101),
      pull('acme/api', 102),
      pull('acme/api', 103),
    ],
  }),
])
const board = aggregateLeaderboard({ snapshot, config, today: TODAY })

describe('aggregateGlance', () => {
  it('lists the themes in config order, retired ones only while a migration names them, then migrations without a theme', () => {
    expect(board.glance.map((row) => row.id)).toEqual([
      'enterprise-ready',
      'global-scale',
      'developer-velocity',
      null,
    ])
  })

  it("measures each migration against the theme's horizon and shows the worst", () => {
    const [enterprise] = board.glance
    // a: 2 left at 0.5/week → 2026-03-30, before the horizon. b: 4 left at 0.25/week → 2026-06-22, after it,
    // although both are on track against their own deadline of 2026-12-31.
    expect(enterprise?.migrations.map((m) => [m.id, m.status])).toEqual([
      ['a', 'on track'],
      ['b', 'late'],
    ])
    expect(board.migrations.slice(0, 2).map((m) => m.status)).toEqual(['on track', 'on track'])
    expect(enterprise).toMatchObject({ status: 'late', jobs: 9, done: 3, percentDone: 33 })
  })

  it('says no progress for a theme whose migrations did nothing in the window, and nothing for one without migrations', () => {
    expect(board.glance[1]).toMatchObject({ status: 'no progress', jobs: 1, done: 0 })
    expect(board.glance[2]).toMatchObject({ status: null, migrations: [], jobs: 0 })
    expect(board.glance[3]).toMatchObject({ name: 'No or unknown theme', status: 'done' })
  })

  it('gives each theme its share of the merged pull requests', () => {
    expect(board.glance.map((row) => [row.mergedPulls, row.percentOfMerged])).toEqual([
      [1, 25],
      [0, 0],
      [0, 0],
      [3, 75],
    ])
  })

  it("keeps metrics as written, due by the theme's horizon unless they say otherwise", () => {
    expect(board.glance[0]?.metrics).toEqual([
      { name: 'Enterprise customers live', current: '4', target: '10', by: '2026-04-30' },
      { name: 'SOC 2 <b>report</b>', current: 'Type I', target: 'Type II', by: '2026-09-30' },
    ])
  })
})

describe('renderGlance', () => {
  it('renders the header at the top of the board', () => {
    const markdown = renderLeaderboard(board)
    expect(markdown.indexOf('## Strategy at a glance')).toBeLessThan(markdown.indexOf('## Migrations'))
    expectGolden('glance-header', renderGlance(board))
  })

  it('stays bounded for a config of hundreds of themes and migrations', () => {
    const themes = Array.from({ length: 300 }, (_, i) => ({
      id: `t${i}`,
      name: `Theme ${i}`,
      horizon: '2027-01-01',
    }))
    const migrations = Array.from({ length: 400 }, (_, i) => ({
      id: `m${i}`,
      title: `Migration ${i} ${'x'.repeat(150)}`,
      theme: i < 100 ? 't0' : `t${i % 300}`,
      label: `m${i}`,
    }))
    const big = aggregateLeaderboard({
      snapshot: org([]),
      config: buildConfig({ themes, migrations }),
      today: TODAY,
    })
    const header = renderGlance(big)
    const rows = header.split('\n').filter((line) => line.startsWith('| Theme | Owner |'))
    expect(rows).toHaveLength(1)
    expect(header.split('\n').filter((line) => /^\| Theme \d/.test(line))).toHaveLength(GLANCE_THEME_ROWS)
    // t0 has migrations 0–99 and 300.
    expect(header).toContain(`+${101 - GLANCE_MIGRATIONS_PER_THEME} more`)
    expect(header).toContain('_…and 280 more themes, listed under "Themes and decisions"._')
    expect(header.length).toBeLessThan(20_000)
  })

  it('survives the budget cuts of a huge board', () => {
    const markdown = renderLeaderboard(board, { budget: 3_000 })
    expect(markdown.length).toBeLessThanOrEqual(3_000)
    expect(markdown).toContain('| Enterprise-Ready Platform | cto-office | 2026-04-30 |')
  })
})
