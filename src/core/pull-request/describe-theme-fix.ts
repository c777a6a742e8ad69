import type { PrSource, StrategyConfig } from '../config/config.schema.js'
import { listThemeIds } from '../themes/resolve-theme.js'

/** How a pull request author adds a theme reference, for messages and the PR comment's footer. */
export interface ThemeFix {
  /** The exact text to add, e.g. `Theme: global-scale`. */
  example: string
  /** A sentence fragment saying where it goes, e.g. `add the line "Theme: global-scale" to the description`. */
  instruction: string
  /** The theme id used in `example` (the first valid theme). */
  exampleId: string
  /** Ids of the active themes (all themes when none is active). */
  validThemes: string[]
  /** Every way the config accepts, e.g. `a "Theme: <id>" line in the description or a "theme:<id>" label`. */
  accepted: string
  /** The first exempt label, to say how to skip the check; null when none is configured. */
  skipLabel: string | null
}

/**
 * Picks the simplest way to name a theme among the sources the config allows (a body line first,
 * as it needs no permissions), with the first active theme as the example.
 *
 * @example describeThemeFix(config).example // 'Theme: global-scale'
 */
export function describeThemeFix(config: Pick<StrategyConfig, 'pull_requests' | 'themes'>): ThemeFix {
  const active = listThemeIds(config.themes, 'active')
  const validThemes = active.length > 0 ? active : listThemeIds(config.themes)
  const id = validThemes[0] ?? '<theme-id>'
  const sources = config.pull_requests.sources
  const skipLabel = config.pull_requests.exempt.labels[0] ?? null
  const accepted = describeSources(config.pull_requests)
  const base = { exampleId: id, validThemes, skipLabel, accepted }
  if (sources.includes('body')) {
    const example = `Theme: ${id}`
    return { example, instruction: `add the line "${example}" to the description`, ...base }
  }
  if (sources.includes('label')) {
    const example = `${config.pull_requests.label_prefix}${id}`
    return { example, instruction: `add the label "${example}"`, ...base }
  }
  if (sources.includes('title')) {
    const example = `[${id}]`
    return { example, instruction: `start the title with "${example}"`, ...base }
  }
  const example = `theme/${id}/`
  return { example, instruction: `push from a branch named "${example}…"`, ...base }
}

const SOURCE_WORDING: Record<PrSource, (prefix: string) => string> = {
  body: () => 'a "Theme: <id>" line in the description',
  label: (prefix) => `a "${prefix}<id>" label`,
  title: () => 'a "[<id>]" tag in the title',
  branch: () => 'a branch named "theme/<id>/…"',
}

function describeSources(pullRequests: StrategyConfig['pull_requests']): string {
  const phrases = pullRequests.sources.map((source) => SOURCE_WORDING[source](pullRequests.label_prefix))
  return phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} or ${phrases.at(-1)}` : phrases.join('')
}
