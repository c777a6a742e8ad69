/**
 * Runs one aliased GraphQL query over many items and answers per item, so one bad repository never
 * costs the others their data: GitHub reports a failing alias as an error with `path: [alias, …]` next
 * to the other aliases' data; a query that fails as a whole (timeout, 502) is split in halves until the
 * culprit is alone.
 */
import type { Logger } from '../core/logger.js'
import { statusOf } from './errors.js'
import type { BuiltQuery } from './graphql-queries.js'
import type { GatewayOctokit } from './octokit-types.js'

/** The only part of Octokit the snapshot queries need. */
export type GraphqlClient = Pick<GatewayOctokit, 'graphql'>

export type AliasResult = { ok: true; data: unknown } | { ok: false; reason: string }

export interface AliasedQuery<T> {
  client: GraphqlClient
  logger: Logger
  items: T[]
  /** Alias of item i is `${prefix}${i}`. */
  prefix: string
  build: (items: T[]) => BuiltQuery
}

interface GraphqlErrorShape {
  message?: string
  type?: string
  path?: (string | number)[]
}

/** One result per item, in order. Only an unexpected programming error throws. */
export async function runAliasedQuery<T>(q: AliasedQuery<T>): Promise<AliasResult[]> {
  const { query, variables } = q.build(q.items)
  try {
    const data = (await q.client.graphql(query, variables)) as Record<string, unknown>
    return q.items.map((_, i) => ({ ok: true, data: data[`${q.prefix}${i}`] ?? null }))
  } catch (error) {
    const partial = partialResults(error, q.items.length, q.prefix)
    if (partial) return partial
    const reason = describe(error)
    if (q.items.length === 1 || !splittable(error)) return q.items.map(() => ({ ok: false, reason }))
    q.logger.warn(`A GraphQL query over ${q.items.length} items failed (${reason}); retrying in halves.`)
    return bisect(q, reason)
  }
}

/**
 * Halves run one after the other. When both halves fail as a whole, GitHub is having a bad time, not
 * one repository: give up on the rest instead of splitting down to single items.
 */
async function bisect<T>(q: AliasedQuery<T>, reason: string): Promise<AliasResult[]> {
  const middle = Math.ceil(q.items.length / 2)
  const halves = [q.items.slice(0, middle), q.items.slice(middle)]
  const results: AliasResult[][] = []
  for (const half of halves) results.push(await runAliasedQuery({ ...q, items: half }))
  const wholeFailure = (part: AliasResult[]): boolean => part.every((result) => !result.ok)
  if (results.every(wholeFailure) && q.items.length > 2) return q.items.map(() => ({ ok: false, reason }))
  return results.flat()
}

function partialResults(error: unknown, count: number, prefix: string): AliasResult[] | null {
  if (typeof error !== 'object' || error === null) return null
  const { data, errors } = error as { data?: unknown; errors?: unknown }
  if (!Array.isArray(errors) || typeof data !== 'object' || data === null) return null
  const byAlias = new Map<string, string>()
  for (const raw of errors as GraphqlErrorShape[]) {
    const alias = raw.path?.[0]
    if (typeof alias !== 'string') return null // a query-wide error: treat the query as failed
    if (!byAlias.has(alias)) byAlias.set(alias, errorText(raw))
  }
  const record = data as Record<string, unknown>
  return Array.from({ length: count }, (_, i) => {
    const alias = `${prefix}${i}`
    const reason = byAlias.get(alias)
    return reason === undefined ? { ok: true, data: record[alias] ?? null } : { ok: false, reason }
  })
}

function errorText(error: GraphqlErrorShape): string {
  const where = (error.path ?? []).slice(1).join('.')
  const what =
    error.type === 'NOT_FOUND' ? 'not found, or the app cannot read it' : (error.message ?? 'GraphQL error')
  return where ? `${what} (at ${where})` : what
}

/** Authentication and rate-limit failures hit every half the same way: splitting would only waste requests. */
function splittable(error: unknown): boolean {
  const status = statusOf(error)
  if (status !== null && [401, 403, 429].includes(status)) return false
  const errors = (error as { errors?: GraphqlErrorShape[] }).errors
  return !(Array.isArray(errors) && errors.some((e) => e.type === 'RATE_LIMITED'))
}

function describe(error: unknown): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : String(error)
  const line = message.split(/\r?\n/, 1)[0] ?? ''
  const short = line.length > 200 ? `${line.slice(0, 200)}…` : line
  return status === null ? short : `${status} ${short}`
}
