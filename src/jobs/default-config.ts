import type { StrategyConfig } from '../core/config/config.schema.js'
import { validateBySpec } from '../core/config/config-spec.js'
import { CONFIG_SPEC } from '../core/config/config-spec.generated.js'

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
  // The schema's defaults, from its plain-data spec: the same as the zod schema's parse, without zod.
  const config = validateBySpec(CONFIG_SPEC, {
    themes: [{ id: 'unconfigured', name: 'Unconfigured' }],
  }) as StrategyConfig | null
  if (config === null)
    throw new Error('[strategy-trace] createDefaultConfig: the config spec rejects its own defaults.')
  return { ...config, themes: [], adrs: { ...config.adrs, require_theme: false } }
}
