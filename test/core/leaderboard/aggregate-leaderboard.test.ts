import { describe, expect, it } from 'vitest'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import type { OrgSnapshot } from '../../../src/core/types.js'
import { buildConfig, closed, issue, org, repo, shuffled } from '../../helpers/org-snapshot.js'
import { smallConfig, smallOrg, TODAY } from './small-org.js'

const board = aggregateLeaderboard({ snapshot: smallOrg(), config: smallConfig, today: TODAY })
const [auth, node, flags] = board.migrations

describe('aggregateLeaderboard: migrations', () => {
  it('keeps config order and resolves each theme', () => {
    expect(board.migrations.map((m) => [m.id, m.theme])).toEqual([
      ['auth-v2', { id: 'enterprise-ready', name: 'Enterprise-Ready Platform' }],
      ['node-22', { id: 'global-scale', name: 'Global Scale & Performance' }],
      ['flags', { id: null, name: 'Velocity' }],
    ])
  })

  it('counts dropped jobs apart and leaves them out of the % done', () => {
    // 12 labelled issues: 5 done, 2 dropped (not planned, duplicate), 5 open → 10 jobs, 5 / 10.
    expect(auth).toMatchObject({ jobs: 10, done: 5, dropped: 2, remaining: 5, percentDone: 50 })
  })

  it("gives jobs one meaning: a migration's teams add up to its row", () => {
    for (const migration of [auth, node]) {
      const sum = (key: 'jobs' | 'done' | 'remaining' | 'dropped') =>
        (migration?.teams ?? []).reduce((total, team) => total + team[key], 0)
      expect(sum('jobs')).toBe(migration?.jobs)
      expect(sum('done')).toBe(migration?.done)
      expect(sum('remaining')).toBe(migration?.remaining)
      expect(sum('dropped')).toBe(migration?.dropped)
      for (const team of migration?.teams ?? []) expect(team.jobs).toBe(team.done + team.remaining)
    }
  })

  it('measures the pace over the burn-rate window and projects completion', () => {
    // 4 jobs closed after 2026-02-02 (billing#1 on 2026-01-20 is outside): 1 a week, 5 left → 35 days.
    expect(auth).toMatchObject({ burnRate: 1, projectedCompletion: '2026-04-06', status: 'on track' })
  })

  it('ranks teams by % done, then remaining, then name', () => {
    expect(auth?.teams.map((t) => [t.team.name, t.team.kind, t.percentDone, t.remaining, t.status])).toEqual([
      ['docs-site', 'repo', 100, 0, 'done'], // all dropped: nothing left to do
      ['Search', 'team', 100, 0, 'done'],
      ['Payments', 'team', 60, 2, 'on track'],
      ['Platform', 'team', 25, 3, 'on track'],
    ])
    expect(auth?.teams[2]).toMatchObject({
      jobs: 5,
      done: 3,
      dropped: 1,
      burnRate: 0.5,
      projectedCompletion: '2026-03-30',
    })
    expect(auth?.teams[2]?.team.leader).toBe('ana')
  })

  it('counts an issue in every migration whose label it carries, labels case-insensitively', () => {
    expect(node).toMatchObject({ jobs: 3, done: 2, remaining: 1, percentDone: 66 })
    expect(node?.teams.map((t) => [t.team.name, t.status])).toEqual([
      ['Platform', 'done'],
      ['Payments', 'at risk'], // 1 left at 1 per 4 weeks: 2026-03-30, inside the week before 2026-03-31
    ])
  })

  it('derives the burndown from created and closed times', () => {
    expect(node?.burndown).toEqual([
      { date: '2026-02-01', scope: 2, done: 0, remaining: 2 },
      { date: '2026-02-08', scope: 3, done: 0, remaining: 3 },
      { date: '2026-02-15', scope: 3, done: 0, remaining: 3 },
      { date: '2026-02-22', scope: 3, done: 0, remaining: 3 },
      { date: '2026-03-01', scope: 3, done: 2, remaining: 1 },
      { date: '2026-03-02', scope: 3, done: 2, remaining: 1 },
    ])
  })

  it('shows a migration without jobs as empty, not as an error', () => {
    expect(flags).toMatchObject({ jobs: 0, percentDone: 0, status: 'no progress', teams: [], burndown: [] })
    expect(flags?.deadline).toBeNull()
  })

  it('counts an issue present in two snapshots once', () => {
    const job = issue('acme/api', 1, { labels: ['migration:auth-v2'] })
    const config = buildConfig({ migrations: [{ id: 'a', title: 'A', label: 'migration:auth-v2' }] })
    const twice = org([
      repo('api', { issues: [job] }),
      repo('web', { issues: [{ ...job, repo: 'ACME/api' }] }),
    ])
    expect(aggregateLeaderboard({ snapshot: twice, config, today: TODAY }).migrations[0]?.jobs).toBe(1)
  })

  it('gives the jobs of a shared label to every migration using it, counting each issue once', () => {
    const config = buildConfig({
      migrations: [
        { id: 'a', title: 'A', label: 'shared' },
        { id: 'b', title: 'B', label: 'Shared' },
      ],
    })
    const job = issue('acme/api', 1, { labels: ['shared', 'SHARED'] })
    const board = aggregateLeaderboard({
      snapshot: org([repo('api', { issues: [job] })]),
      config,
      today: TODAY,
    })
    expect(board.migrations.map((m) => m.jobs)).toEqual([1, 1])
  })

  it('ignores issues and labels that belong to no migration', () => {
    const config = buildConfig({ migrations: [{ id: 'a', title: 'A', label: 'm' }] })
    const issues = [issue('acme/api', 1, { labels: ['bug', 'm'] }), issue('acme/api', 2, { labels: ['bug'] })]
    const board = aggregateLeaderboard({ snapshot: org([repo('api', { issues })]), config, today: TODAY })
    expect(board.migrations[0]?.jobs).toBe(1)
  })

  it('keeps the same copy of an issue two snapshots disagree about, whatever their order', () => {
    const config = buildConfig({ migrations: [{ id: 'a', title: 'A', label: 'm' }] })
    const open = issue('acme/api', 1, { labels: ['m'] })
    const done = closed(open, '2026-02-20')
    const counts = [
      [open, done],
      [done, open],
    ].map(([first, second]) => {
      const snapshot = org([repo('api', { issues: [first!] }), repo('web', { issues: [second!] })])
      const migration = aggregateLeaderboard({ snapshot, config, today: TODAY }).migrations[0]
      return [migration?.jobs, migration?.done]
    })
    expect(counts[0]?.[0]).toBe(1)
    expect(counts[1]).toEqual(counts[0])
  })

  it('treats missing or malformed dates as today', () => {
    const config = buildConfig({ migrations: [{ id: 'a', title: 'A', label: 'm' }] })
    const noCloseDate = { ...closed(issue('acme/api', 1, { labels: ['m'] }), '2026-02-20'), closedAt: null }
    const badCreated = issue('acme/api', 2, { labels: ['m'], createdAt: 'yesterday' })
    const snapshot = org([repo('api', { issues: [noCloseDate, badCreated] })])
    const migration = aggregateLeaderboard({ snapshot, config, today: TODAY }).migrations[0]
    expect(migration).toMatchObject({ done: 1, remaining: 1, burnRate: 0.25 })
    expect(migration?.burndown.at(-1)).toEqual({ date: TODAY, scope: 2, done: 1, remaining: 1 })
  })

  it('puts a transferred issue in the team of the repository it lives in now', () => {
    const config = buildConfig({
      migrations: [{ id: 'a', title: 'A', label: 'm' }],
      teams: [{ name: 'Web', repos: ['web'] }],
    })
    const snapshot = org([repo('api', { issues: [issue('acme/web', 7, { labels: ['m'] })] })])
    const teams = aggregateLeaderboard({ snapshot, config, today: TODAY }).migrations[0]?.teams
    expect(teams?.map((t) => t.team.name)).toEqual(['Web'])
  })

  it('treats a closed issue without a reason as done', () => {
    const config = buildConfig({ migrations: [{ id: 'a', title: 'A', label: 'm' }] })
    const job = closed(issue('acme/api', 1, { labels: ['m'] }), '2026-02-20', null)
    const snapshot = org([repo('api', { issues: [job] })])
    expect(aggregateLeaderboard({ snapshot, config, today: TODAY }).migrations[0]).toMatchObject({
      done: 1,
      dropped: 0,
    })
  })

  it('counts a reopened issue as remaining whatever its old closing date', () => {
    const config = buildConfig({ migrations: [{ id: 'a', title: 'A', label: 'm' }] })
    const reopened = {
      ...issue('acme/api', 1, { labels: ['m'] }),
      stateReason: 'reopened' as const,
      closedAt: '2026-02-20T00:00:00Z',
    }
    const snapshot = org([repo('api', { issues: [reopened] })])
    const migration = aggregateLeaderboard({ snapshot, config, today: TODAY }).migrations[0]
    expect(migration).toMatchObject({ remaining: 1, done: 0 })
    expect(migration?.burndown.at(-1)?.remaining).toBe(1)
  })
})

describe('aggregateLeaderboard: the rest of the board', () => {
  it('carries skipped and failed repositories through, sorted', () => {
    expect(board.skipped).toEqual([{ repo: 'acme/old-monolith', reason: 'archived' }])
    expect(board.failed).toEqual([
      { repo: 'acme/secret-repo', reason: 'GraphQL error: Resource not accessible by integration' },
    ])
    const snapshot = org([], {
      failed: [
        { repo: 'acme/b', reason: 'x' },
        { repo: 'acme/a', reason: 'y' },
        { repo: 'acme/a', reason: 'b' },
      ],
    })
    expect(
      aggregateLeaderboard({ snapshot, config: smallConfig, today: TODAY }).failed.map(
        (f) => `${f.repo} ${f.reason}`,
      ),
    ).toEqual(['acme/a b', 'acme/a y', 'acme/b x'])
  })

  it('counts pull requests exempt from the theme check apart, in no share', () => {
    // search#31 by a bot, search#32 with the exempt label `no-theme`: neither is "No theme".
    expect(board.pulls).toMatchObject({ merged: 7, exempt: 2, withTheme: 5 })
    const search = board.pulls.perTeam.find((share) => share.team.name === 'Search')
    expect(search).toMatchObject({ merged: 1, withTheme: 0 })
    const themed = board.pulls.perTheme.reduce((sum, theme) => sum + theme.count, 0)
    expect(themed).toBeGreaterThanOrEqual(board.pulls.withTheme)
  })

  it('records the settings it used', () => {
    expect(board).toMatchObject({
      org: 'acme',
      today: TODAY,
      repoCount: 6,
      burnRateWeeks: 4,
      reviewAfterDays: 365,
    })
  })

  it('rejects a malformed today (a programmer error)', () => {
    expect(() =>
      aggregateLeaderboard({ snapshot: smallOrg(), config: smallConfig, today: '03/02/2026' }),
    ).toThrow(/today/)
  })
})

describe('aggregateLeaderboard: determinism', () => {
  function shuffleSnapshot(snapshot: OrgSnapshot, seed: number): OrgSnapshot {
    return {
      ...snapshot,
      repos: shuffled(snapshot.repos, seed).map((r, index) => ({
        ...r,
        adrs: shuffled(r.adrs, seed + index),
        issues: shuffled(r.issues, seed + index + 1),
        mergedPulls: shuffled(r.mergedPulls, seed + index + 2),
      })),
      failed: shuffled(snapshot.failed, seed),
      skipped: shuffled(snapshot.skipped, seed),
    }
  }

  it('does not modify its input', () => {
    const snapshot = smallOrg()
    const before = structuredClone(snapshot)
    aggregateLeaderboard({ snapshot, config: smallConfig, today: TODAY })
    expect(snapshot).toEqual(before)
  })

  it('names an unclaimed repository the same way whatever the input order', () => {
    const config = buildConfig({ migrations: [{ id: 'a', title: 'A', label: 'm' }] })
    const upper = issue('acme/Tools', 1, { labels: ['m'] })
    const lower = issue('acme/tools', 2, { labels: ['m'] })
    const names = [
      [upper, lower],
      [lower, upper],
    ].map((issues) =>
      aggregateLeaderboard({
        snapshot: org([repo('api', { issues })]),
        config,
        today: TODAY,
      }).migrations[0]?.teams.map((t) => t.team.name),
    )
    expect(names[0]).toHaveLength(1)
    expect(names[1]).toEqual(names[0])
  })

  it('gives the same board for the same input', () => {
    expect(aggregateLeaderboard({ snapshot: smallOrg(), config: smallConfig, today: TODAY })).toEqual(board)
  })

  it.each([1, 2, 3, 4, 5])('gives the same board for input shuffled with seed %d', (seed) => {
    const snapshot = shuffleSnapshot(smallOrg(), seed)
    expect(aggregateLeaderboard({ snapshot, config: smallConfig, today: TODAY })).toEqual(board)
  })
})
