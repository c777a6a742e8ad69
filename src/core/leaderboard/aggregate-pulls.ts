import type { StrategyConfig } from '../config/config.schema.js'
import { findExemption } from '../pull-request/find-exemption.js'
import { findThemeReferences } from '../pull-request/find-theme-references.js'
import { resolveTheme } from '../themes/resolve-theme.js'
import type { MergedPullInfo } from '../types.js'
import { compareTeams, teamKey, type TeamOf } from './assign-teams.js'
import { toDayNumber } from './day-number.js'
import type { PullSummary, TeamPullShare } from './leaderboard-types.js'
import { floorPercent } from './total-jobs.js'

export interface PullsInput {
  /** Merged pull requests, each once, in a stable order. */
  pulls: readonly MergedPullInfo[]
  config: Pick<StrategyConfig, 'themes' | 'pull_requests' | 'leaderboard'>
  teamOf: TeamOf
  /** Day number of today. */
  today: number
}

/**
 * Ids of the configured themes a merged pull request names, through the same references the pull request
 * check reads (labels, title tags, `Theme:` lines, branches, as the config allows). Unknown references
 * name no theme here.
 */
export function themeIdsOfPull(
  pull: MergedPullInfo,
  config: Pick<StrategyConfig, 'themes' | 'pull_requests'>,
): Set<string> {
  const ids = new Set<string>()
  for (const reference of findThemeReferences({ pr: pull, config })) {
    const resolved = resolveTheme(reference.text, config.themes)
    if (resolved.kind === 'found') ids.add(resolved.theme.id)
  }
  return ids
}

/**
 * True when the pull request theme check would have skipped the pull request for its labels or author
 * (`pull_requests.exempt`: labels, authors, bots). Drafts cannot be merged, and exempt paths need the
 * changed files, which the board does not read.
 */
export function isExemptPull(pull: MergedPullInfo, config: Pick<StrategyConfig, 'pull_requests'>): boolean {
  const login = pull.author ?? 'ghost'
  const author = { login, type: pull.authorIsBot ? 'Bot' : 'User' }
  return (
    findExemption({ pr: { labels: pull.labels, author, draft: false }, changedFiles: [], config }) !== null
  )
}

/**
 * Where effort goes: merged pull requests of the last `leaderboard.pr_window_days` days (merged after
 * `today - window`) per theme, and per team the share that names a theme. A pull request naming two
 * themes counts for both. Pull requests exempt from the theme check are counted apart (`exempt`) and
 * left out of every share: they were never asked to name a theme.
 */
export function aggregatePulls({ pulls, config, teamOf, today }: PullsInput): PullSummary {
  const windowDays = config.leaderboard.pr_window_days
  const perTheme = new Map<string, number>(config.themes.map((theme) => [theme.id, 0]))
  const perTeam = new Map<string, TeamPullShare>()
  let merged = 0
  let exempt = 0
  let withTheme = 0
  for (const pull of pulls) {
    const mergedOn = toDayNumber(pull.mergedAt)
    if (mergedOn === null || mergedOn <= today - windowDays) continue
    if (isExemptPull(pull, config)) {
      exempt++
      continue
    }
    const ids = themeIdsOfPull(pull, config)
    for (const id of ids) perTheme.set(id, (perTheme.get(id) as number) + 1)
    const team = teamOf(pull.repo)
    const key = teamKey(team)
    const share = perTeam.get(key) ?? { team, merged: 0, withTheme: 0, percentWithTheme: 0 }
    share.merged++
    merged++
    if (ids.size > 0) {
      share.withTheme++
      withTheme++
    }
    perTeam.set(key, share)
  }
  const teams = [...perTeam.values()].map((share) => ({
    ...share,
    percentWithTheme: floorPercent(share.withTheme, share.merged),
  }))
  return {
    windowDays,
    merged,
    exempt,
    withTheme,
    percentWithTheme: floorPercent(withTheme, merged),
    perTheme: config.themes
      .map((theme) => ({ id: theme.id, name: theme.name, count: perTheme.get(theme.id) as number }))
      .sort((a, b) => b.count - a.count),
    perTeam: teams.sort(
      (a, b) =>
        b.withTheme * a.merged - a.withTheme * b.merged ||
        b.merged - a.merged ||
        compareTeams(a.team, b.team),
    ),
  }
}
