import type { z } from 'zod'
import type { FindingCode } from '../findings.js'
import { describeUnknownKey } from './describe-unknown-key.js'
import { describeSchemaType, formatHint, show, typeName } from './config-wording.js'
import { schemaAt } from './schema-at-path.js'
import { listValues, suggest } from './suggest.js'
import { formatPath, type PathSegment } from './yaml-positions.js'

/** A problem at a place in the config data, before it is given a line and column. */
export interface PathProblem {
  path: PathSegment[]
  /** Point at the key (unknown keys) or at the value. */
  at: 'key' | 'value'
  code: FindingCode
  message: string
}

type Issue = z.core.$ZodIssue

/**
 * Turns one zod issue into messages a config author can act on: what is wrong, the value written,
 * what is accepted, and how to fix it (with a "did you mean" for misspellings).
 */
export function describeZodIssue(root: z.ZodType, issue: Issue, data: unknown): PathProblem[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol')
  const value = valueAt(data, path)
  const problem = (message: string): PathProblem[] => [{ path, at: 'value', code: 'CONFIG_INVALID', message }]
  const name = `\`${formatPath(path)}\``
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => describeUnknownKey(root, path, key))
    case 'invalid_type':
      return problem(value.present ? wrongType(root, path, issue.expected, value.value) : missing(root, path))
    case 'invalid_value': {
      const allowed = issue.values.map(String)
      const near = typeof value.value === 'string' ? suggest(value.value, allowed) : null
      const hint = near === null ? `Use one of them.` : `Did you mean \`${near}\`?`
      return problem(`${name} is ${show(value.value)}, which is not one of: ${listValues(allowed)}. ${hint}`)
    }
    case 'invalid_format':
    case 'custom': {
      const hint = issue.code === 'invalid_format' ? formatHint(issue.pattern, value.value) : ''
      return problem(`${name} is ${show(value.value)}: it ${issue.message}.${hint}`)
    }
    case 'too_small':
    case 'too_big':
      return problem(sizeMessage(name, issue, value.value))
    case 'invalid_union':
      return (
        unionProblems(root, issue, data, path) ?? problem(`${name} ${unionMessage(root, path, value.value)}`)
      )
    default:
      return problem(`${name} is ${show(value.value)}: ${issue.message}.`)
  }
}

function valueAt(data: unknown, path: readonly PathSegment[]): { present: boolean; value: unknown } {
  let current = data
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) {
      return { present: false, value: undefined }
    }
    current = (current as Record<PathSegment, unknown>)[segment]
  }
  return { present: true, value: current }
}

function missing(root: z.ZodType, path: readonly PathSegment[]): string {
  const key = String(path[path.length - 1])
  const parent = path.length === 1 ? 'The config' : `\`${formatPath(path.slice(0, -1))}\``
  const info = schemaAt(root, path)
  const type = info ? describeSchemaType(info.schema) : 'a value'
  const about = info?.description ? ` About \`${key}\`: ${info.description}` : ''
  return `${parent} has no \`${key}\`, which is required. Add \`${key}:\` with ${type}.${about}`
}

function wrongType(root: z.ZodType, path: readonly PathSegment[], expected: string, value: unknown): string {
  const name = `\`${formatPath(path)}\``
  const info = schemaAt(root, path)
  const wanted = typeName(expected) + (info?.nullable ? ' or `null`' : '')
  if (value === null) {
    const fix = info?.optional ? 'delete the line to use the default' : 'delete the line'
    return `${name} is empty, but it must be ${wanted}. Give it a value, or ${fix}.`
  }
  const last = path[path.length - 1]
  const key = typeof last === 'number' ? '-' : `${String(last)}:`
  let hint = ''
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    hint = ` If it is meant as text, put it in quotes: \`${key} "${String(value)}"\`.`
  } else if (expected === 'array' && typeof value === 'string') {
    hint = ` Write a list, e.g. \`${key} [${JSON.stringify(value)}]\`.`
  } else if (expected === 'object') {
    hint = ` Indent its keys below it, one \`key: value\` per line.`
  }
  return `${name} must be ${wanted}, but it is ${show(value)}.${hint}`
}

function sizeMessage(name: string, issue: Issue & { code: 'too_small' | 'too_big' }, value: unknown): string {
  const small = issue.code === 'too_small'
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum)
  if (issue.origin === 'string' && small && limit === 1)
    return `${name} is empty text; write a value or remove it.`
  if (issue.origin === 'array' || issue.origin === 'string') {
    const unit = issue.origin === 'array' ? 'item' : 'character'
    const count = (n: number) => `${n} ${unit}${n === 1 ? '' : 's'}`
    const size = Array.isArray(value) || typeof value === 'string' ? value.length : 0
    return `${name} has ${count(size)}, but it needs ${small ? 'at least' : 'at most'} ${count(limit)}.`
  }
  const bound = small
    ? issue.inclusive
      ? `at least ${limit}`
      : `greater than ${limit}`
    : issue.inclusive
      ? `at most ${limit}`
      : `less than ${limit}`
  return `${name} is ${show(value)}, but it must be ${bound}.`
}

/** When one branch of a union matched the shape but failed inside it, report that branch's issues. */
function unionProblems(
  root: z.ZodType,
  issue: Issue & { code: 'invalid_union' },
  data: unknown,
  path: PathSegment[],
) {
  const deep = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0))
  if (deep.length !== 1 || deep[0] === undefined) return null
  return deep[0].flatMap((inner) =>
    describeZodIssue(root, { ...inner, path: [...path, ...inner.path] }, data),
  )
}

function unionMessage(root: z.ZodType, path: readonly PathSegment[], value: unknown): string {
  const info = schemaAt(root, path)
  return `must be ${info ? describeSchemaType(info.schema) : 'another value'}, but it is ${show(value)}.`
}
