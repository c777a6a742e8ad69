/**
 * The app's webhook deliveries and their redelivery, as GitHub's REST API has them
 * (https://docs.github.com/en/rest/apps/webhooks): only with the app's JWT; newest first, paged by
 * `cursor`; a redelivery keeps the `guid` (`X-GitHub-Delivery`) and is a new attempt with its own id.
 */
import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notFound } from '../router/http-error.js'
import type { Delivery } from '../webhooks/webhook-dispatcher.js'

function requireJwt(ctx: RequestContext): void {
  if (ctx.identity.kind !== 'app') throw new HttpError(401, 'A JSON web token could not be decoded')
}

function dispatcher(ctx: RequestContext) {
  const webhooks = ctx.rt.webhooks
  if (!webhooks) throw new HttpError(500, 'The simulator has no webhook dispatcher.')
  return webhooks
}

/** GitHub's `hook-delivery-item`. */
function serializeItem(d: Delivery) {
  const ok = d.status !== undefined && d.status >= 200 && d.status < 300
  const payload = d.payload as { repository?: { id?: number } }
  return {
    id: d.attemptId,
    guid: d.id,
    delivered_at: new Date(d.deliveredAt ?? Date.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    redelivery: Boolean(d.redelivery),
    duration: (d.durationMs ?? 0) / 1000,
    status: ok ? 'OK' : d.status ? `Invalid HTTP Response: ${d.status}` : 'failed to connect to host',
    status_code: d.status ?? 0,
    event: d.event,
    action: d.action ?? null,
    installation_id: d.installationId,
    repository_id: payload.repository?.id ?? null,
    throttled_at: null,
  }
}

function listDeliveries(ctx: RequestContext) {
  requireJwt(ctx)
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page')) || 30))
  const cursor = Number(ctx.query.get('cursor')) || Infinity
  const status = ctx.query.get('status')
  const attempts = dispatcher(ctx)
    .deliveries.filter((d) => !d.skipped && d.status !== undefined && d.attemptId < cursor)
    .map(serializeItem)
    .filter((item) => !status || (status === 'success') === (item.status === 'OK'))
    .sort((a, b) => b.id - a.id)
  const page = attempts.slice(0, perPage)
  const last = page.at(-1)
  const headers: Record<string, string> = {}
  if (last && attempts.length > perPage) {
    const query = new URLSearchParams(ctx.query)
    query.set('cursor', String(last.id))
    headers.link = `<${ctx.requestBase}${ctx.path}?${query.toString()}>; rel="next"`
  }
  return { body: page, headers }
}

function getDelivery(ctx: RequestContext) {
  requireJwt(ctx)
  const found = dispatcher(ctx).attempt(Number(ctx.params.delivery_id))
  if (!found || found.status === undefined) throw notFound()
  return {
    body: {
      ...serializeItem(found),
      url: dispatcher(ctx).url,
      request: {
        headers: { 'X-GitHub-Delivery': found.id, 'X-GitHub-Event': found.event },
        payload: found.payload,
      },
      response: { headers: {}, payload: null },
    },
  }
}

function redeliver(ctx: RequestContext) {
  requireJwt(ctx)
  const webhooks = dispatcher(ctx)
  const id = Number(ctx.params.delivery_id)
  const found = webhooks.attempt(id)
  if (!found || found.status === undefined) throw notFound()
  void webhooks.redeliver(id)
  return { status: 202, body: {} }
}

export const hookDeliveryRoutes: RouteMap = {
  'GET /app/hook/deliveries': listDeliveries,
  'GET /app/hook/deliveries/{delivery_id}': getDelivery,
  'POST /app/hook/deliveries/{delivery_id}/attempts': redeliver,
}
