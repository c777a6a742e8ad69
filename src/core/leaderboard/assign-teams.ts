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

/** One team glob, numbered in config order (team by team, glob by glob); compiled on first use. */
interface TeamGlob {
  order: number
  team: TeamRef
  glob: string
  matcher: Minimatch | null
}

/**
 * Builds the repository → team lookup once. Each team's `repos` globs (minimatch, case-insensitive, as
 * GitHub repository names are) are matched against the repository name without its owner; the first
 * team in config order that matches wins. A repository no team claims is its own team
 * (`kind: 'repo'`, named after the repository as first seen, no leader). Answers are memoised per
 * repository (case-insensitively); callers look repositories up in a sorted order so the first-seen
 * spelling is deterministic.
 *
 * Globs are indexed by their literal prefix (the text before the first glob character), or when they
 * start with one (`*-payments`) by their literal suffix, so a name is only matched against globs whose
 * prefix it starts with or whose suffix it ends with, and a glob is compiled only when a name reaches
 * it: 5,000 teams × 1,000 repositories cost a few thousand glob matches, not five million.
 *
 * @example assignTeams([{ name: 'Payments', leader: 'ana', repos: ['pay-*'] }])('acme/pay-api').name // 'Payments'
 */
export function assignTeams(teams: readonly TeamConfig[]): TeamOf {
  const byPrefix = new Map<string, TeamGlob[]>()
  const bySuffix = new Map<string, TeamGlob[]>()
  let order = 0
  for (const config of teams) {
    const team: TeamRef = { kind: 'team', name: config.name, leader: config.leader ?? null }
    for (const glob of config.repos) {
      const prefix = literalPrefix(glob)
      const entry: TeamGlob = { order: order++, team, glob, matcher: null }
      const [index, key] = prefix === '' ? [bySuffix, literalSuffix(glob)] : [byPrefix, prefix]
      const list = index.get(key)
      if (list) list.push(entry)
      else index.set(key, [entry])
    }
  }
  const memo = new Map<string, TeamRef>()
  return (repo) => {
    const name = repoName(repo)
    const key = name.toLowerCase()
    let team = memo.get(key)
    if (team === undefined) {
      const candidates: TeamGlob[] = []
      for (let length = 1; length <= key.length; length++) {
        candidates.push(...(byPrefix.get(key.slice(0, length)) ?? []))
        candidates.push(...(bySuffix.get(key.slice(key.length - length)) ?? []))
      }
      candidates.push(...(bySuffix.get('') ?? []))
      candidates.sort((a, b) => a.order - b.order)
      team = candidates.find((glob) => matches(glob, name))?.team ?? { kind: 'repo', name, leader: null }
      memo.set(key, team)
    }
    return team
  }
}

function matches(glob: TeamGlob, name: string): boolean {
  glob.matcher ??= new Minimatch(glob.glob, { nocase: true, dot: true })
  return glob.matcher.match(name)
}

const MAGIC = /[*?[\]{}()!+@\\]/

/**
 * The lower-cased text after the last glob character of a glob that starts with one (`*-payments` →
 * `-payments`): a name can only match when it ends with it. Negated patterns have the empty suffix.
 */
function literalSuffix(glob: string): string {
  if (glob.startsWith('!')) return ''
  let last = -1
  for (let i = 0; i < glob.length; i++) if (MAGIC.test(glob[i] as string)) last = i
  return glob.slice(last + 1).toLowerCase()
}

/**
 * The lower-cased text before the first glob character: a name can only match a glob when it starts with
 * it. Negated patterns (`!x`) and patterns starting with a glob character have the empty prefix.
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
  return compareText(a.name, b.name) || (a.kind === b.kind ? 0 : a.kind === 'team' ? -1 : 1)
}
