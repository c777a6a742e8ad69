import { Minimatch } from 'minimatch'
import type { TeamConfig } from '../config/config.schema.js'
import { compareText } from './compare-text.js'
import type { TeamRef } from './leaderboard-types.js'

/** Looks up the team of a repository given as `owner/name` (or just `name`). */
export type TeamOf = (repo: string) => TeamRef

/** The repository name without its owner: team globs match names only. */
export function repoName(repo: string): string {
  const slash = repo.lastIndexOf('/')
  return slash === -1 ? repo : repo.slice(slash + 1)
}

/**
 * Builds the repository → team lookup once. Each team's `repos` globs (minimatch, case-insensitive, as
 * GitHub repository names are) are matched against the repository name without its owner; the first
 * team in config order that matches wins. A repository no team claims is its own team
 * (`kind: 'repo'`, named after the repository as first seen, no leader). Answers are memoised per
 * repository (case-insensitively), so aggregating 20,000 issues matches each repository's name once;
 * callers look repositories up in a sorted order so the first-seen spelling is deterministic.
 *
 * @example assignTeams([{ name: 'Payments', leader: 'ana', repos: ['pay-*'] }])('acme/pay-api').name // 'Payments'
 */
export function assignTeams(teams: readonly TeamConfig[]): TeamOf {
  const matchers = teams.map((team) => ({
    ref: { kind: 'team', name: team.name, leader: team.leader ?? null } satisfies TeamRef,
    globs: team.repos.map((glob) => ({
      prefix: literalPrefix(glob),
      matcher: new Minimatch(glob, { nocase: true, dot: true }),
    })),
  }))
  const memo = new Map<string, TeamRef>()
  return (repo) => {
    const name = repoName(repo)
    const key = name.toLowerCase()
    let team = memo.get(key)
    if (team === undefined) {
      const claimed = matchers.find((candidate) =>
        candidate.globs.some((glob) => key.startsWith(glob.prefix) && glob.matcher.match(name)),
      )
      team = claimed?.ref ?? { kind: 'repo', name, leader: null }
      memo.set(key, team)
    }
    return team
  }
}

/**
 * The lower-cased text before the first glob character: a name can only match when it starts with it, so
 * a cheap `startsWith` skips most of the (slower) glob matches when there are hundreds of teams.
 * Negated patterns (`!x`) have no prefix.
 */
function literalPrefix(glob: string): string {
  if (glob.startsWith('!')) return ''
  const magic = glob.search(/[*?[\]{}()!+@\\]/)
  return (magic === -1 ? glob : glob.slice(0, magic)).toLowerCase()
}

/** A stable identity for grouping, so a team and a repository with the same name never merge. */
export function teamKey(team: TeamRef): string {
  return `${team.kind}:${team.name}`
}

/** Orders teams by name (numeric-aware, fixed locale), configured teams before repositories on a tie. */
export function compareTeams(a: TeamRef, b: TeamRef): number {
  return compareText(a.name, b.name) || compareText(a.kind, b.kind)
}
