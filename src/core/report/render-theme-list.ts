import type { ThemeConfig } from '../config/config.schema.js'
import { codeSpan, escapeMarkdown } from '../markdown/escape-markdown.js'

/** Lists at most this many themes; a strategy has 3–5, a longer list is cut with a count. */
const MAX_THEMES = 20

/**
 * `` `global-scale` (Global Scale &amp; Performance), `legacy` (Legacy, retired) `` for theme ids,
 * with names from the config, escaped; `none` for an empty list.
 */
export function renderThemeList(ids: readonly string[], themes: readonly ThemeConfig[]): string {
  if (ids.length === 0) return 'none'
  const byId = new Map(themes.map((theme) => [theme.id, theme]))
  const shown = ids.slice(0, MAX_THEMES).map((id) => {
    const theme = byId.get(id)
    if (!theme) return codeSpan(id)
    const retired = theme.status === 'retired' ? ', retired' : ''
    return `${codeSpan(id)} (${escapeMarkdown(theme.name)}${retired})`
  })
  const more = ids.length > MAX_THEMES ? ` and ${ids.length - MAX_THEMES} more` : ''
  return shown.join(', ') + more
}
