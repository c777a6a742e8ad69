/**
 * Runs one aliased GraphQL query over many items and answers per item, so one bad repository never
 * costs the others their data: GitHub reports a failing alias as an error with `path: [alias, …]` next
 * to the other aliases' data; a query that fails as a whole (timeout, 502) is split in halves until the
 * culprit is alone; aliases that came back `null` for resource limits (partial data) are asked again,
 * just those, in a smaller query. A `BatchSizer` learns from both for the next queries.
 */
import type { Logger } from '../core/logger.js'
import type { BatchSizer } from './batch-sizer.js'
import { statusOf } from './errors.js'
import type { BuiltQuery } from './graphql-queries.js'
import type { GatewayOctokit } from './octokit-types.js'

/** The only part of Octokit the snapshot queries need. */
export type GraphqlClient = Pick<GatewayOctokit, 'graphql'>

/** A failed alias says why, and GitHub's error `type` (`NOT_FOUND`, `FORBIDDEN`) when it gave one. */
export type AliasResult = { ok: true; data: unknown } | { ok: false; reason: string; type?: string }

export interface AliasedQuery<T> {
  client: GraphqlClient
  logger: Logger
  items: T[]
  /** Alias of item i is `${prefix}${i}`. */
  prefix: string
  build: (items: T[]) => BuiltQuery
  /** Told of time-outs, partial answers and whole answers, to size the next queries. */
  sizer?: BatchSizer
}

/** Rounds of asking again for aliases GitHub left out for resource limits. */
const PARTIAL_RETRIES = 3

interface GraphqlErrorShape {
  message?: string
  type?: string
  path?: (string | number)[]
}

type Attempt = { done: true; results: AliasResult[] } | { done: false; reason: string; splittable: boolean }

/** One result per item, in order. Only an unexpected programming error throws. */
export async function runAliasedQuery<T>(q: AliasedQuery<T>, round = 0): Promise<AliasResult[]> {
  const first = await attempt(q, q.items)
  let results: AliasResult[]
  if (first.done) results = first.results
  else if (q.items.length === 1 || !first.splittable) return q.items.map(() => failed(first.reason))
  else {
    q.logger.warn(
      `A GraphQL query over ${q.items.length} items failed (${first.reason}); retrying in halves.`,
    )
    results = await bisect(q, q.items, first.reason)
  }
  const again = results.flatMap((result, i) => (isPartial(result) ? [i] : []))
  if (again.length === 0 || round >= PARTIAL_RETRIES) return results
  q.logger.info(
    `GitHub left out ${again.length} of ${q.items.length} items of a GraphQL query (resource limits); asking again for just those.`,
  )
  const retried = await runAliasedQuery({ ...q, items: again.map((i) => q.items[i] as T) }, round + 1)
  again.forEach((index, j) => (results[index] = retried[j] as AliasResult))
  return results
}

/** An alias GitHub answered `null` for resource limits: worth asking again, in a smaller query. */
function isPartial(result: AliasResult): boolean {
  return !result.ok && result.type === 'RESOURCE_LIMITS_EXCEEDED'
}

/**
 * Halves run one after the other. When both halves fail as a whole, GitHub is having a bad time, not
 * one repository: give up on the rest instead of splitting down to single items.
 */
async function bisect<T>(q: AliasedQuery<T>, items: T[], reason: string): Promise<AliasResult[]> {
  const middle = Math.ceil(items.length / 2)
  const halves = [items.slice(0, middle), items.slice(middle)]
  const attempts: Attempt[] = []
  for (const half of halves) attempts.push(await attempt(q, half))
  if (attempts.every((a) => !a.done)) return items.map(() => failed(reason))
  const results: AliasResult[] = []
  for (const [i, half] of halves.entries()) {
    const a = attempts[i] as Attempt
    if (a.done) results.push(...a.results)
    else if (half.length === 1 || !a.splittable) results.push(...half.map(() => failed(a.reason)))
    else results.push(...(await bisect(q, half, a.reason)))
  }
  return results
}

/**
 * One query. Octokit's retry plugin is told not to repeat a query over several items: one cut off for
 * its work would be cut off again at the same size, so such failures come back here to be split
 * instead. A single item cannot be split, so its query keeps the plugin's retries.
 */
async function attempt<T>(q: AliasedQuery<T>, items: T[]): Promise<Attempt> {
  const { query, variables } = q.build(items)
  const noRetry = items.length > 1 ? { request: { retries: 0 } } : {}
  try {
    const data = (await q.client.graphql(query, { ...variables, ...noRetry })) as Record<string, unknown>
    q.sizer?.succeed()
    return { done: true, results: items.map((_, i) => ({ ok: true, data: data[`${q.prefix}${i}`] ?? null })) }
  } catch (error) {
    const partial = partialResults(error, items.length, q.prefix)
    if (partial) {
      if (partial.some(isPartial)) q.sizer?.shrink()
      else q.sizer?.succeed()
      return { done: true, results: partial }
    }
    const canSplit = splittable(error)
    if (canSplit && items.length > 1) q.sizer?.shrink()
    return { done: false, reason: describe(error), splittable: canSplit }
  }
}

function failed(reason: string): AliasResult {
  return { ok: false, reason }
}

function partialResults(error: unknown, count: number, prefix: string): AliasResult[] | null {
  if (typeof error !== 'object' || error === null) return null
  const { data, errors } = error as { data?: unknown; errors?: unknown }
  if (!Array.isArray(errors) || typeof data !== 'object' || data === null) return null
  const byAlias = new Map<string, GraphqlErrorShape>()
  for (const raw of errors as GraphqlErrorShape[]) {
    const alias = raw.path?.[0]
    if (typeof alias !== 'string') return null // a query-wide error: treat the query as failed
    if (!byAlias.has(alias)) byAlias.set(alias, raw)
  }
  const record = data as Record<string, unknown>
  return Array.from({ length: count }, (_, i) => {
    const alias = `${prefix}${i}`
    const error = byAlias.get(alias)
    if (error === undefined) return { ok: true, data: record[alias] ?? null }
    return { ok: false, reason: errorText(error), ...(error.type ? { type: error.type } : {}) }
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
  // Octokit's GraphQL errors carry `errors`; the throttling plugin's "GraphQL Rate Limit Exceeded"
  // (thrown once its own waits are spent) carries the answer in `data.errors` instead.
  const shape = error as { errors?: GraphqlErrorShape[]; data?: { errors?: GraphqlErrorShape[] } }
  const lists = [shape.errors, shape.data?.errors].filter(Array.isArray)
  return !lists.some((errors) => errors.some((e) => e?.type === 'RATE_LIMITED'))
}

function describe(error: unknown): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : String(error)
  // Octokit appends " - https://docs.github.com/…" to messages: keep the words (see errors.ts).
  const line = (message.split(/\r?\n/, 1)[0] ?? '').replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '')
  const short = line.length > 200 ? `${line.slice(0, 200)}…` : line
  return status === null ? short : `${status} ${short}`
}
