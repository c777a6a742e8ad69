import { describe, expect, it } from 'vitest'
import { blobUrl, staleReason } from '../../../src/core/leaderboard/adr-entry.js'
import { aggregateDecisions } from '../../../src/core/leaderboard/aggregate-decisions.js'
import { toDayNumber } from '../../../src/core/leaderboard/day-number.js'
import { adr, buildConfig, repo } from '../../helpers/org-snapshot.js'
import { smallConfig, smallOrg, TODAY } from './small-org.js'

const repos = [...smallOrg().repos].sort((a, b) => a.repo.localeCompare(b.repo))
const decisions = aggregateDecisions({ repos, config: smallConfig, today: TODAY })
const theme = (id: string) => decisions.themes.find((t) => t.id === id)

describe('aggregateDecisions', () => {
  it('lists every configured theme in config order, with or without ADRs', () => {
    expect(decisions.themes.map((t) => [t.id, t.adrCount, t.retired])).toEqual([
      ['enterprise-ready', 2, false],
      ['global-scale', 2, false],
      ['developer-velocity', 1, false],
      ['data-driven', 0, true],
    ])
  })

  it('resolves ADR themes by id, name or alias', () => {
    expect(theme('enterprise-ready')?.decisions.map((d) => d.themeText)).toEqual([
      'Enterprise-Ready Platform',
      'enterprise-ready',
    ])
    expect(theme('global-scale')?.decisions.map((d) => d.themeText)).toEqual(['scale', 'global-scale'])
  })

  it('counts ADRs per configured status', () => {
    expect(theme('global-scale')?.statusCounts).toEqual([
      { status: 'proposed', count: 0 },
      { status: 'accepted', count: 1 },
      { status: 'rejected', count: 0 },
      { status: 'deprecated', count: 0 },
      { status: 'superseded', count: 1 },
      { status: null, count: 0 },
    ])
  })

  it('orders the decision log newest first and links each ADR to its file on the default branch', () => {
    expect(theme('enterprise-ready')?.decisions).toMatchObject([
      {
        repo: 'acme/payments-api',
        date: '2025-11-01',
        url: 'https://github.com/acme/payments-api/blob/main/docs/adr/0002-sso.md',
      },
      { repo: 'acme/payments-api', date: '2024-01-10', title: 'ADR-0001: Use Stripe for card payments' },
    ])
  })

  it('finds stale ADRs: review date passed, or accepted over a year ago without a review date', () => {
    expect(theme('enterprise-ready')?.stale.map((s) => [s.path, s.reason])).toEqual([
      ['docs/adr/0001-stripe.md', { kind: 'review-missing', ageDays: 782 }],
    ])
    expect(theme('global-scale')?.stale.map((s) => [s.path, s.reason])).toEqual([
      ['docs/adr/0001-kubernetes.md', { kind: 'review-passed', reviewDate: '2026-01-01' }],
    ])
  })

  it('lists ADRs with a missing or unknown theme, and the repositories they are in', () => {
    expect(decisions.unthemedAdrs.map((a) => [a.repo, a.themeText, a.status, a.rawStatus])).toEqual([
      ['acme/docs-site', null, 'accepted', 'Accepted'],
      ['acme/search', 'scalability', null, 'Aproved'],
    ])
    expect(decisions.coverage).toEqual({
      adrs: 7,
      adrsWithTheme: 5,
      reposWithAdrs: 4,
      reposWithTheme: 2,
      reposLackingTheme: [
        { repo: 'acme/docs-site', adrs: 1, withoutTheme: 1 },
        { repo: 'acme/search', adrs: 1, withoutTheme: 1 },
      ],
    })
  })

  it('counts ADRs without a known theme per status too', () => {
    expect(decisions.unthemedStatusCounts.filter((entry) => entry.count > 0)).toEqual([
      { status: 'accepted', count: 1 },
      { status: null, count: 1 },
    ])
  })

  it('orders undated ADRs last, then by repository and path', () => {
    const undated = [
      repo('b', { adrs: [adr({ path: '2.md', theme: 'scale' }), adr({ path: '10.md', theme: 'scale' })] }),
      repo('a', {
        adrs: [
          adr({ path: '9.md', theme: 'scale' }),
          adr({ path: '1.md', theme: 'scale', date: '2020-01-01' }),
        ],
      }),
    ]
    const log = aggregateDecisions({ repos: undated, config: smallConfig, today: TODAY }).themes[1]?.decisions
    expect(log?.map((entry) => `${entry.repo}/${entry.path}`)).toEqual([
      'acme/a/1.md',
      'acme/a/9.md',
      'acme/b/2.md',
      'acme/b/10.md',
    ])
  })

  it('percent-encodes paths in links', () => {
    expect(decisions.unthemedAdrs[0]?.url).toBe(
      'https://github.com/acme/docs-site/blob/main/docs/decisions/0001-static%20site%20%28draft%29.md',
    )
  })

  it('counts an ADR with a status outside the configured set under "other"', () => {
    const config = buildConfig({ adrs: { statuses: ['accepted'] } })
    const odd = [repo('api', { adrs: [adr({ path: 'a.md', theme: 'scale', status: 'proposed' })] })]
    const counts = aggregateDecisions({ repos: odd, config, today: TODAY }).themes[1]?.statusCounts
    expect(counts).toEqual([
      { status: 'accepted', count: 0 },
      { status: null, count: 1 },
    ])
  })
})

describe('staleReason', () => {
  const today = toDayNumber(TODAY) as number
  type Fields = { status: string | null; date: string | null; reviewDate: string | null }
  const accepted: Fields = { status: 'accepted', date: '2025-03-02', reviewDate: null }

  it.each<[string, Partial<Fields>, number | null, unknown]>([
    ['accepted exactly 365 days ago', {}, 365, null],
    ['accepted 366 days ago', { date: '2025-03-01' }, 365, { kind: 'review-missing', ageDays: 366 }],
    ['old, but review_after_days is null', { date: '2020-01-01' }, null, null],
    ['old, but not accepted', { date: '2020-01-01', status: 'proposed' }, 365, null],
    ['old, without a date', { date: null }, 365, null],
    [
      'review date yesterday',
      { reviewDate: '2026-03-01' },
      365,
      { kind: 'review-passed', reviewDate: '2026-03-01' },
    ],
    ['review date today', { reviewDate: TODAY, date: '2020-01-01' }, 365, null],
    ['review date ahead, accepted long ago', { reviewDate: '2027-01-01', date: '2020-01-01' }, 365, null],
    [
      'proposed with a passed review date',
      { status: 'proposed', reviewDate: '2026-01-01' },
      365,
      { kind: 'review-passed', reviewDate: '2026-01-01' },
    ],
    ['superseded with a passed review date', { status: 'superseded', reviewDate: '2026-01-01' }, 365, null],
    ['rejected long ago', { status: 'rejected', date: '2020-01-01' }, 365, null],
  ])('%s', (_case, fields, reviewAfterDays, expected) => {
    expect(staleReason({ ...accepted, ...fields }, today, reviewAfterDays)).toEqual(expected)
  })
})

describe('blobUrl', () => {
  it('encodes branch and path segments, keeping slashes', () => {
    expect(
      blobUrl({ url: 'https://github.com/acme/api/', defaultBranch: 'release/2026 #1' }, 'docs/adr/a?b.md'),
    ).toBe('https://github.com/acme/api/blob/release/2026%20%231/docs/adr/a%3Fb.md')
  })

  it.each([
    'javascript:alert(1)',
    'http://github.com/acme/api',
    'https://github.com/acme/a)b',
    'https://x/a b',
  ])('refuses the repository URL %j', (url) => {
    expect(blobUrl({ url, defaultBranch: 'main' }, 'a.md')).toBeNull()
  })
})
