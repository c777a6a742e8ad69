import { sign } from '@octokit/webhooks-methods'
import type { SimCounters } from '../counters.js'
import { createPrng, type Prng } from '../prng.js'
import type { Urls } from '../rest/serialize/urls.js'
import type { SimState } from '../state/sim-state.js'
import type { StateChange } from '../state/state-core.js'
import { buildPayload } from './build-payload.js'

export interface WebhookOptions {
  /** Where deliveries are POSTed, e.g. Probot's `http://127.0.0.1:3000/api/github/webhooks`. */
  url: string
  /**
   * Several receivers of one app (instances behind a load balancer): deliveries go to `url` and these,
   * round-robin, one receiver per attempt.
   */
  alsoTo?: string[]
  secret: string
  /** Share of deliveries sent twice with the same delivery id (true = all), as GitHub may. */
  duplicate?: boolean | number
  /** Shuffle deliveries produced together (by one request or state call). */
  reorder?: boolean
  /** Send a batch at once instead of one after the other. */
  concurrent?: boolean
  /** Seed of the duplicate/reorder choices (default `'webhooks'`). */
  seed?: string | number
  /** Give up on a delivery after this many ms (default 10,000). */
  timeoutMs?: number
  /**
   * Share of deliveries lost on the way (0–1), seeded: never received, recorded as failed (status 0),
   * as a delivery to an unreachable receiver is on GitHub, which does not retry it by itself.
   */
  drop?: number
  /**
   * Each delivery leaves after a seeded random delay of up to this many ms, sent concurrently, so
   * deliveries of different batches overtake each other (GitHub guarantees no order).
   */
  jitterMs?: number
}

export interface Delivery {
  /** `X-GitHub-Delivery` (a GUID; a redelivery keeps it). */
  id: string
  /** The number GitHub's delivery API uses (`GET /app/hook/deliveries`); each attempt has its own. */
  attemptId: number
  /** True for an attempt made through `POST /app/hook/deliveries/{delivery_id}/attempts`. */
  redelivery?: boolean
  /** When the attempt was made (real time, ms). */
  deliveredAt?: number
  /** How long the receiver took (ms). */
  durationMs?: number
  /** True when the simulator dropped it on purpose (`drop`). */
  dropped?: boolean
  event: string
  action?: string
  installationId: number | null
  payload: Record<string, unknown>
  /** HTTP status of the receiver's answer; undefined until sent, 0 on a network error. */
  status?: number
  error?: string
  duplicate?: boolean
  /** Why it was not sent (no installation covers the repository, event not subscribed, no URL). */
  skipped?: string
  /** The receiver it was sent to (differs between attempts with `alsoTo`). */
  url?: string
}

/** Turns state changes into signed deliveries to the configured URL. */
export class WebhookDispatcher {
  /** Every delivery, in the order it was created (sent or skipped). */
  readonly deliveries: Delivery[] = []
  private queue: Delivery[] = []
  private inFlight = 0
  private scheduled = false
  private counter = 0
  private attempts = 0
  private sent = 0
  private prng: Prng
  private waiters: (() => void)[] = []
  private chain: Promise<void> = Promise.resolve()

  constructor(
    private readonly state: SimState,
    private readonly urls: Urls,
    private readonly counters: SimCounters,
    private options: WebhookOptions | undefined,
  ) {
    this.prng = createPrng(options?.seed ?? 'webhooks')
    state.onChange((change) => this.enqueue(change))
  }

  /** Where deliveries go ('' when not configured). */
  get url(): string {
    return this.options?.url ?? ''
  }

  configure(options: WebhookOptions | undefined): void {
    this.options = options
    if (options?.seed !== undefined) this.prng = createPrng(options.seed)
  }

  /** Resolves once every queued delivery has been answered (or failed). */
  idle(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0 && !this.scheduled) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  /**
   * Sends one delivery now and returns it with the receiver's status. Without an `installation` key,
   * the installation covering `repository.full_name` is added, as GitHub would.
   */
  async deliver(event: string, payload: Record<string, unknown>): Promise<Delivery> {
    const given = (payload.installation as { id?: number } | undefined)?.id
    const fullName = (payload.repository as { full_name?: string } | undefined)?.full_name
    const repo = fullName ? this.state.repos.find(fullName) : undefined
    const installationId = given ?? (repo && this.state.installations.forRepo(repo)?.id) ?? null
    const delivery = this.create(event, payload, installationId)
    await this.send(delivery)
    return delivery
  }

  /** The attempt with this number (`GET /app/hook/deliveries/{delivery_id}`). */
  attempt(attemptId: number): Delivery | undefined {
    return this.deliveries.find((d) => d.attemptId === attemptId && !d.skipped)
  }

  /**
   * Sends an earlier delivery again, with the same `X-GitHub-Delivery` and payload, as GitHub's
   * `POST /app/hook/deliveries/{delivery_id}/attempts` does; resolves with the new attempt once answered.
   */
  async redeliver(attemptId: number): Promise<Delivery | undefined> {
    const original = this.attempt(attemptId)
    if (!original) return undefined
    const attempt: Delivery = {
      ...original,
      attemptId: ++this.attempts,
      redelivery: true,
      duplicate: false,
      dropped: false,
    }
    delete attempt.status
    delete attempt.error
    this.inFlight++
    await this.sendCounted(attempt)
    return attempt
  }

  private enqueue(change: StateChange): void {
    const installation = change.installation ?? (change.repo && this.state.installations.forRepo(change.repo))
    const payload = buildPayload(change, this.state, this.urls)
    const delivery = this.create(change.event, payload, installation?.id ?? null)
    if (!this.options) delivery.skipped = 'no webhook URL configured'
    else if (!installation)
      delivery.skipped = `no installation covers ${change.repo?.owner.login}/${change.repo?.name}`
    else if (!change.event.startsWith('installation') && !installation.events.includes(change.event)) {
      delivery.skipped = `installation ${installation.id} is not subscribed to "${change.event}"`
    }
    if (delivery.skipped) return
    this.queue.push(delivery)
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => this.flush())
    }
  }

  private create(event: string, payload: Record<string, unknown>, installationId: number | null): Delivery {
    const n = ++this.counter
    const id = `${n.toString(16).padStart(8, '0')}-5151-11f0-8000-${'0'.repeat(12)}`
    if (installationId !== null && !payload.installation) {
      payload.installation = {
        id: installationId,
        node_id: Buffer.from(`023:IntegrationInstallation${installationId}`).toString('base64'),
      }
    }
    const delivery: Delivery = {
      id,
      attemptId: ++this.attempts,
      event,
      action: payload.action as string | undefined,
      installationId,
      payload,
    }
    this.deliveries.push(delivery)
    return delivery
  }

  /** Takes the batch of changes made together; sends it after earlier batches unless `concurrent`. */
  private flush(): void {
    this.scheduled = false
    const batch = this.queue
    this.queue = []
    const options = this.options
    if (options?.reorder) {
      for (let i = batch.length - 1; i > 0; i--) {
        const j = this.prng.int(0, i)
        ;[batch[i], batch[j]] = [batch[j] as Delivery, batch[i] as Delivery]
      }
    }
    const rate = options?.duplicate === true ? 1 : Number(options?.duplicate ?? 0)
    const sends = batch.flatMap((d) =>
      rate > 0 && this.prng.chance(rate) ? [d, { ...d, attemptId: ++this.attempts, duplicate: true }] : [d],
    )
    for (const d of sends) if (options?.drop && this.prng.chance(options.drop)) d.dropped = true
    this.inFlight += sends.length
    const jitter = options?.jitterMs ?? 0
    if (jitter > 0) {
      for (const d of sends) {
        const wait = this.prng.int(0, jitter)
        setTimeout(() => void this.sendCounted(d), wait)
      }
    } else if (options?.concurrent) {
      for (const d of sends) void this.sendCounted(d)
    } else {
      this.chain = this.chain.then(async () => {
        for (const d of sends) await this.sendCounted(d)
      })
    }
  }

  private async sendCounted(delivery: Delivery): Promise<void> {
    try {
      await this.send(delivery)
    } finally {
      this.inFlight--
      if (this.queue.length === 0 && this.inFlight === 0 && !this.scheduled) {
        for (const resolve of this.waiters.splice(0)) resolve()
      }
    }
  }

  private async send(delivery: Delivery): Promise<void> {
    const options = this.options
    if (!options)
      throw new Error('[sim] No webhook URL configured: pass startSimulator({ webhook: { url, secret } }).')
    if (delivery.duplicate || delivery.redelivery) this.deliveries.push(delivery)
    delivery.deliveredAt = Date.now()
    if (delivery.dropped) {
      delivery.status = 0
      delivery.error = 'dropped by the simulator (drop)'
      delivery.durationMs = 0
      this.counters.webhooks.failed++
      return
    }
    const body = JSON.stringify(delivery.payload)
    const receivers = [options.url, ...(options.alsoTo ?? [])]
    delivery.url = receivers[this.sent++ % receivers.length] ?? options.url
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'GitHub-Hookshot/sim',
          'x-github-event': delivery.event,
          'x-github-delivery': delivery.id,
          'x-github-hook-id': '1',
          'x-github-hook-installation-target-type': 'integration',
          'x-github-hook-installation-target-id': String(this.state.app.id),
          'x-hub-signature-256': await sign(options.secret, body),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      })
      await response.arrayBuffer()
      delivery.durationMs = Date.now() - delivery.deliveredAt
      delivery.status = response.status
      this.counters.webhooks[response.ok ? 'delivered' : 'failed']++
    } catch (error) {
      delivery.durationMs = Date.now() - delivery.deliveredAt
      delivery.status = 0
      delivery.error = error instanceof Error ? error.message : String(error)
      this.counters.webhooks.failed++
    }
  }
}
