/** The ownership inputs of a snapshot, and what the board says about where teams came from. */
import { OWNERSHIP_SOURCES, type StrategyConfig } from '../config/config.schema.js'
import { repoName, teamKey, type TeamOf } from '../leaderboard/assign-teams.js'
import type { OwnershipSummary, TeamRef } from '../leaderboard/leaderboard-types.js'
import type { OrgSnapshot } from '../types.js'
import { usesOwnershipSources, type AssignOwnersParams } from './assign-owners.js'
import type { OwnershipSource, RepoOwnerFacts } from './ownership-types.js'

/** What assignOwners needs from the config and the snapshot. */
export function ownershipInput(snapshot: OrgSnapshot, config: StrategyConfig): AssignOwnersParams {
  const facts = new Map<string, RepoOwnerFacts>()
  for (const repo of snapshot.repos)
    if (repo.owners) facts.set(repoName(repo.repo).toLowerCase(), repo.owners)
  return { teams: config.teams, ownership: config.ownership, facts, properties: snapshot.properties ?? null }
}

/**
 * `{ ownership }` for the board when sources beyond `config` are configured, else `{}` (the board is
 * as before). Counts the distinct teams of `repos` per source, after every repository was assigned.
 */
export function summariseOwnership(p: {
  config: StrategyConfig
  snapshot: OrgSnapshot
  teamOf: TeamOf
  repos: readonly string[]
}): { ownership?: OwnershipSummary } {
  const { ownership } = p.config
  if (!usesOwnershipSources(ownership)) return {}
  const teams = new Map<string, TeamRef>()
  for (const repo of p.repos) {
    const team = p.teamOf(repo)
    if (team.kind === 'team') teams.set(teamKey(team), team)
  }
  const counts = Object.fromEntries(OWNERSHIP_SOURCES.map((s) => [s, 0])) as Record<OwnershipSource, number>
  for (const team of teams.values()) for (const source of team.from ?? []) counts[source]++
  const properties = p.snapshot.properties
  const note = ownership.sources.includes('property') && properties?.problem ? properties.problem : null
  return {
    ownership: { sources: [...ownership.sources], property: ownership.property, teams: counts, note },
  }
}
