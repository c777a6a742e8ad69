import type { GraphQLError } from 'graphql'
import { execute, getOperationAST, parse, validate, type DocumentNode } from 'graphql'
import type { Identity } from '../auth/identity.js'
import { TIMEOUT_MESSAGE } from '../limits/graphql-work.js'
import { rateHeaders } from '../limits/rate-limiter.js'
import { GraphqlSecondaryLimit } from '../limits/secondary-limiter.js'
import type { Reply } from '../router/context.js'
import { HttpError } from '../router/http-error.js'
import type { SimRuntime } from '../runtime.js'
import { pause } from '../server/pause.js'
import { computeCost } from './cost.js'
import { formatError } from './format-error.js'
import type { GqlContext } from './gql-context.js'
import { queryRoot } from './models/query.js'
import { githubSchema } from './schema.js'
import { strictFieldResolver, typenameResolver } from './strict-resolver.js'

interface GraphqlCall {
  identity: Identity
  body: unknown
  request: string
}

/** GitHub answers GraphQL problems with HTTP 200 and an `errors` list; the simulator also records them. */
function rejected(
  rt: SimRuntime,
  request: string,
  errors: { message: string }[],
  headers: Record<string, string> = {},
): Reply {
  for (const error of errors) rt.recordViolation({ kind: 'invalid-graphql', request, message: error.message })
  return { body: { errors }, headers }
}

/** `POST /graphql` (and `/api/graphql`): parse, validate against GitHub's schema, cost, rate-limit, execute. */
export async function handleGraphql(rt: SimRuntime, call: GraphqlCall): Promise<Reply> {
  const { identity, request } = call
  if (identity.kind === 'anonymous')
    throw new HttpError(401, 'This endpoint requires you to be authenticated.')
  if (identity.kind === 'app') throw new HttpError(401, 'A JSON web token could not be decoded')
  const { query, variables, operationName } = (call.body ?? {}) as Record<string, unknown>
  if (typeof query !== 'string')
    throw new HttpError(400, 'A query attribute must be specified and must be a string.')
  rt.counters.graphqlQueries++
  const schema = githubSchema()
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (error) {
    return rejected(rt, request, [formatError(error as GraphQLError)])
  }
  const invalid = validate(schema, document)
  if (invalid.length > 0) return rejected(rt, request, invalid.map(formatError))
  const operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined)
  if (!operation)
    return rejected(rt, request, [{ message: 'No operation named in the document (pass operationName).' }])
  const variableValues = (variables ?? {}) as Record<string, unknown>
  const cost = computeCost(schema, document, operation, variableValues, rt.limits.graphqlNodes)
  if (cost.errors.length > 0) return rejected(rt, request, cost.errors)
  const rate = rt.rateLimiter.take(identity, 'graphql', cost.points)
  const headers = rateHeaders(rate)
  if (!rate.ok) {
    rt.counters.rateLimited++
    const message = `API rate limit already exceeded for ${identity.rateLabel}.`
    return {
      body: { errors: [{ type: 'RATE_LIMITED', message }] },
      headers: { ...headers, 'x-ratelimit-remaining': '0' },
    }
  }
  rt.counters.graphqlPoints += cost.points
  rt.counters.graphqlNodes += cost.nodes
  if (operation.operation === 'mutation') rt.counters.writes++
  let release: () => void
  try {
    const write = operation.operation === 'mutation'
    release = rt.secondary.enter(identity.rateKey, { graphql: true, method: 'POST', write })
  } catch (error) {
    rt.counters.secondaryLimited++
    if (error instanceof GraphqlSecondaryLimit)
      return { body: error.body(), headers: { ...headers, ...error.headers } }
    if (error instanceof HttpError) Object.assign(error.headers, headers, { ...error.headers })
    throw error
  }
  try {
    await pause(rt.latencyMs)
    const ctx: GqlContext = { rt, identity, request, cost, rate }
    const result = await execute({
      schema,
      document,
      operationName: typeof operationName === 'string' ? operationName : undefined,
      variableValues,
      rootValue: queryRoot(ctx),
      contextValue: ctx,
      fieldResolver: strictFieldResolver,
      typeResolver: typenameResolver,
    })
    if (!result.data && result.errors) return rejected(rt, request, result.errors.map(formatError), headers)
    const cutOff = rt.graphqlWork.timeout(result.data, (work) => {
      rt.counters.graphqlWorkMaxMs = Math.max(rt.counters.graphqlWorkMaxMs, work.ms)
    })
    if (cutOff) {
      // The points are spent: since 2025-07-21 a timed-out query costs primary rate limit too.
      rt.counters.graphqlTimeouts++
      const answer = { data: null, errors: [{ message: TIMEOUT_MESSAGE }] }
      throw new HttpError(cutOff.status, TIMEOUT_MESSAGE, answer, { ...headers })
    }
    const data = (result.data ?? null) as Record<string, unknown> | null
    const body: Record<string, unknown> = { data }
    const errors: unknown[] = result.errors?.map(formatError) ?? []
    const partial = data && operation.operation === 'query' ? rt.graphqlWork.partial(data) : null
    if (partial) {
      rt.counters.graphqlPartial++
      errors.push(...partial)
    }
    if (errors.length > 0) body.errors = errors
    return { body, headers }
  } finally {
    release()
  }
}
