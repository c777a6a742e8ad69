import { describe, expect, it } from 'vitest'
import { aggregatePulls, themeIdsOfPull } from '../../../src/core/leaderboard/aggregate-pulls.js'
import { assignTeams } from '../../../src/core/leaderboard/assign-teams.js'
import { toDayNumber } from '../../../src/core/leaderboard/day-number.js'
import { buildConfig, pull } from '../../helpers/org-snapshot.js'
import { smallConfig, smallOrg, TODAY } from './small-org.js'

const today = toDayNumber(TODAY) as number
const pulls = smallOrg().repos.flatMap((r) => r.mergedPulls)
const summary = aggregatePulls({ pulls, config: smallConfig, teamOf: assignTeams(smallConfig.teams), today })

describe('aggregatePulls', () => {
  it('counts merged pull requests in the window and those naming a theme', () => {
    // #9 was merged 2025-11-01, before the 90-day window.
    expect(summary).toMatchObject({ windowDays: 90, merged: 7, withTheme: 5, percentWithTheme: 71 })
  })

  it('counts per theme, most first, a pull request naming two themes for both', () => {
    expect(summary.perTheme).toEqual([
      { id: 'global-scale', name: 'Global Scale & Performance', count: 3 },
      { id: 'developer-velocity', name: 'Developer Velocity', count: 2 },
      { id: 'enterprise-ready', name: 'Enterprise-Ready Platform', count: 1 },
      { id: 'data-driven', name: 'Data-Driven Product', count: 0 },
    ])
  })

  it('gives each team its share of merged pull requests naming a theme, highest first', () => {
    expect(summary.perTeam.map((t) => [t.team.name, t.merged, t.withTheme, t.percentWithTheme])).toEqual([
      ['Platform', 2, 2, 100],
      ['docs-site', 1, 1, 100],
      ['Payments', 3, 2, 66],
      ['Search', 1, 0, 0],
    ])
  })

  it('skips a pull request without a readable merge date', () => {
    const odd = pull('acme/api', 1, { mergedAt: 'unknown' })
    expect(aggregatePulls({ pulls: [odd], config: smallConfig, teamOf: assignTeams([]), today }).merged).toBe(
      0,
    )
  })

  it('ignores the window edge day itself', () => {
    const edge = pull('acme/api', 1, { labels: ['theme:scale'], mergedAt: '2025-12-02T23:00:00Z' })
    const inside = pull('acme/api', 2, { mergedAt: '2025-12-03T00:00:00Z' })
    const result = aggregatePulls({
      pulls: [edge, inside],
      config: smallConfig,
      teamOf: assignTeams([]),
      today,
    })
    expect(result).toMatchObject({ merged: 1, withTheme: 0 })
  })
})

describe('themeIdsOfPull', () => {
  it('reads labels, title tags, body lines and branches, as the config allows', () => {
    const all = pull('acme/api', 1, {
      labels: ['theme:enterprise-ready'],
      title: '[scale] Faster',
      body: 'Theme: Developer Velocity',
      headRef: 'theme/data-driven/x',
    })
    expect([...themeIdsOfPull(all, smallConfig)].sort()).toEqual([
      'data-driven',
      'developer-velocity',
      'enterprise-ready',
      'global-scale',
    ])
    const labelsOnly = buildConfig({ pull_requests: { sources: ['label'] } })
    expect([...themeIdsOfPull(all, labelsOnly)]).toEqual(['enterprise-ready'])
  })

  it('does not count an unknown theme', () => {
    expect(themeIdsOfPull(pull('acme/api', 1, { labels: ['theme:bananas'] }), smallConfig).size).toBe(0)
  })
})
