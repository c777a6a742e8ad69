import { finding, type Finding, type FindingCode } from '../findings.js'
import { formatCount } from '../format-count.js'

/** One problem of a config file, at a 1-based line and column of that file. */
export interface ConfigProblem {
  file: string
  line: number
  column: number
  /** What is wrong, the value, what is accepted and how to fix it (STYLE.md §9). */
  message: string
  /** `CONFIG_YAML_SYNTAX`, `CONFIG_UNKNOWN_KEY` or `CONFIG_INVALID`. */
  code: FindingCode
}

/** `file:line:col message`, the shape editors and terminals turn into links. */
export function formatConfigProblem(problem: ConfigProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.message}`
}

/** A problem as a `Finding` (severity `error`), for adapters that report findings. */
export function configProblemToFinding(problem: ConfigProblem): Finding {
  const { file, line, column } = problem
  return finding(problem.code, 'error', problem.message, { file, line, column })
}

/**
 * Thrown when a strategy config cannot be used. It carries every problem found, not only the first,
 * so one run shows the user everything to fix.
 *
 * @example
 * try { parseConfig(text, '.github/strategy.yml') } catch (error) {
 *   if (error instanceof ConfigError) for (const p of error.problems) console.log(formatConfigProblem(p))
 * }
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  readonly problems: ConfigProblem[]

  /** `options.unlisted`: problems found but not described (see `limitIssues`), counted in the last one. */
  constructor(problems: ConfigProblem[], options: { cause?: unknown; unlisted?: number } = {}) {
    const listed = capProblems(problems, options.unlisted ?? 0)
    super(summarise(listed), 'cause' in options ? { cause: options.cause } : undefined)
    this.problems = listed
  }
}

/**
 * At most this many problems are listed. A file with thousands (a pasted log, a generated file) gets
 * the first ones and a last problem saying how many more there are, not a megabyte of messages.
 */
export const MAX_LISTED_PROBLEMS = 50

function capProblems(problems: ConfigProblem[], unlisted: number): ConfigProblem[] {
  if (problems.length + unlisted <= MAX_LISTED_PROBLEMS || problems.length === 0) return problems
  const shown = problems.slice(0, Math.min(problems.length, MAX_LISTED_PROBLEMS) - 1)
  const next = problems[shown.length] as ConfigProblem
  const more = problems.length + unlisted - shown.length
  const message = `${formatCount(more)} more problems from here on are not listed. Fix the ones above first and run the check again; is this the right file?`
  return [...shown, { ...next, message }]
}

function summarise(problems: readonly ConfigProblem[]): string {
  const files = [...new Set(problems.map((p) => p.file))]
  const where = files.length === 1 ? ` in ${files[0]}` : ''
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
  return [`Invalid strategy config${where} (${count}):`, ...problems.map(formatConfigProblem)].join('\n')
}
