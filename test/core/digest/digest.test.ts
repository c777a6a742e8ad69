import { describe, expect, it } from 'vitest'
import { aggregateDigest } from '../../../src/core/digest/aggregate-digest.js'
import type { Digest } from '../../../src/core/digest/digest-types.js'
import { digestWeek, isoWeekLabel, weekdayOf } from '../../../src/core/digest/digest-week.js'
import { digestMarker, renderDigest } from '../../../src/core/digest/render-digest.js'
import { snapshotAsOf } from '../../../src/core/digest/snapshot-as-of.js'
import { toDayNumber } from '../../../src/core/leaderboard/day-number.js'
import { hasMarker } from '../../../src/core/report/markers.js'
import { expectGolden } from '../../helpers/expect-golden.js'
import { adr, buildConfig, closed, issue, org, pull, repo } from '../../helpers/org-snapshot.js'

const day = (date: string): number => toDayNumber(date) as number

describe('digestWeek', () => {
  it.each([
    ['2026-12-07', 1, '2026-W50'],
    ['2027-01-01', 5, '2026-W53'],
    ['2024-12-30', 1, '2025-W01'],
    ['2021-01-03', 7, '2020-W53'],
  ])('%s is weekday %i of ISO week %s', (date, weekday, week) => {
    expect(weekdayOf(day(date))).toBe(weekday)
    expect(isoWeekLabel(day(date))).toBe(week)
  })

  it('is due from the configured day on, and covers the 7 days ending on it', () => {
    expect(digestWeek('2026-12-06', 'monday')).toEqual({
      week: '2026-W49',
      end: '2026-11-30',
      start: '2026-11-23',
    })
    expect(digestWeek('2026-12-07', 'monday')).toEqual({
      week: '2026-W50',
      end: '2026-12-07',
      start: '2026-11-30',
    })
    expect(digestWeek('2026-12-10', 'monday')).toEqual(digestWeek('2026-12-07', 'monday'))
    expect(digestWeek('2026-12-07', 'tuesday')).toBeNull()
    expect(digestWeek('2026-12-07', 'tuesday', true)?.week).toBe('2026-W49')
  })
})

describe('snapshotAsOf', () => {
  it('leaves out what was created or merged later and reopens what was closed later', () => {
    const snapshot = org([
      repo('api', {
        issues: [
          closed(issue('acme/api', 1, { createdAt: '2026-02-01T00:00:00Z' }), '2026-02-25'),
          issue('acme/api', 2, { createdAt: '2026-02-26T00:00:00Z' }),
        ],
        mergedPulls: [pull('acme/api', 3, { mergedAt: '2026-02-24T10:00:00Z' })],
      }),
    ])
    const then = snapshotAsOf(snapshot, day('2026-02-23')).repos[0]
    expect(then?.issues.map((i) => [i.number, i.state, i.closedAt])).toEqual([[1, 'open', null]])
    expect(then?.mergedPulls).toEqual([])
    expect(snapshotAsOf(snapshot, day('2026-02-26')).repos[0]).toEqual(snapshot.repos[0])
  })
})

const config = buildConfig({
  migrations: [{ id: 'm', title: 'Move to <b>v2</b>', label: 'm', deadline: '2026-03-10' }],
  teams: [
    { name: 'Payments', leader: '@ana', repos: ['payments-*'] },
    { name: 'Platform', leader: 'bo', repos: ['platform-*'] },
  ],
  digest: { day: 'monday', mention_leaders: true },
})
const job = (r: string, n: number, created = '2026-01-05') =>
  issue(`acme/${r}`, n, { labels: ['m'], createdAt: `${created}T09:00:00Z` })
const snapshot = org([
  repo('payments-api', {
    issues: [
      closed(job('payments-api', 1), '2026-02-25'),
      job('payments-api', 2),
      job('payments-api', 3, '2026-02-26'),
    ],
  }),
  repo('platform-api', {
    issues: [closed(job('platform-api', 1), '2026-02-10'), closed(job('platform-api', 2), '2026-02-27')],
    adrs: [
      adr({ path: 'docs/adr/0001-new.md', title: 'Adopt <script>@all</script>', date: '2026-02-25' }),
      adr({ path: 'docs/adr/0002-aging.md', title: 'Old enough', date: '2025-02-26' }),
      adr({
        path: 'docs/adr/0003-review.md',
        title: 'Review due',
        date: '2025-12-01',
        reviewDate: '2026-02-28',
      }),
      adr({ path: 'docs/adr/0004-old.md', title: 'Stale already', date: '2024-01-01' }),
    ],
  }),
])
const week = digestWeek('2026-03-03', 'monday')
if (week === null) throw new Error('due')
const digest = aggregateDigest({ snapshot, config, week })

describe('aggregateDigest', () => {
  it('counts the jobs done and found during the week', () => {
    expect(digest.migrations).toMatchObject([{ id: 'm', doneThisWeek: 2, scopeChange: 1, remaining: 2 }])
  })

  it('lists the teams whose status changed, from a board aggregated as of a week before', () => {
    expect(digest.migrations[0]?.changes.map((c) => [c.team.name, c.from, c.to])).toEqual([
      ['Platform', 'late', 'done'],
      ['Payments', 'no progress', 'late'],
    ])
  })

  it('lists ADRs dated in the week and those that became stale in it, not those stale before', () => {
    expect(digest.newAdrs.map((a) => a.path)).toEqual(['docs/adr/0001-new.md'])
    expect(digest.newlyStale.map((a) => a.path)).toEqual([
      'docs/adr/0002-aging.md',
      'docs/adr/0003-review.md',
    ])
  })

  it('names the leaders of late teams once', () => {
    expect(digest.lateLeaders).toEqual(['@ana'])
  })

  it('gives the same digest on any day of the same week (a re-run edits nothing)', () => {
    const later = aggregateDigest({
      snapshot,
      config,
      week: digestWeek('2026-03-07', 'monday') as typeof week,
    })
    expect(later).toEqual(digest)
  })
})

describe('renderDigest', () => {
  it("starts with the week's marker and mentions the late teams' leaders once", () => {
    const body = renderDigest(digest, { mentionLeaders: true })
    expect(hasMarker(body, digestMarker('2026-W10'))).toBe(true)
    expect(body.match(/@ana\b/g)).toHaveLength(1)
    expectGolden('digest-small', body)
  })

  it('renders hostile text inertly and mentions nobody unless asked', () => {
    const hostile: Digest = {
      ...digest,
      migrations: digest.migrations.map((m) => ({
        ...m,
        changes: [
          { team: { kind: 'team', name: '<img src=x> @everyone', leader: '@evil' }, from: null, to: 'late' },
        ],
      })),
      lateLeaders: ['@evil', '@org/<b>', 'not a handle'],
    }
    const quiet = renderDigest(hostile, { mentionLeaders: false })
    expect(quiet).not.toMatch(/(^|[^\w&#;])@[A-Za-z]/m)
    expect(quiet).not.toMatch(/<(?!!--)/)
    expect(quiet).toContain('set `digest.mention_leaders: true`')
    const loud = renderDigest(hostile, { mentionLeaders: true })
    expect(loud).toContain('Leaders of late teams: @evil, @&#8203;org/&lt;b&gt;, not a handle.')
    expectGolden('digest-hostile', loud)
  })
})
