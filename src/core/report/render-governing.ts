import type { StrategyConfig } from '../config/config.schema.js'
import type { DecisionMatch, GoverningReport } from '../decisions/governing-decisions.js'
import { codeSpan, escapeMarkdown } from '../markdown/escape-markdown.js'
import { fitRows, plural } from './render-finding-rows.js'

/** Room the section may take in the sticky comment; findings come first. */
export const GOVERNING_BUDGET = 12_000
/** Files named per row; the rest are counted. */
const FILES_SHOWN = 3

export interface GoverningContext {
  /** Where repository ADRs are linked: the pull request's head commit. */
  repo: { owner: string; repo: string }
  headSha: string
  config: Pick<StrategyConfig, 'themes'>
}

const HEADER = ['| Decision | Status | Theme | Matched by | Files |', '| --- | --- | --- | --- | --- |']

/** True when the report has something to show. */
export function hasGoverning(report: GoverningReport): boolean {
  return report.governing.length > 0 || report.underDiscussion.length > 0
}

/**
 * "Decisions governing this change": the accepted decisions whose `affects` globs match the changed
 * files (one row per decision and glob, most files first, a few files named and the rest counted, so a
 * 300-file pull request stays readable), then the proposed ones "under discussion". Fits `budget` by
 * leaving out whole rows, with a note saying how to see them all. Returns [] when nothing governs.
 */
export function renderGoverning(
  report: GoverningReport,
  context: GoverningContext,
  budget = GOVERNING_BUDGET,
): string[] {
  if (!hasGoverning(report)) return []
  const parts: string[] = ['### Decisions governing this change', '']
  const note = (omitted: number) =>
    `\n_… and ${plural(omitted, 'more decision')}: \`strategy-trace decisions <paths>\` lists them all._`
  let left = budget - parts.join('\n').length
  for (const [title, matches] of [
    ['', report.governing],
    ['**Under discussion** (proposed, not yet in force):', report.underDiscussion],
  ] as const) {
    if (matches.length === 0) continue
    const intro = title ? ['', title, ''] : []
    const rows = matches.map((match) => row(match, context))
    const { lines } = fitRows({
      rows,
      // The newline before this part, and the part's own fixed lines.
      budget: left - 1 - [...intro, ...HEADER].join('\n').length,
      measure: (t) => t.length,
      note,
    })
    parts.push(...intro, ...HEADER, ...lines)
    left = budget - parts.join('\n').length
    if (lines.length < rows.length) break
  }
  return parts
}

function row(match: DecisionMatch, context: GoverningContext): string {
  const { decision } = match
  const theme = decision.theme === null ? '—' : themeName(decision.theme, context.config)
  const shown = match.paths.slice(0, FILES_SHOWN).map(codeSpan)
  const more = match.paths.length - shown.length
  const files = `${match.paths.length}: ${shown.join(', ')}${more > 0 ? `, … ${more} more` : ''}`
  const cells = [
    decisionLink(match, context),
    escapeMarkdown(decision.status ?? 'unknown'),
    theme,
    codeSpan(match.via),
    files,
  ]
  return `| ${cells.join(' | ')} |`
}

function themeName(id: string, config: GoverningContext['config']): string {
  const theme = config.themes.find((t) => t.id === id)
  return escapeMarkdown(theme ? theme.name : id)
}

function decisionLink(match: DecisionMatch, context: GoverningContext): string {
  const { decision } = match
  const number = decision.number === null ? '' : `ADR-${String(decision.number).padStart(4, '0')}: `
  const label = escapeMarkdown(`${number}${decision.title}`)
  const url = decision.origin === 'repository' ? blobUrl(context, decision.file) : httpsUrl(decision.file)
  const origin = decision.origin === 'organisation' ? ' (org-wide)' : ''
  return url === null ? `${label} (${codeSpan(decision.file)})${origin}` : `[${label}](${url})${origin}`
}

function blobUrl(context: GoverningContext, path: string): string | null {
  if (!/^[0-9a-f]{7,40}$/.test(context.headSha)) return null
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  return `https://github.com/${encodeURIComponent(context.repo.owner)}/${encodeURIComponent(context.repo.repo)}/blob/${context.headSha}/${encoded}`
}

function httpsUrl(text: string): string | null {
  try {
    const url = new URL(text)
    if (url.protocol !== 'https:') return null
    // Characters that would end the link or split a table cell.
    return url.href.replace(/[()|`<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  } catch {
    return null
  }
}
