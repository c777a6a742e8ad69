import { checkConfigSemantics } from './check-config-semantics.js'
import { ConfigError } from './config-error.js'
import type { StrategyConfig } from './config.schema.js'
import { validateBySpec } from './config-spec.js'
import { CONFIG_SPEC } from './config-spec.generated.js'
import type { PathProblem } from './describe-zod-issue.js'
import { loadConfigYaml } from './load-config-yaml.js'
import { locateProblems } from './locate-problems.js'
import { mergeConfig } from './merge-config.js'
import { describeExtendsProblem } from './parse-extends.js'
import { isPlainObject, restoreDates } from './restore-dates.js'

/**
 * The config-reading steps that need no zod, so a command that reads a valid config never loads it
 * (zod is most of a CLI cold start). `parseConfig` (parse-config.ts) is the full path with messages.
 */

export interface ParseConfigOptions {
  /** The raw data of the config this file `_extends` (`readConfigDocument(…).data`), merged under it. */
  base?: unknown
}

/**
 * The config when it is valid, validated against the schema's plain-data spec (no zod); null when it
 * is not, or when the spec cannot vouch for it: then `parseConfig` reads it again and says what is
 * wrong. Same result as `parseConfig` for every config it returns; YAML problems throw the same
 * `ConfigError`.
 *
 * @example parseValidConfig('themes:\n  - id: a\n    name: A\n', '.github/strategy.yml')?.themes[0]?.status // 'active'
 */
export function parseValidConfig(
  text: string,
  file: string,
  options: ParseConfigOptions = {},
): StrategyConfig | null {
  const loaded = loadConfigYaml(text, file, 'reuse')
  const base = readBase(options.base)
  const data = base === null ? loaded.data : mergeConfig(base, loaded.data)
  const config = validateBySpec(CONFIG_SPEC, data) as StrategyConfig | null
  if (config === null || checkConfigSemantics(config).length > 0) return null
  return config
}

/**
 * Reads a config file's YAML without validating it, for a loader that follows `_extends` first.
 * Throws a `ConfigError` for YAML problems and for an `_extends` it could not follow.
 *
 * @example readConfigDocument('_extends: .github\n', '.github/strategy.yml') // { data: {…}, extends: '.github' }
 */
export function readConfigDocument(text: string, file: string): { data: unknown; extends: string | null } {
  const loaded = loadConfigYaml(text, file, 'keep')
  const value = loaded.data._extends
  if (value === undefined) return { data: loaded.data, extends: null }
  const message =
    typeof value === 'string'
      ? describeExtendsProblem(value)
      : '`_extends` must be text naming a repository, e.g. `_extends: .github`.'
  if (message === null) return { data: loaded.data, extends: value as string }
  const problem: PathProblem = { path: ['_extends'], at: 'value', code: 'CONFIG_INVALID', message }
  throw new ConfigError(locateProblems([problem], { ...loaded, file, base: null }).problems)
}

/** The extended config's data, dates restored, or null without one. */
export function readBase(base: unknown): Record<string, unknown> | null {
  if (base === undefined || base === null) return null
  if (!isPlainObject(base)) {
    throw new TypeError(
      '[strategy-trace] parseConfig: options.base must be the mapping readConfigDocument() returns.',
    )
  }
  return restoreDates(base) as Record<string, unknown>
}
