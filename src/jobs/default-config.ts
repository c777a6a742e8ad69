import { strategyConfigSchema, type StrategyConfig } from '../core/config/config.schema.js'

/** Finding codes that need configured themes; they are dropped when there is no config. */
export const THEME_FINDING_CODES: ReadonlySet<string> = new Set([
  'ADR_MISSING_THEME',
  'ADR_UNKNOWN_THEME',
  'ADR_RETIRED_THEME',
])

/**
 * The schema's defaults with no themes: what the CLI checks ADRs against when a working tree has no
 * strategy config. Theme findings are meaningless then and are filtered out by the caller.
 */
export function createDefaultConfig(): StrategyConfig {
  const config = strategyConfigSchema.parse({ themes: [{ id: 'unconfigured', name: 'Unconfigured' }] })
  return { ...config, themes: [], adrs: { ...config.adrs, require_theme: false } }
}
