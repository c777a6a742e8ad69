/**
 * Installation states in a real Redis: what one instance saves another reads back equal, with maps
 * and ADRs intact; entries are bounded in size, number and time.
 */
import { readFileSync } from 'node:fs'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RedisSnapshotStore } from '../../app/redis/redis-snapshot-store.js'
import { parseAdr } from '../../src/core/adr/parse-adr.js'
import type { Logger } from '../../src/core/logger.js'
import { parseConfig } from '../../src/core/config/parse-config.js'
import type { InstallationState } from '../../src/github/snapshot-cache.js'
import { adrsKey, toOrgSnapshot } from '../../src/github/snapshot-cache.js'
import { redisAvailable, startRedisServer, type RedisServer } from '../helpers/redis-server.js'

const available = redisAvailable()
let server: RedisServer | null = null
const clients: Redis[] = []

beforeAll(async () => {
  if (available) server = await startRedisServer()
})
afterAll(async () => {
  for (const client of clients) client.disconnect()
  await server?.stop()
})

const warnings: string[] = []
const logger: Logger = {
  debug: () => {},
  info: () => {},
  warn: (m) => void warnings.push(m),
  error: () => {},
}

function client(): Redis {
  const redis = new Redis(server?.url ?? '')
  clients.push(redis)
  return redis
}

/** A warm state with what a refresh leaves: config, slices with ADR folders, failures, the board. */
function warmState(org: string, repos: number): InstallationState {
  const text = readFileSync('test/fixtures/config/complete.yml', 'utf8')
  const config = parseConfig(text, 'strategy.yml')
  const adrs = config.adrs
  const state: InstallationState = {
    org,
    config: { config, owner: org, repo: '.github', path: '.github/strategy.yml', text },
    configProblem: null,
    staleConfig: null,
    repos: Array.from({ length: repos }, (_, i) => `repo-${i}`),
    skipped: [{ repo: `${org}/old`, reason: 'archived' }],
    slices: new Map(),
    failed: new Map([['repo-1', 'GitHub answered 502']]),
    tracking: { repo: '.github', number: 4, body: '<!-- strategy-trace:leaderboard -->\nboard' },
    // The last refresh's problem travels with the state, so the instance that runs the next refresh
    // can say the board is up to date again.
    problem: 'failed (GitHub answered 502)',
  }
  for (const name of state.repos ?? []) {
    const text = `# Use Node 22 in ${name}\n\nStatus: Accepted\nDate: 2026-01-02\n\n## Context\n\nWhy.\n`
    const options = { statuses: adrs.statuses, synonyms: adrs.status_synonyms }
    const adr = parseAdr('docs/adr/0001-use-node.md', text, options).adr
    state.slices.set(name, {
      snapshot: {
        repo: `${org}/${name}`,
        url: `https://github.com/${org}/${name}`,
        defaultBranch: 'main',
        adrs: [adr],
        issues: [],
        mergedPulls: [],
      },
      adrs,
      adrsKey: adrsKey(adrs),
      folders: new Map([['docs/adr', { oid: `tree-${name}`, adrs: [adr] }]]),
    })
  }
  return state
}

describe.skipIf(!available)('installation states in Redis', () => {
  it('reads back on another instance what one saved, equal in every part', async () => {
    const one = new RedisSnapshotStore({ redis: client(), prefix: 'store-1', logger })
    const two = new RedisSnapshotStore({ redis: client(), prefix: 'store-1', logger })
    const state = warmState('acme', 50)
    expect(await two.get(11)).toBeUndefined()
    await one.save(11, state)
    const read = await two.get(11)
    expect(read).toEqual(state)
    expect(read?.slices.get('repo-3')?.folders).toBeInstanceOf(Map)
    expect(read?.problem).toBe('failed (GitHub answered 502)')
    expect(toOrgSnapshot(read as InstallationState)).toEqual(toOrgSnapshot(state))
    expect((await two.find('ACME'))?.installationId).toBe(11)
    // Unchanged since: the instance reuses what it decoded; changed by another: it reads again.
    expect(await two.get(11)).toBe(read)
    state.tracking = { repo: '.github', number: 4, body: 'newer' }
    await one.save(11, state)
    expect((await two.get(11))?.tracking?.body).toBe('newer')
    await two.drop(11)
    expect(await one.get(11)).toBeUndefined()
  })

  it('keeps at most the configured number of installations, least recently written dropped first', async () => {
    const store = new RedisSnapshotStore({ redis: client(), prefix: 'store-2', logger, maxInstallations: 3 })
    for (let id = 1; id <= 5; id++) await store.save(id, warmState(`org-${id}`, 2))
    const kept = []
    for (let id = 1; id <= 5; id++) if (await store.get(id)) kept.push(id)
    expect(kept).toEqual([3, 4, 5])
  })

  it('does not keep an entry beyond its size bound, and lets entries expire', async () => {
    const redis = client()
    const small = new RedisSnapshotStore({ redis, prefix: 'store-3', logger, maxEntryBytes: 2_000 })
    await small.save(1, warmState('big', 400))
    expect(await small.get(1)).toBeUndefined()
    expect(warnings.join('\n')).toMatch(
      /The snapshot of big takes \d+ bytes, more than the 2000 kept in Redis/,
    )
    const brief = new RedisSnapshotStore({ redis, prefix: 'store-4', logger, ttlMs: 200 })
    await brief.save(2, warmState('brief', 2))
    expect(await brief.get(2)).toBeDefined()
    expect(await redis.pttl('store-4:snapshot:state:2')).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await brief.get(2)).toBeUndefined()
  })
})
