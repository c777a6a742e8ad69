import { Minimatch } from 'minimatch'
import { describe, expect, it } from 'vitest'
import { assignTeams, compareTeams, repoName } from '../../../src/core/leaderboard/assign-teams.js'
import { compareText } from '../../../src/core/leaderboard/compare-text.js'
import { buildConfig } from '../../helpers/org-snapshot.js'

const { teams } = buildConfig({
  teams: [
    { name: 'Payments', leader: '@ana', repos: ['pay-*', 'billing'] },
    { name: 'Platform', repos: ['platform-{api,web}', '*-infra'] },
    { name: 'Catch-all payments', repos: ['pay-legacy'] },
    { name: 'Not legacy', repos: ['!legacy-*'] },
  ],
})

describe('assignTeams', () => {
  const teamOf = assignTeams(teams)

  it.each([
    ['acme/pay-api', 'Payments'],
    ['acme/billing', 'Payments'],
    ['acme/platform-web', 'Platform'],
    ['acme/db-infra', 'Platform'],
    ['acme/PAY-Checkout', 'Payments'], // repository names are case-insensitive
  ])('puts %s in %s', (repo, team) => {
    expect(teamOf(repo)).toMatchObject({ kind: 'team', name: team })
  })

  it('gives the first team in config order when several claim a repository', () => {
    expect(teamOf('acme/pay-legacy').name).toBe('Payments')
  })

  it('matches repository names without the owner', () => {
    expect(teamOf('pay-api').name).toBe('Payments')
    expect(
      assignTeams(buildConfig({ teams: [{ name: 'A', repos: ['acme/*'] }] }).teams)('acme/api').kind,
    ).toBe('repo')
  })

  it('supports negated globs', () => {
    expect(teamOf('acme/widgets').name).toBe('Not legacy')
    expect(teamOf('acme/legacy-widgets')).toEqual({ kind: 'repo', name: 'legacy-widgets', leader: null })
  })

  it('makes a repository no team claims its own team, without a leader', () => {
    const only = assignTeams(buildConfig({ teams: [{ name: 'Payments', repos: ['pay-*'] }] }).teams)
    expect(only('acme/search')).toEqual({ kind: 'repo', name: 'search', leader: null })
  })

  it('works without any teams', () => {
    expect(assignTeams([])('acme/api')).toEqual({ kind: 'repo', name: 'api', leader: null })
  })

  it('carries the leader as written', () => {
    expect(teamOf('acme/pay-api').leader).toBe('@ana')
    expect(teamOf('acme/platform-api').leader).toBeNull()
  })

  it('answers the same object for the same repository in any case, keeping the first spelling', () => {
    const fresh = assignTeams([])
    expect(fresh('acme/Search')).toBe(fresh('acme/search'))
    expect(fresh('acme/search').name).toBe('Search')
  })

  it('matches 1,000 teams against 1,000 repositories', () => {
    const many = buildConfig({
      teams: Array.from({ length: 1000 }, (_, index) => ({
        name: `Team ${index}`,
        repos: [`svc-${index}-*`],
      })),
    }).teams
    const lookup = assignTeams(many)
    for (let index = 0; index < 1000; index++)
      expect(lookup(`acme/svc-${index}-api`).name).toBe(`Team ${index}`)
  })
})

describe('repoName', () => {
  it('drops the owner', () => {
    expect(repoName('acme/api')).toBe('api')
    expect(repoName('api')).toBe('api')
  })
})

describe('compareTeams', () => {
  it('is 0 only for the same team', () => {
    expect(
      compareTeams({ kind: 'team', name: 'A', leader: null }, { kind: 'team', name: 'A', leader: 'x' }),
    ).toBe(0)
    const team = { kind: 'team', name: 'A', leader: null } as const
    const unclaimed = { kind: 'repo', name: 'A', leader: null } as const
    expect([compareTeams(team, unclaimed), compareTeams(unclaimed, team)]).toEqual([-1, 1])
    // Canonically equal spellings still get a fixed order.
    expect([compareText('\u0065\u0301', '\u00e9'), compareText('\u00e9', '\u0065\u0301')].sort()).toEqual([
      -1, 1,
    ])
    expect(compareText('same', 'same')).toBe(0)
  })

  it('orders names numerically, then teams before repositories', () => {
    const refs = [
      { kind: 'repo', name: 'team-10', leader: null },
      { kind: 'team', name: 'team-2', leader: null },
      { kind: 'repo', name: 'team-2', leader: null },
    ] as const
    expect([...refs].sort(compareTeams).map((ref) => `${ref.kind}:${ref.name}`)).toEqual([
      'team:team-2',
      'repo:team-2',
      'repo:team-10',
    ])
  })
})

describe('assignTeams with globs that start with a wildcard (indexed by their literal suffix)', () => {
  const teams = [
    { name: 'Web', repos: ['*-web', 'web-*'] },
    { name: 'Braces', repos: ['{api,svc}-core'] },
    { name: 'Any', repos: ['*'] },
  ]

  it.each([
    ['shop-web', 'Web'],
    ['web-shop', 'Web'],
    ['SHOP-WEB', 'Web'],
    ['svc-core', 'Braces'],
    ['api-core', 'Braces'],
    ['core', 'Any'],
    ['web', 'Any'],
  ])('gives %s to %s, first team in config order', (repo, team) => {
    expect(assignTeams(teams)(`acme/${repo}`).name).toBe(team)
  })

  it('agrees with matching every glob in order, for 2,000 teams of suffix globs', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      name: `T${i}`,
      repos: [`*-s${i}`, `?x${i % 7}`],
    }))
    const teamOf = assignTeams(many)
    const matchers = many.flatMap((t) =>
      t.repos.map((g) => ({ team: t.name, m: new Minimatch(g, { nocase: true, dot: true }) })),
    )
    for (const repo of ['a-s5', 'b-s1999', 'zx3', 'zx3-s2', 'none', 'q-s20']) {
      const expected = matchers.find(({ m }) => m.match(repo))?.team ?? repo
      expect(teamOf(`acme/${repo}`).name).toBe(expected)
    }
  })
})
