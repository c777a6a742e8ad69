import type { IncomingHttpHeaders } from 'node:http'
import type { Identity } from '../auth/identity.js'
import type { SimRuntime } from '../runtime.js'

/** One REST request as a route handler sees it. */
export interface RequestContext {
  rt: SimRuntime
  method: string
  /** The path without any `/api/v3` prefix or query. */
  path: string
  /** `METHOD /template` of the matched operation. */
  routeKey: string
  params: Record<string, string>
  query: URLSearchParams
  /** The parsed JSON body (an empty object when there is none). */
  body: Record<string, unknown>
  headers: IncomingHttpHeaders
  identity: Identity
  /** `http://host[/api/v3]` as the client addressed us, for `Link` headers. */
  requestBase: string
}

export interface Reply {
  status?: number
  /** Sent as JSON. */
  body?: unknown
  /** Sent as is (raw media types); wins over `body`. */
  text?: string | Buffer
  contentType?: string
  headers?: Record<string, string>
}

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>

/** Handlers keyed by `METHOD /template` exactly as GitHub's OpenAPI description writes the path. */
export type RouteMap = Record<string, Handler>
