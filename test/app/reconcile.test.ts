import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readAppOptions } from '../../app/app-options.js'
import { DeliveryLog } from '../../app/deliveries.js'
import { phaseOf, Reconciler, type ReconcileDeps } from '../../app/reconcile.js'
import { silentLogger } from '../../src/core/logger.js'
import type { InstallationInfo } from '../../src/github/app-installations.js'

const HOUR = 3_600_000
const PERIOD = 6 * HOUR

function harness(o: { installations: InstallationInfo[]; updatedAt?: (id: number) => number | null }) {
  const refreshed: { id: number; at: number }[] = []
  let installations = o.installations
  const deps: ReconcileDeps = {
    periodMs: PERIOD,
    logger: silentLogger,
    listInstallations: async () => installations,
    boardUpdatedAt: async (i) => (o.updatedAt ? o.updatedAt(i.id) : null),
    refresh: async (i) => void refreshed.push({ id: i.id, at: Date.now() }),
  }
  const reconciler = new Reconciler(deps)
  return { reconciler, refreshed, setInstallations: (list: InstallationInfo[]) => (installations = list) }
}

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: 1000 + i, account: `org-${i}` }))

describe('Reconciler', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(Date.UTC(2026, 11, 7, 12))
  })
  afterEach(() => vi.useRealTimers())

  it('refreshes every installation once per period, spread over the period', async () => {
    const t = harness({ installations: many(200), updatedAt: () => Date.now() - HOUR })
    await t.reconciler.start()
    expect(t.refreshed).toHaveLength(0) // boards are fresh: nothing at start-up
    await vi.advanceTimersByTimeAsync(PERIOD)
    expect(new Set(t.refreshed.map((r) => r.id)).size).toBe(200)
    expect(t.refreshed).toHaveLength(200)
    // Spread: no ten-minute slot of the period holds more than 5 % of the installations.
    const slots = new Map<number, number>()
    for (const r of t.refreshed) {
      const slot = Math.floor((r.at % PERIOD) / 600_000)
      slots.set(slot, (slots.get(slot) ?? 0) + 1)
    }
    expect(Math.max(...slots.values())).toBeLessThanOrEqual(10)
    await vi.advanceTimersByTimeAsync(PERIOD)
    expect(t.refreshed).toHaveLength(400)
    t.reconciler.stop()
  })

  it('at start-up refreshes only boards older than a period (or of unknown age), within a minute', async () => {
    const fresh = new Set([1000, 1002])
    const t = harness({
      installations: many(4),
      updatedAt: (id) => {
        if (id === 1003) throw new Error('GitHub could not be asked')
        return fresh.has(id) ? Date.now() - HOUR : id === 1001 ? null : Date.now() - 7 * HOUR
      },
    })
    await t.reconciler.start()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(t.refreshed.map((r) => r.id).sort()).toEqual([1001, 1003])
    t.reconciler.stop()
  })

  it('picks up new installations, drops removed ones, and tracks one refreshed for an event', async () => {
    const t = harness({ installations: many(2), updatedAt: () => Date.now() })
    await t.reconciler.start()
    t.setInstallations([
      { id: 1001, account: 'org-1' },
      { id: 7, account: 'new' },
    ])
    await vi.advanceTimersByTimeAsync(PERIOD)
    expect(t.reconciler.installations.sort()).toEqual([1001, 7].sort())
    t.reconciler.track({ id: 99, account: 'installed-meanwhile' })
    expect(t.reconciler.installations).toContain(99)
    t.refreshed.length = 0
    await vi.advanceTimersByTimeAsync(PERIOD)
    expect(t.refreshed.map((r) => r.id).sort()).toEqual([1001, 7, 99].sort())
    t.reconciler.stop()
    await vi.advanceTimersByTimeAsync(2 * PERIOD)
    expect(t.refreshed).toHaveLength(3)
  })

  it('gives each installation a stable phase in [0, 1)', () => {
    const phases = many(1000).map((i) => phaseOf(i.id))
    expect(phases.every((p) => p >= 0 && p < 1)).toBe(true)
    expect(phaseOf(42)).toBe(phaseOf(42))
    expect(new Set(phases.map((p) => Math.floor(p * 10))).size).toBe(10)
  })
})

describe('readAppOptions: the reconcile period', () => {
  it('defaults to 6 hours, takes minutes from STRATEGY_TRACE_RECONCILE_MINUTES, 0 turns it off', () => {
    expect(readAppOptions({}).reconcileMs).toBe(PERIOD)
    expect(readAppOptions({ STRATEGY_TRACE_RECONCILE_MINUTES: '90' }).reconcileMs).toBe(90 * 60_000)
    expect(readAppOptions({ STRATEGY_TRACE_RECONCILE_MINUTES: '0' }).reconcileMs).toBe(0)
    expect(() => readAppOptions({ STRATEGY_TRACE_RECONCILE_MINUTES: 'often' })).toThrow(
      /STRATEGY_TRACE_RECONCILE_MINUTES is "often"/,
    )
  })
})

describe('DeliveryLog', () => {
  it('lets each handler take a delivery id once, and again after a failure', () => {
    const log = new DeliveryLog()
    expect(log.claim('a', 0)).toBe(true)
    expect(log.claim('a', 1)).toBe(true) // another handler of the same delivery
    expect(log.claim('a', 0)).toBe(false)
    log.release('a', 0)
    expect(log.claim('a', 0)).toBe(true)
  })

  it('remembers at most `limit` deliveries, dropping the oldest', () => {
    const log = new DeliveryLog(100)
    for (let i = 0; i < 1000; i++) log.claim(`d${i}`, 0)
    expect(log.size).toBe(100)
    expect(log.claim('d999', 0)).toBe(false)
    expect(log.claim('d0', 0)).toBe(true)
  })
})
