/**
 * Installation states in Redis, shared by every instance: whichever instance refreshes an installation
 * continues from the state the previous refresh left, wherever it ran. Bounded: each entry expires
 * `ttlMs` after its last write, an entry larger than `maxEntryBytes` is not kept (its installation
 * starts cold, as after a restart), and beyond `maxInstallations` the least recently written are
 * dropped. A lost entry only costs a full refresh.
 *
 * Each instance keeps the last state it decoded with its version number, and decodes again only when
 * another instance wrote a newer one (one small GET per look).
 */
import type { Redis } from 'ioredis'
import type { Logger } from '../../src/core/logger.js'
import type { InstallationState } from '../../src/github/snapshot-cache.js'
import type { SnapshotStore } from '../snapshot-store.js'
import { decodeState, encodeState } from './state-codec.js'

export interface RedisStoreOptions {
  redis: Redis
  /** Key prefix shared by the instances of one deployment. */
  prefix: string
  logger: Logger
  /** Expiry of an entry after its last write (ms); default 7 days. */
  ttlMs?: number
  /** Largest entry kept (compressed bytes); default 64 MiB. */
  maxEntryBytes?: number
  /** Most installations kept; default 1,000. */
  maxInstallations?: number
}

const DAY_MS = 86_400_000

function emptyState(org: string): InstallationState {
  return {
    org,
    config: null,
    configProblem: null,
    staleConfig: null,
    repos: null,
    skipped: [],
    slices: new Map(),
    failed: new Map(),
    tracking: null,
  }
}

export class RedisSnapshotStore implements SnapshotStore {
  readonly #o: Required<RedisStoreOptions>
  readonly #memo = new Map<number, { version: string; state: InstallationState }>()

  constructor(options: RedisStoreOptions) {
    this.#o = { ttlMs: 7 * DAY_MS, maxEntryBytes: 64 * 1024 * 1024, maxInstallations: 1000, ...options }
  }

  #key(kind: 'state' | 'version' | 'org', id: number | string): string {
    return `${this.#o.prefix}:snapshot:${kind}:${id}`
  }

  get #index(): string {
    return `${this.#o.prefix}:snapshot:index`
  }

  async get(installationId: number): Promise<InstallationState | undefined> {
    const { redis } = this.#o
    const version = await redis.get(this.#key('version', installationId))
    if (version === null) {
      this.#memo.delete(installationId)
      return undefined
    }
    const memo = this.#memo.get(installationId)
    if (memo?.version === version) return memo.state
    const [[, bytes], [, current]] = (await redis
      .multi()
      .getBuffer(this.#key('state', installationId))
      .get(this.#key('version', installationId))
      .exec()) as [[unknown, Buffer | null], [unknown, string | null]]
    if (!bytes || current === null) return undefined
    try {
      const state = decodeState(bytes)
      this.#memo.set(installationId, { version: current, state })
      return state
    } catch (error) {
      this.#o.logger.warn(
        `The shared snapshot of installation ${installationId} could not be read (${String(error)}); starting it cold.`,
      )
      await this.drop(installationId)
      return undefined
    }
  }

  async find(org: string): Promise<{ installationId: number; state: InstallationState } | undefined> {
    const id = Number(await this.#o.redis.get(this.#key('org', org.toLowerCase())))
    if (!Number.isInteger(id) || id <= 0) return undefined
    const state = await this.get(id)
    return state && state.org.toLowerCase() === org.toLowerCase() ? { installationId: id, state } : undefined
  }

  async open(installationId: number, org: string): Promise<InstallationState> {
    const existing = await this.get(installationId)
    if (existing && existing.org === org) return existing
    const state = emptyState(org)
    this.#memo.set(installationId, { version: '', state })
    return state
  }

  async save(installationId: number, state: InstallationState): Promise<void> {
    const { redis, ttlMs, maxEntryBytes, maxInstallations, logger } = this.#o
    const bytes = encodeState(state)
    if (bytes.length > maxEntryBytes) {
      logger.warn(
        `The snapshot of ${state.org} takes ${bytes.length} bytes, more than the ${maxEntryBytes} kept in Redis; its next refresh on any instance starts cold.`,
      )
      await this.drop(installationId)
      return
    }
    const results = await redis
      .multi()
      .set(this.#key('state', installationId), bytes, 'PX', ttlMs)
      .incr(this.#key('version', installationId))
      .pexpire(this.#key('version', installationId), ttlMs)
      .set(this.#key('org', state.org.toLowerCase()), String(installationId), 'PX', ttlMs)
      .zadd(this.#index, Date.now(), String(installationId))
      .zcard(this.#index)
      .exec()
    const version = String(results?.[1]?.[1] ?? '')
    this.#memo.set(installationId, { version, state })
    const count = Number(results?.[5]?.[1] ?? 0)
    if (count > maxInstallations) await this.#evict(count - maxInstallations)
  }

  async drop(installationId: number): Promise<void> {
    this.#memo.delete(installationId)
    await this.#o.redis
      .multi()
      .del(this.#key('state', installationId), this.#key('version', installationId))
      .zrem(this.#index, String(installationId))
      .exec()
  }

  /** Drops the least recently written entries. */
  async #evict(excess: number): Promise<void> {
    const oldest = await this.#o.redis.zpopmin(this.#index, excess)
    for (let i = 0; i < oldest.length; i += 2) {
      const id = Number(oldest[i])
      this.#memo.delete(id)
      await this.#o.redis.del(this.#key('state', id), this.#key('version', id))
    }
  }
}
