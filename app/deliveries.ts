/**
 * Webhook delivery dedupe. GitHub may deliver an event twice with the same `X-GitHub-Delivery` id, and
 * a manual redelivery keeps the id too
 * (https://docs.github.com/en/webhooks/using-webhooks/handling-webhook-deliveries). A delivery whose
 * handlers all finished is ignored when it comes again; one whose handler failed is forgotten, so its
 * redelivery is handled. Memory is bounded: the oldest ids are dropped first.
 */
import type { Probot } from 'probot'
import type { Logger } from '../src/core/logger.js'

/** Delivery ids remembered by default: hours of traffic for a large organisation, ~1 MB. */
export const DEFAULT_REMEMBERED_DELIVERIES = 10_000

/** Which handlers (by registration index) have started or finished each delivery, oldest first. */
export class DeliveryLog {
  readonly #seen = new Map<string, Set<number>>()
  readonly #limit: number

  constructor(limit = DEFAULT_REMEMBERED_DELIVERIES) {
    this.#limit = Math.max(1, limit)
  }

  /** Marks `handler` as taking `id`; false when it already took it (a duplicate). */
  claim(id: string, handler: number): boolean {
    const handlers = this.#seen.get(id) ?? new Set<number>()
    if (handlers.has(handler)) return false
    handlers.add(handler)
    this.#seen.set(id, handlers)
    while (this.#seen.size > this.#limit) {
      const oldest = this.#seen.keys().next().value
      if (oldest === undefined) break
      this.#seen.delete(oldest)
    }
    return true
  }

  /** Forgets that `handler` took `id` (it failed: a redelivery should run it again). */
  release(id: string, handler: number): void {
    this.#seen.get(id)?.delete(handler)
  }

  get size(): number {
    return this.#seen.size
  }
}

type Handler = (context: { id: string; name: string }) => Promise<void> | void

/**
 * The app as seen by the handlers, with each handler registered through `on` running at most once per
 * delivery id. Everything else is Probot's own.
 */
export function dedupeDeliveries(app: Probot, log: DeliveryLog, logger: Logger): Probot {
  let handlers = 0
  const on = (events: unknown, handler: Handler): void => {
    const index = handlers++
    const wrapped: Handler = async (context) => {
      if (!context.id) return handler(context)
      if (!log.claim(context.id, index))
        return logger.debug(`Delivery ${context.id} (${context.name}) was handled already; skipping.`)
      try {
        await handler(context)
      } catch (error) {
        log.release(context.id, index)
        throw error
      }
    }
    ;(app.on as (e: unknown, h: Handler) => void)(events, wrapped)
  }
  // Probot keeps its state in private fields: members are read from, and bound to, the app itself.
  return new Proxy(app, {
    get: (target, property) => {
      if (property === 'on') return on
      const value: unknown = Reflect.get(target, property)
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
}
