import type { z } from 'zod'
import { checkConfigSemantics } from './check-config-semantics.js'
import { ConfigError } from './config-error.js'
import { strategyConfigSchema, type StrategyConfig } from './config.schema.js'
import { describeZodIssue, type PathProblem } from './describe-zod-issue.js'
import { limitIssues } from './limit-issues.js'
import { loadConfigYaml } from './load-config-yaml.js'
import { locateProblems } from './locate-problems.js'
import { mergeConfig } from './merge-config.js'
import { describeExtendsProblem } from './parse-extends.js'
import { isPlainObject, restoreDates } from './restore-dates.js'

export { DEFAULT_CONFIG_PATH, parseExtends, type ConfigFileRef } from './parse-extends.js'

export interface ParseConfigOptions {
  /** The raw data of the config this file `_extends` (`readConfigDocument(…).data`), merged under it. */
  base?: unknown
}

/**
 * Parses and validates a strategy config (`.github/strategy.yml`), filling in every default.
 * With `base`, the local file is laid over the extended config first (mappings merge, lists and
 * values replace). Throws a `ConfigError` listing every problem at the file's line and column.
 *
 * @example
 * parseConfig('themes:\n  - id: developer-velocity\n    name: Developer Velocity\n', '.github/strategy.yml')
 * // { themes: [{ id: 'developer-velocity', status: 'active', aliases: [], … }], pull_requests: {…}, … }
 */
export function parseConfig(text: string, file: string, options: ParseConfigOptions = {}): StrategyConfig {
  const loaded = loadConfigYaml(text, file, 'reuse')
  const base = readBase(options.base)
  const data = base === null ? loaded.data : mergeConfig(base, loaded.data)
  const result = strategyConfigSchema.safeParse(data)
  const context = { ...loaded, file, base }
  if (result.success) {
    const problems = checkConfigSemantics(result.data)
    if (problems.length === 0) return result.data
    const located = locateProblems(problems, context)
    throw new ConfigError(located.problems, { unlisted: located.unlisted })
  }
  const { issues, omitted } = limitIssues(result.error.issues)
  const problems = [
    ...issues.flatMap((issue) => describeZodIssue(strategyConfigSchema, issue, data)),
    ...checkConfigSemantics(parseValidSections(data, result.error.issues)),
  ]
  const located = locateProblems(problems, context)
  throw new ConfigError(located.problems, { cause: result.error, unlisted: omitted + located.unlisted })
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

function readBase(base: unknown): Record<string, unknown> | null {
  if (base === undefined || base === null) return null
  if (!isPlainObject(base)) {
    throw new TypeError(
      '[strategy-trace] parseConfig: options.base must be the mapping readConfigDocument() returns.',
    )
  }
  return restoreDates(base) as Record<string, unknown>
}

/**
 * Each top-level section that is valid on its own, so semantic checks run beside schema errors.
 * A section with an issue of its own is invalid; it is not parsed again (thousands of issues are slow).
 */
function parseValidSections(
  data: Record<string, unknown>,
  issues: readonly ZodIssue[],
): Partial<StrategyConfig> {
  const invalid = new Set(issues.map((issue) => issue.path[0]))
  const sections: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(strategyConfigSchema.shape)) {
    if (invalid.has(key)) continue
    const result = schema.safeParse(data[key])
    if (result.success) sections[key] = result.data
  }
  return sections as Partial<StrategyConfig>
}

type ZodIssue = z.core.$ZodIssue
