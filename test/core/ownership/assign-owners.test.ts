import { describe, expect, it } from 'vitest'
import type { OwnershipSource } from '../../../src/core/config/config.schema.js'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { renderLeaderboard } from '../../../src/core/leaderboard/render-leaderboard.js'
import { assignOwners } from '../../../src/core/ownership/assign-owners.js'
import type { PropertyValues, RepoOwnerFacts } from '../../../src/core/ownership/ownership-types.js'
import { expectGolden } from '../../helpers/expect-golden.js'
import { buildConfig, issue, closed, org, repo } from '../../helpers/org-snapshot.js'

const TEAMS = [
  { name: 'Payments', leader: 'ana', repos: ['pay-*'], github_team: 'payments-squad' },
  { name: 'Search Team', leader: 'bo', repos: ['search-*'] },
]

/** pay-api is claimed by every source, each naming a different team. */
const FACTS = new Map<string, RepoOwnerFacts>([
  ['pay-api', { codeowners: 'search-team', backstage: 'checkout' }],
  ['ledger', { codeowners: 'payments-squad', backstage: 'checkout' }],
  ['web', { codeowners: null, backstage: 'Checkout' }],
  ['docs', { codeowners: null, backstage: null }],
])
const PROPERTIES: PropertyValues = {
  property: 'team',
  values: { 'pay-api': 'Risk', web: 'risk' },
  problem: null,
}

function teamsBy(sources: OwnershipSource[]) {
  const teamOf = assignOwners({
    teams: buildConfig({ teams: TEAMS }).teams,
    ownership: { sources, property: 'team' },
    facts: FACTS,
    properties: PROPERTIES,
  })
  return Object.fromEntries(
    ['pay-api', 'ledger', 'web', 'docs'].map((name) => [name, teamOf(`acme/${name}`).name]),
  )
}

describe('assignOwners', () => {
  it('takes the first source that names a team, in the configured order', () => {
    expect(teamsBy(['config', 'property', 'codeowners', 'backstage'])).toEqual({
      'pay-api': 'Payments',
      ledger: 'Payments',
      web: 'risk', // a team named by a source is shown as first written, in repository order
      docs: 'docs',
    })
    expect(teamsBy(['property', 'codeowners', 'backstage', 'config'])).toEqual({
      'pay-api': 'Risk',
      ledger: 'Payments',
      web: 'Risk',
      docs: 'docs',
    })
    expect(teamsBy(['codeowners', 'config'])).toEqual({
      'pay-api': 'Search Team',
      ledger: 'Payments',
      web: 'web',
      docs: 'docs',
    })
    expect(teamsBy(['backstage'])).toEqual({
      'pay-api': 'checkout',
      ledger: 'checkout',
      web: 'checkout',
      docs: 'docs',
    })
  })

  it('maps a source name to the configured team by github_team, name or name slug, keeping its leader', () => {
    const teamOf = assignOwners({
      teams: buildConfig({ teams: TEAMS }).teams,
      ownership: { sources: ['codeowners'], property: 'team' },
      facts: FACTS,
      properties: null,
    })
    expect(teamOf('acme/ledger')).toMatchObject({
      kind: 'team',
      name: 'Payments',
      leader: 'ana',
      from: ['codeowners'],
    })
    expect(teamOf('acme/pay-api')).toMatchObject({ kind: 'team', name: 'Search Team', leader: 'bo' })
    expect(teamOf('acme/docs')).toEqual({ kind: 'repo', name: 'docs', leader: null })
    // `teams:` globs assign only when `config` is a source: pay-x (glob `pay-*`) is its own team here.
    expect(teamOf('acme/pay-x')).toEqual({ kind: 'repo', name: 'pay-x', leader: null })
  })

  it('records every source that gave a team repositories, on one shared team', () => {
    const teamOf = assignOwners({
      teams: buildConfig({ teams: TEAMS }).teams,
      ownership: { sources: ['config', 'codeowners'], property: 'team' },
      facts: FACTS,
      properties: null,
    })
    expect(teamOf('acme/pay-api')).toBe(teamOf('acme/ledger'))
    expect(teamOf('acme/ledger').from).toEqual(['config', 'codeowners'])
  })

  it('is exactly assignTeams without sources beyond config (no notes)', () => {
    const teamOf = assignOwners({
      teams: buildConfig({ teams: TEAMS }).teams,
      ownership: { sources: ['config'], property: 'team' },
      facts: FACTS,
      properties: PROPERTIES,
    })
    expect(teamOf('acme/pay-api')).toEqual({ kind: 'team', name: 'Payments', leader: 'ana' })
    expect(teamOf('acme/web')).toEqual({ kind: 'repo', name: 'web', leader: null })
  })
})

describe('the board with ownership sources', () => {
  const config = buildConfig({
    teams: TEAMS,
    ownership: { sources: ['config', 'property', 'codeowners', 'backstage'] },
    migrations: [{ id: 'auth', title: 'New auth SDK', label: 'migrate:auth', deadline: '2027-03-31' }],
  })
  const jobs = (name: string) => [
    issue(`acme/${name}`, 1, { labels: ['migrate:auth'], createdAt: '2026-09-01T00:00:00Z' }),
    closed(
      issue(`acme/${name}`, 2, { labels: ['migrate:auth'], createdAt: '2026-09-01T00:00:00Z' }),
      '2026-10-01',
    ),
  ]
  const snapshot = (properties: PropertyValues) =>
    org(
      [...FACTS].map(([name, owners]) => repo(name, { owners, issues: jobs(name) })),
      { properties },
    )

  it('says where each team came from, and in which order the sources count', () => {
    const board = aggregateLeaderboard({ snapshot: snapshot(PROPERTIES), config, today: '2026-11-16' })
    expect(board.ownership).toEqual({
      sources: ['config', 'property', 'codeowners', 'backstage'],
      property: 'team',
      teams: { config: 1, property: 1, codeowners: 1, backstage: 0 },
      note: null,
    })
    expectGolden('leaderboard-ownership', renderLeaderboard(board))
  })

  it('warns on the board when the custom property could not be listed, and counts the other sources', () => {
    const problem = 'GitHub answered 403.'
    const board = aggregateLeaderboard({
      snapshot: snapshot({ property: 'team', values: {}, problem }),
      config,
      today: '2026-11-16',
    })
    expect(board.ownership?.note).toBe(problem)
    expect(board.ownership?.teams).toEqual({ config: 1, property: 0, codeowners: 1, backstage: 1 })
    expect(renderLeaderboard(board)).toMatch(
      /\n> \[!WARNING\]\n> The custom property `team` could not be read: GitHub answered 403\.\n/,
    )
  })
})
