import type { z } from 'zod'
import { checkConfigSemantics } from './check-config-semantics.js'
import { ConfigError } from './config-error.js'
import { strategyConfigSchema, type StrategyConfig } from './config.schema.js'
import { describeZodIssue } from './describe-zod-issue.js'
import { limitIssues } from './limit-issues.js'
import { loadConfigYaml } from './load-config-yaml.js'
import { locateProblems } from './locate-problems.js'
import { mergeConfig } from './merge-config.js'
import { readBase, type ParseConfigOptions } from './read-config.js'

export { DEFAULT_CONFIG_PATH, parseExtends, type ConfigFileRef } from './parse-extends.js'
export { readConfigDocument, type ParseConfigOptions } from './read-config.js'

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
