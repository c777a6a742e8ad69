import type { Document, LineCounter } from 'yaml'
import { MAX_LISTED_PROBLEMS, type ConfigProblem } from './config-error.js'
import type { PathProblem } from './describe-zod-issue.js'
import { isInherited } from './merge-config.js'
import { matchPath, positionOf } from './yaml-positions.js'

/** The parsed file the problems are in, and the base it extends (null without `_extends`). */
export interface LocateContext {
  doc: Document
  lineCounter: LineCounter
  data: Record<string, unknown>
  file: string
  base: Record<string, unknown> | null
}

/** A problem at its line and column; its message is worked out on first read (`messageOf`). */
interface Located {
  line: number
  column: number
  problem: PathProblem
  inherited: boolean
  message?: string
}

/**
 * Gives each problem the line and column where the user wrote it (a value inherited through
 * `_extends` points at that line), drops repeats (same place and message), sorts by place then
 * message, and keeps the first MAX_LISTED_PROBLEMS, which is all a `ConfigError` lists; `unlisted`
 * counts the others. A message is only read where it matters (two problems at one place, or a
 * problem kept), so most of a file's thousands of problems are never described in words.
 */
export function locateProblems(
  problems: readonly PathProblem[],
  context: LocateContext,
): { problems: ConfigProblem[]; unlisted: number } {
  const located = dropRepeats(problems.map((problem) => locate(problem, context)))
  located.sort((a, b) => a.line - b.line || a.column - b.column || messageOf(a).localeCompare(messageOf(b)))
  const kept = located.slice(0, MAX_LISTED_PROBLEMS).map((p): ConfigProblem => ({
    file: context.file,
    line: p.line,
    column: p.column,
    code: p.problem.code,
    message: messageOf(p),
  }))
  return { problems: kept, unlisted: located.length - kept.length }
}

function locate(problem: PathProblem, context: LocateContext): Located {
  const { doc, lineCounter, base, data } = context
  if (base !== null && isInherited(base, data, problem.path)) {
    const extendsLine = matchPath(doc, ['_extends'])
    const node = extendsLine.matched === 1 ? extendsLine.node : matchPath(doc, []).node
    return { ...positionOf(node, lineCounter), problem, inherited: true }
  }
  const match = matchPath(doc, problem.path)
  const complete = match.matched === problem.path.length
  const node = problem.at === 'key' && complete ? (match.key ?? match.node) : match.node
  return { ...positionOf(node, lineCounter), problem, inherited: false }
}

function messageOf(located: Located): string {
  located.message ??= located.inherited
    ? `${located.problem.message} (Inherited through \`_extends\`: fix it in that file.)`
    : located.problem.message
  return located.message
}

/** Keeps the first problem of each place and message; compares messages only within one place. */
function dropRepeats(located: Located[]): Located[] {
  const places = new Map<string, { first: Located; messages?: Set<string> }>()
  return located.filter((p) => {
    const place = `${p.line}:${p.column}`
    const known = places.get(place)
    if (known === undefined) return (places.set(place, { first: p }), true)
    known.messages ??= new Set([messageOf(known.first)])
    const message = messageOf(p)
    return known.messages.has(message) ? false : (known.messages.add(message), true)
  })
}
