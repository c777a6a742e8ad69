import type { StrategyConfig } from '../config/config.schema.js'
import { finding, type Finding } from '../findings.js'
import { resolveTheme } from '../themes/resolve-theme.js'
import type { Adr } from '../types.js'
import { pathMatcher } from './path-globs.js'

/** A decision that says which paths it governs: an ADR of the repository or an org-wide entry. */
export interface Decision {
  /** The ADR's path in the repository, or the org entry's `adr` link as written. */
  file: string
  number: number | null
  title: string
  /** Normalised status (`accepted`, …), or null when unknown. */
  status: string | null
  /** Resolved theme id, else the theme as written, else null. */
  theme: string | null
  supersededBy: string | null
  affects: readonly string[]
  origin: 'repository' | 'organisation'
  /** Line of the status in the ADR (for findings), when known. */
  statusLine?: number
}

/** One decision's match on a set of paths, through one glob. */
export interface DecisionMatch {
  decision: Decision
  /** The including glob that matched. */
  via: string
  /** The paths it matched, sorted. */
  paths: string[]
}

/** What governs a set of changed paths. */
export interface GoverningReport {
  /** Accepted decisions, most paths first. */
  governing: DecisionMatch[]
  /** Proposed decisions: under discussion, listed apart. */
  underDiscussion: DecisionMatch[]
  /** Deprecated or superseded decisions on paths no accepted decision governs (their successor should). */
  outdated: DecisionMatch[]
  /**
   * Per path (sorted), the decisions that match it: rejected ones never; deprecated and superseded
   * ones only where no accepted decision covers the path.
   */
  perPath: { path: string; decisions: { decision: Decision; via: string }[] }[]
}

const OUTDATED = new Set(['deprecated', 'superseded'])

/** The ADRs of a repository that list `affects`, as decisions. */
export function decisionsFromAdrs(adrs: readonly Adr[], themes: StrategyConfig['themes']): Decision[] {
  return adrs.flatMap((adr) =>
    adr.affects && adr.affects.length > 0
      ? [
          {
            file: adr.path,
            number: adr.number,
            title: adr.title,
            status: adr.status,
            theme: themeId(adr.theme, themes),
            supersededBy: adr.supersededBy,
            affects: adr.affects,
            origin: 'repository' as const,
            ...(adr.lines.status === undefined ? {} : { statusLine: adr.lines.status }),
          },
        ]
      : [],
  )
}

/** The org-wide `decisions:` of the config, as decisions. */
export function decisionsFromConfig(config: Pick<StrategyConfig, 'decisions' | 'themes'>): Decision[] {
  return config.decisions.map((entry) => ({
    file: entry.adr,
    number: null,
    title: entry.title,
    status: entry.status.toLowerCase(),
    theme: themeId(entry.theme ?? null, config.themes),
    supersededBy: entry.superseded_by ?? null,
    affects: entry.affects,
    origin: 'organisation' as const,
  }))
}

function themeId(reference: string | null, themes: StrategyConfig['themes']): string | null {
  if (reference === null) return null
  const resolved = resolveTheme(reference, themes)
  return resolved.kind === 'found' ? resolved.theme.id : reference
}

/**
 * Which decisions govern `paths`: for each decision, the paths one of its including globs matches and
 * no `!` glob excludes. Accepted decisions govern; proposed ones are under discussion; deprecated and
 * superseded ones only count where nothing accepted covers the path (then the change touches an area
 * whose decision is outdated); rejected ones are never shown.
 *
 * @example governingDecisions({ decisions, paths: ['src/billing/a.ts'] }).governing[0]?.via // 'src/billing/**'
 */
export function governingDecisions(p: {
  decisions: readonly Decision[]
  paths: readonly string[]
}): GoverningReport {
  const paths = [...new Set(p.paths)].sort()
  const perPath = new Map<string, { decision: Decision; via: string }[]>()
  const matches: DecisionMatch[] = []
  for (const decision of p.decisions) {
    if (decision.status === 'rejected') continue
    const matcher = pathMatcher(decision.affects)
    const byGlob = new Map<string, string[]>()
    for (const path of paths) {
      const via = matcher.match(path)
      if (via === null) continue
      const list = byGlob.get(via)
      if (list) list.push(path)
      else byGlob.set(via, [path])
      const entries = perPath.get(path)
      if (entries) entries.push({ decision, via })
      else perPath.set(path, [{ decision, via }])
    }
    for (const [via, matched] of byGlob) matches.push({ decision, via, paths: matched })
  }
  const current = new Set<string>()
  for (const [path, entries] of perPath)
    if (entries.some((e) => e.decision.status === 'accepted')) current.add(path)
  const order = (a: DecisionMatch, b: DecisionMatch) =>
    b.paths.length - a.paths.length ||
    a.decision.file.localeCompare(b.decision.file) ||
    a.via.localeCompare(b.via)
  const outdated = matches
    .filter((m) => m.decision.status !== null && OUTDATED.has(m.decision.status))
    .map((m) => ({ ...m, paths: m.paths.filter((path) => !current.has(path)) }))
    .filter((m) => m.paths.length > 0)
  return {
    governing: matches.filter((m) => m.decision.status === 'accepted').sort(order),
    underDiscussion: matches.filter((m) => m.decision.status === 'proposed').sort(order),
    outdated: outdated.sort(order),
    // Per path: what is in force; an outdated decision only where nothing in force covers the path.
    perPath: [...perPath.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, decisions]) => ({
        path,
        decisions: current.has(path)
          ? decisions.filter((e) => e.decision.status === null || !OUTDATED.has(e.decision.status))
          : decisions,
      })),
  }
}

/** A decision matching a path, as the CLI's JSON shows it (`decisions --json`, `check --changed-from`). */
export interface DecisionSummary {
  file: string
  number: number | null
  title: string
  status: string | null
  theme: string | null
  /** The glob that matched. */
  via: string
}

export function summariseMatch({ decision, via }: { decision: Decision; via: string }): DecisionSummary {
  const { file, number, title, status, theme } = decision
  return { file, number, title, status, theme, via }
}

/** `ADR-0003 "Bill in cents"` or `"Bill in cents"`: how a finding names a decision. */
export function decisionName(decision: Pick<Decision, 'number' | 'title'>): string {
  const number = decision.number === null ? '' : `ADR-${String(decision.number).padStart(4, '0')} `
  return `${number}"${decision.title}"`
}

/**
 * DECISION_SUPERSEDED_AREA: the change touches paths that only a deprecated or superseded decision
 * governs; the warning names the successor, so the author reads the decision in force.
 */
export function outdatedAreaFindings(report: GoverningReport): Finding[] {
  const byDecision = new Map<Decision, { paths: string[]; globs: string[] }>()
  for (const match of report.outdated) {
    const entry = byDecision.get(match.decision) ?? { paths: [], globs: [] }
    entry.paths.push(...match.paths)
    entry.globs.push(match.via)
    byDecision.set(match.decision, entry)
  }
  return [...byDecision].map(([decision, { paths, globs }]) => {
    const sorted = [...new Set(paths)].sort()
    const shown = sorted.slice(0, 3).map((p) => `\`${p}\``)
    const more = sorted.length > shown.length ? ` and ${sorted.length - shown.length} more` : ''
    const successor =
      decision.supersededBy === null
        ? 'It names no successor: check whether a newer decision covers this area, and add `affects` to it.'
        : `Follow its successor, ${decision.supersededBy}, and list these paths under that ADR's \`affects\`.`
    const via = globs.map((g) => `\`${g}\``).join(', ')
    const message =
      `This change touches ${shown.join(', ')}${more}, which no accepted decision governs any more: ` +
      `only ${decisionName(decision)} (via ${via}), which is ${decision.status}. ${successor}`
    return finding('DECISION_SUPERSEDED_AREA', 'warning', message, {
      ...(decision.origin === 'repository' ? { file: decision.file, line: decision.statusLine ?? 1 } : {}),
    })
  })
}
