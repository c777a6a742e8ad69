import type { StrategyConfig, ThemeConfig } from '../config/config.schema.js'
import { resolveTheme } from '../themes/resolve-theme.js'
import type { RepoSnapshot } from '../types.js'
import { compareAdrEntries, staleReason, toAdrEntry } from './adr-entry.js'
import { compareText } from './compare-text.js'
import { requireDayNumber } from './day-number.js'
import type {
  AdrCoverage,
  AdrEntry,
  RepoCoverage,
  StaleAdr,
  StatusCount,
  ThemeBoard,
} from './leaderboard-types.js'

export interface DecisionsInput {
  /** Repositories in name order. */
  repos: readonly RepoSnapshot[]
  config: Pick<StrategyConfig, 'themes' | 'adrs'>
  today: string
}

/** The per-theme decision view, without the pull request counts (added by the caller). */
export interface Decisions {
  themes: Omit<ThemeBoard, 'mergedPulls'>[]
  unthemedAdrs: AdrEntry[]
  unthemedStatusCounts: StatusCount[]
  unthemedStale: StaleAdr[]
  coverage: AdrCoverage
}

/**
 * The org-wide decision log per theme: ADR counts by status, the log itself, stale ADRs, ADRs whose theme
 * is missing or unknown, and theme coverage per repository. Theme references are resolved once per
 * distinct text, so 5,000 ADRs cost a few hundred resolutions at most.
 */
export function aggregateDecisions({ repos, config, today }: DecisionsInput): Decisions {
  const todayDay = requireDayNumber(today, 'today')
  const resolveId = memoisedThemeResolver(config.themes)
  const byTheme = new Map<string, AdrEntry[]>(config.themes.map((theme) => [theme.id, []]))
  const stale: StaleAdr[] = []
  const unthemed: AdrEntry[] = []
  const lacking: RepoCoverage[] = []
  let adrs = 0
  let reposWithAdrs = 0
  for (const repo of repos) {
    if (repo.adrs.length === 0) continue
    reposWithAdrs++
    let withoutTheme = 0
    for (const adr of repo.adrs) {
      const entry = toAdrEntry(repo, adr, adr.theme === null ? null : resolveId(adr.theme))
      const reason = staleReason(adr, todayDay, config.adrs.review_after_days)
      if (reason) stale.push({ ...entry, reason })
      if (entry.themeId === null) {
        withoutTheme++
        unthemed.push(entry)
      } else byTheme.get(entry.themeId)?.push(entry)
    }
    adrs += repo.adrs.length
    if (withoutTheme > 0) lacking.push({ repo: repo.repo, adrs: repo.adrs.length, withoutTheme })
  }
  stale.sort(compareAdrEntries)
  lacking.sort((a, b) => b.withoutTheme - a.withoutTheme || compareText(a.repo, b.repo))
  return {
    themes: config.themes.map((theme) =>
      themeBoard(theme, byTheme.get(theme.id) as AdrEntry[], stale, config.adrs.statuses),
    ),
    unthemedAdrs: unthemed.sort(compareAdrEntries),
    unthemedStatusCounts: countStatuses(unthemed, config.adrs.statuses),
    unthemedStale: stale.filter((entry) => entry.themeId === null),
    coverage: {
      adrs,
      adrsWithTheme: adrs - unthemed.length,
      reposWithAdrs,
      reposWithTheme: reposWithAdrs - lacking.length,
      reposLackingTheme: lacking,
    },
  }
}

function memoisedThemeResolver(themes: readonly ThemeConfig[]): (text: string) => string | null {
  const memo = new Map<string, string | null>()
  return (text) => {
    let id = memo.get(text)
    if (id === undefined) {
      const resolved = resolveTheme(text, themes)
      id = resolved.kind === 'found' ? resolved.theme.id : null
      memo.set(text, id)
    }
    return id
  }
}

/**
 * ADRs per configured status, in config order, then one `null` entry for those with a missing status or
 * one outside the configured set. Every configured status is listed, even at 0, so tables line up.
 */
export function countStatuses(entries: readonly AdrEntry[], statuses: readonly string[]): StatusCount[] {
  const counts = new Map<string | null, number>(statuses.map((status) => [status, 0]))
  counts.set(null, 0)
  for (const entry of entries) {
    const key = entry.status !== null && counts.has(entry.status) ? entry.status : null
    counts.set(key, (counts.get(key) as number) + 1)
  }
  return [...counts].map(([status, count]) => ({ status, count }))
}

function themeBoard(
  theme: ThemeConfig,
  entries: AdrEntry[],
  stale: readonly StaleAdr[],
  statuses: readonly string[],
): Omit<ThemeBoard, 'mergedPulls'> {
  return {
    id: theme.id,
    name: theme.name,
    retired: theme.status === 'retired',
    owner: theme.owner ?? null,
    horizon: theme.horizon ?? null,
    adrCount: entries.length,
    statusCounts: countStatuses(entries, statuses),
    decisions: entries.sort(compareAdrEntries),
    stale: stale.filter((entry) => entry.themeId === theme.id),
  }
}
