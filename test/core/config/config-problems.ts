import { ConfigError, type ConfigProblem } from '../../../src/core/config/config-error.js'
import { parseConfig, type ParseConfigOptions } from '../../../src/core/config/parse-config.js'

export const FILE = '.github/strategy.yml'

/** Joins lines into a YAML document (one line per array item keeps line numbers readable in tests). */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`
}

/** The problems parseConfig reports for `text`; fails the test when it does not throw a ConfigError. */
export function configProblems(text: string, options?: ParseConfigOptions): ConfigProblem[] {
  try {
    parseConfig(text, FILE, options)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected parseConfig to throw a ConfigError')
}

/** `line:col CODE` of each problem, for exact position assertions. */
export function where(problems: readonly ConfigProblem[]): string[] {
  return problems.map((p) => `${p.line}:${p.column} ${p.code}`)
}

/** A valid theme list, to put before the lines a test is about. */
export const THEMES = [
  'themes:',
  '  - id: global-scale',
  '    name: Global Scale & Performance',
  '    aliases: [scale]',
  '  - id: developer-velocity',
  '    name: Developer Velocity',
]
