import type { StrategyConfig } from '../config/config.schema.js'
import { finding, type Finding } from '../findings.js'
import { listThemeIds, resolveTheme } from '../themes/resolve-theme.js'
import type { Adr } from '../types.js'
import { onLine, quoteValue, TEMPLATE_HINT } from './adr-messages.js'
import { looksLikePlaceholder } from './inline-text.js'

type ThemeRules = Pick<StrategyConfig, 'themes'> & { adrs: Pick<StrategyConfig['adrs'], 'require_theme'> }

/** The exact line to add, in the ADR's own format. */
export function themeLineExample(adr: Pick<Adr, 'format'>, id: string): string {
  switch (adr.format) {
    case 'front-matter':
      return `\`theme: ${id}\` to the front matter`
    case 'madr2':
      return `the line \`* Strategic Theme: ${id}\``
    case 'table':
      return `the row \`| Strategic Theme | ${id} |\``
    default:
      return `the line \`**Strategic Theme**: ${id}\` below the title`
  }
}

function themeList(ids: readonly string[]): string {
  return ids.length > 0 ? ids.join(', ') : '(none configured)'
}

function missing(adr: Adr, config: ThemeRules): Finding {
  const active = listThemeIds(config.themes, 'active')
  const where =
    adr.lines.theme === undefined
      ? 'names no strategic theme'
      : `has an empty strategic theme${onLine(adr.lines.theme)}`
  const message =
    `ADR \`${adr.path}\` ${where}. Add ${themeLineExample(adr, active[0] ?? '<theme-id>')}, with one of: ` +
    `${themeList(active)}. To stop requiring a theme on ADRs, set \`adrs.require_theme: false\`. ${TEMPLATE_HINT}`
  return finding('ADR_MISSING_THEME', 'warning', message, { file: adr.path, line: adr.lines.theme ?? 1 })
}

/** ADR_MISSING_THEME (warning, when required), ADR_UNKNOWN_THEME (error), ADR_RETIRED_THEME (warning). */
export function validateAdrTheme(adr: Adr, config: ThemeRules): Finding[] {
  if (adr.theme === null) return config.adrs.require_theme ? [missing(adr, config)] : []
  const where = { file: adr.path, line: adr.lines.theme ?? 1 }
  const active = themeList(listThemeIds(config.themes, 'active'))
  const resolved = resolveTheme(adr.theme, config.themes)
  if (resolved.kind === 'unknown') {
    const hint = looksLikePlaceholder(adr.theme)
      ? ' It looks like an unfilled template placeholder.'
      : resolved.suggestion === null
        ? ''
        : ` Did you mean "${resolved.suggestion.id}"?`
    const message =
      `ADR \`${adr.path}\` names strategic theme ${quoteValue(adr.theme)}${onLine(adr.lines.theme)}, which is not ` +
      `a theme id, name or alias in the strategy config.${hint} Accepted: ${active}. Edit its Strategic Theme ` +
      'line, or add the theme to `themes:` in the strategy config.'
    return [finding('ADR_UNKNOWN_THEME', 'error', message, where)]
  }
  if (resolved.theme.status === 'retired') {
    const message =
      `ADR \`${adr.path}\` names strategic theme ${quoteValue(adr.theme)}${onLine(adr.lines.theme)}, which is ` +
      `retired. Active themes: ${active}. Keep it if the decision belongs to the retired theme's history; ` +
      'otherwise move the ADR to an active theme.'
    return [finding('ADR_RETIRED_THEME', 'warning', message, where)]
  }
  return []
}
