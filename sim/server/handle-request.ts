import type { IncomingMessage, ServerResponse } from 'node:http'
import { authenticate } from '../auth/authenticate.js'
import type { Identity } from '../auth/identity.js'
import { handleGraphql } from '../graphql/handle-graphql.js'
import { rateHeaders, type RateResource } from '../limits/rate-limiter.js'
import { secondaryLimitError } from '../limits/secondary-limiter.js'
import type { Handler, Reply, RequestContext } from '../router/context.js'
import { HttpError, notFound } from '../router/http-error.js'
import type { RouteMatch } from '../router/route-table.js'
import type { SimRuntime } from '../runtime.js'
import { pause } from './pause.js'
import { readBody, send } from './send.js'

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const NOT_WRITES = new Set([
  'POST /app/installations/{installation_id}/access_tokens',
  'DELETE /installation/token',
  'POST /app/hook/deliveries/{delivery_id}/attempts',
])

export interface Dispatch {
  rt: SimRuntime
  handlers: Map<string, Handler>
  /** Keeps a hung request open until its socket is closed. */
  hold(req: IncomingMessage): void
}

/** Strips Probot's GitHub Enterprise layout (`/api/v3/...`, `/api/graphql`) to GitHub.com paths. */
function normalise(rawUrl: string): { path: string; prefix: string; query: URLSearchParams } {
  const url = new URL(rawUrl, 'http://sim.invalid')
  let path = url.pathname
  let prefix = ''
  if (path === '/api/graphql') path = '/graphql'
  else if (path === '/api/v3' || path.startsWith('/api/v3/')) {
    prefix = '/api/v3'
    path = path.slice(prefix.length) || '/'
  }
  return { path, prefix, query: url.searchParams }
}

/** The whole life of one request: faults, latency, route check, auth, limits, handler, counters. */
export async function handleRequest(d: Dispatch, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { rt } = d
  const method = (req.method ?? 'GET').toUpperCase()
  const { path, prefix, query } = normalise(req.url ?? '/')
  const isGraphql = path === '/graphql' && method === 'POST'
  const match = isGraphql ? null : rt.routes.match(method, path)
  const routeKey = isGraphql
    ? 'POST /graphql'
    : match
      ? `${method} ${match.route.template}`
      : `${method} ${path}`
  rt.counters.count(routeKey)
  const fault = rt.faults.decide(routeKey)
  if (fault?.kind === 'hang') {
    rt.counters.faults.hangs++
    return d.hold(req)
  }
  const raw = await readBody(req)
  let headers: Record<string, string> = {}
  let status: number
  try {
    if (fault || (!isGraphql && !match)) await pause(rt.latencyMs)
    if (fault?.kind === 'secondary') {
      rt.counters.faults.secondary++
      throw secondaryLimitError({ retryAfterSeconds: rt.faults.retryAfterSeconds })
    }
    if (fault) {
      rt.counters.faults.errors++
      throw new HttpError(
        fault.status ?? 500,
        fault.status === 502 ? 'Server Error' : 'Internal Server Error',
      )
    }
    if (!isGraphql && !match) {
      rt.recordViolation({
        kind: 'unknown-route',
        request: `${method} ${path}`,
        message: 'GitHub has no such REST operation (not in its OpenAPI description); answered 404.',
      })
      throw notFound()
    }
    const identity = authenticate(rt, headerValue(req.headers.authorization))
    const body = parseBody(raw)
    const reply = isGraphql
      ? await handleGraphql(rt, { identity, body, request: `${method} ${path}` })
      : await runRest(d, { identity, match: match as RouteMatch, method, path, prefix, query, body, req })
    headers = reply.headers ?? {}
    status = send(res, reply)
  } catch (error) {
    status = sendError(res, error, headers)
  }
  rt.counters.status(status)
  if (status === 403 && headers['x-ratelimit-remaining'] === '0') rt.counters.rateLimited++
  if (!isGraphql && WRITE_METHODS.has(method) && status < 400 && !NOT_WRITES.has(routeKey))
    rt.counters.writes++
}

interface RestCall {
  identity: Identity
  match: RouteMatch
  method: string
  path: string
  prefix: string
  query: URLSearchParams
  body: unknown
  req: IncomingMessage
}

async function runRest(d: Dispatch, call: RestCall): Promise<Reply> {
  const { rt } = d
  const routeKey = `${call.method} ${call.match.route.template}`
  const resource: RateResource = call.path.startsWith('/search/') ? 'search' : 'core'
  const free = routeKey === 'GET /rate_limit'
  const rate = free
    ? rt.rateLimiter.peek(call.identity, resource)
    : rt.rateLimiter.take(call.identity, resource)
  const limitHeaders = rateHeaders(rate)
  if (!free && !(rate as { ok?: boolean }).ok) {
    throw new HttpError(403, `API rate limit exceeded for ${call.identity.rateLabel}.`, {}, limitHeaders)
  }
  let release: () => void
  try {
    const write = WRITE_METHODS.has(call.method) && !NOT_WRITES.has(routeKey)
    release = rt.secondary.enter(call.identity.rateKey, { graphql: false, method: call.method, write })
  } catch (error) {
    rt.counters.secondaryLimited++
    if (error instanceof HttpError) Object.assign(error.headers, limitHeaders)
    throw error
  }
  try {
    await pause(rt.latencyMs)
    const handler = d.handlers.get(routeKey)
    if (!handler) {
      const message = `${routeKey} (${call.match.route.operationId}) is a GitHub route the simulator does not implement.`
      rt.recordViolation({ kind: 'unimplemented-route', request: `${call.method} ${call.path}`, message })
      throw new HttpError(501, message)
    }
    const host = headerValue(call.req.headers.host) ?? '127.0.0.1'
    const ctx: RequestContext = {
      rt,
      method: call.method,
      path: call.path,
      routeKey,
      params: call.match.params,
      query: call.query,
      body: (call.body ?? {}) as Record<string, unknown>,
      headers: call.req.headers,
      identity: call.identity,
      requestBase: `http://${host}${call.prefix}`,
    }
    const reply = await handler(ctx)
    return { ...reply, headers: { ...limitHeaders, ...reply.headers } }
  } catch (error) {
    if (error instanceof HttpError) {
      const own = { ...error.headers }
      Object.assign(error.headers, limitHeaders, own)
    }
    throw error
  } finally {
    release()
  }
}

function parseBody(raw: Buffer): unknown {
  if (raw.length === 0) return {}
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch {
    throw new HttpError(400, 'Problems parsing JSON')
  }
}

function sendError(res: ServerResponse, error: unknown, headers: Record<string, string>): number {
  if (error instanceof HttpError) {
    Object.assign(headers, error.headers)
    return send(res, { status: error.status, body: error.body(), headers: error.headers })
  }
  const message = error instanceof Error ? error.message : String(error)
  return send(res, { status: 500, body: { message: `[sim] ${message}`, status: '500' } })
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
