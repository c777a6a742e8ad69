/**
 * A repository's team from the ownership sources in the configured order (`ownership.sources`): the
 * first source that names a team wins. `config` is the `teams:` globs (assignTeams); `property`,
 * `codeowners` and `backstage` name a team, which is the configured team of that name (its
 * `github_team`, its name, or its name as a slug, case-insensitively) or else a team of its own named
 * as the source wrote it. A repository no source claims is its own team, as before. Each team records
 * the sources that gave it repositories (`from`), so the board can say where it came from.
 */
import type { OwnershipConfig, TeamConfig } from '../config/config.schema.js'
import { assignTeams, repoName, type TeamOf } from '../leaderboard/assign-teams.js'
import type { TeamRef } from '../leaderboard/leaderboard-types.js'
import type { OwnershipSource, PropertyValues, RepoOwnerFacts } from './ownership-types.js'

export interface AssignOwnersParams {
  teams: readonly TeamConfig[]
  ownership: OwnershipConfig
  /** Owner facts by repository name, lower case (repositories not read have none). */
  facts: ReadonlyMap<string, RepoOwnerFacts>
  properties: PropertyValues | null
}

/** Only `config`: the board is exactly as without ownership sources (no `from` notes). */
export function usesOwnershipSources(ownership: OwnershipConfig): boolean {
  return ownership.sources.some((source) => source !== 'config')
}

/**
 * The repository → team lookup. Linear: one map lookup per source and repository, answers memoised.
 *
 * @example assignOwners({ teams: [], ownership: { sources: ['codeowners'], property: 'team' }, facts, properties: null })('acme/api')
 */
export function assignOwners(p: AssignOwnersParams): TeamOf {
  const byConfig = assignTeams(p.teams)
  if (!usesOwnershipSources(p.ownership)) return byConfig
  const refs = teamRefs(p.teams)
  const configured = configuredTeams(p.teams, refs)
  const named = new Map<string, TeamRef>()
  const memo = new Map<string, TeamRef>()
  // A configured team is one shared object whichever source names it, so its `from` notes add up.
  const fromConfig: TeamOf = (repo) => {
    const team = byConfig(repo)
    return team.kind === 'team' ? (refs.get(team.name) ?? team) : team
  }
  const teamNamed = (name: string, source: OwnershipSource): TeamRef => {
    const key = slugOf(name)
    const team = configured.get(key) ?? named.get(key) ?? { kind: 'team', name, leader: null, from: [] }
    if (!configured.has(key)) named.set(key, team)
    return withSource(team, source)
  }
  return (repo) => {
    const key = repoName(repo).toLowerCase()
    let team = memo.get(key)
    if (team === undefined) {
      // Claimed by no source (`teams:` globs count only when `config` is a source): its own team.
      team = firstOwner(p, repo, key, { byConfig: fromConfig, teamNamed }) ?? {
        kind: 'repo',
        name: repoName(repo),
        leader: null,
      }
      memo.set(key, team)
    }
    return team
  }
}

function firstOwner(
  p: AssignOwnersParams,
  repo: string,
  key: string,
  by: { byConfig: TeamOf; teamNamed: (name: string, source: OwnershipSource) => TeamRef },
): TeamRef | null {
  for (const source of p.ownership.sources) {
    if (source === 'config') {
      const team = by.byConfig(repo)
      if (team.kind === 'team') return withSource(team, 'config')
      continue
    }
    const name = sourceName(p, source, key)
    if (name !== null) return by.teamNamed(name, source)
  }
  return null
}

function sourceName(p: AssignOwnersParams, source: OwnershipSource, key: string): string | null {
  if (source === 'property') {
    const value = p.properties?.values[key]?.trim()
    return value ? value : null
  }
  const facts = p.facts.get(key)
  if (!facts) return null
  return source === 'codeowners' ? facts.codeowners : facts.backstage
}

/** Configured teams by every key a source may use for them (first team wins a shared key). */
function configuredTeams(teams: readonly TeamConfig[], refs: Map<string, TeamRef>): Map<string, TeamRef> {
  const byKey = new Map<string, TeamRef>()
  for (const config of teams) {
    const team = refs.get(config.name) as TeamRef
    for (const key of [config.github_team, config.name].filter((k): k is string => k !== undefined)) {
      const slug = slugOf(key)
      if (!byKey.has(slug)) byKey.set(slug, team)
    }
  }
  return byKey
}

/** One TeamRef per configured team name, as assignTeams shapes it, shared by every source. */
function teamRefs(teams: readonly TeamConfig[]): Map<string, TeamRef> {
  const refs = new Map<string, TeamRef>()
  for (const config of teams)
    if (!refs.has(config.name))
      refs.set(config.name, { kind: 'team', name: config.name, leader: config.leader ?? null })
  return refs
}

/** `Payments Team`, `payments-team` and `@acme/Payments-Team`'s slug compare equal. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Records `source` on the team (once); teams are shared objects, so the note covers all its repositories. */
function withSource(team: TeamRef, source: OwnershipSource): TeamRef {
  const from = (team.from ??= [])
  if (!from.includes(source)) from.push(source)
  return team
}
