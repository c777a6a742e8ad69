import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mergeRequests, RefreshScheduler, type ScheduledRun } from '../../app/refresh-scheduler.js'
import { silentLogger } from '../../src/core/logger.js'

interface Deferred {
  resolve: () => void
  reject: (error: Error) => void
}

/** A scheduler whose runs stay open until the test settles them. */
function harness(options: { delayMs?: number; maxDelayMs?: number; minIntervalMs?: number } = {}) {
  const runs: ScheduledRun<string>[] = []
  const open: Deferred[] = []
  let active = 0
  let maxActive = 0
  const scheduler = new RefreshScheduler<string>({
    delayMs: options.delayMs ?? 1000,
    ...(options.maxDelayMs === undefined ? {} : { maxDelayMs: options.maxDelayMs }),
    ...(options.minIntervalMs === undefined ? {} : { minIntervalMs: options.minIntervalMs }),
    logger: silentLogger,
    run: (job) => {
      runs.push(job)
      active++
      maxActive = Math.max(maxActive, active)
      return new Promise<void>((resolve, reject) => {
        open.push({
          resolve: () => {
            active--
            resolve()
          },
          reject: (error) => {
            active--
            reject(error)
          },
        })
      })
    },
  })
  return { scheduler, runs, open, maxActive: () => maxActive }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('RefreshScheduler', () => {
  it('merges a burst of requests for one installation into one refresh', async () => {
    const h = harness()
    h.scheduler.schedule(1, { kind: 'repos', names: ['web'] }, 'ctx-1')
    await vi.advanceTimersByTimeAsync(500)
    h.scheduler.schedule(1, { kind: 'repos', names: ['api'] }, 'ctx-2')
    h.scheduler.schedule(1, { kind: 'repos', names: ['web'] }, 'ctx-3')
    await vi.advanceTimersByTimeAsync(999)
    expect(h.runs).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(h.runs).toEqual([
      { installationId: 1, request: { kind: 'repos', names: ['api', 'web'] }, context: 'ctx-3' },
    ])
  })

  it('never runs two refreshes of one installation at once; requests during a run make one more', async () => {
    const h = harness()
    h.scheduler.schedule(1, { kind: 'repos', names: ['a'] }, 'first')
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.runs).toHaveLength(1)
    for (let i = 0; i < 20; i++)
      h.scheduler.schedule(1, { kind: 'repos', names: [`r${i % 3}`] }, `during-${i}`)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(h.runs).toHaveLength(1)
    h.open[0]?.resolve()
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.runs).toHaveLength(2)
    expect(h.runs[1]?.request).toEqual({ kind: 'repos', names: ['r0', 'r1', 'r2'] })
    h.open[1]?.resolve()
    await vi.advanceTimersByTimeAsync(5000)
    expect(h.runs).toHaveLength(2)
    expect(h.maxActive()).toBe(1)
  })

  it('runs different installations independently', async () => {
    const h = harness()
    h.scheduler.schedule(1, { kind: 'full' }, 'one')
    h.scheduler.schedule(2, { kind: 'full' }, 'two')
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.runs.map((run) => run.installationId).sort()).toEqual([1, 2])
  })

  it('serves a steady stream of requests within maxDelayMs', async () => {
    const h = harness({ delayMs: 1000, maxDelayMs: 3000 })
    for (let t = 0; t < 3000; t += 500) {
      h.scheduler.schedule(1, { kind: 'repos', names: ['a'] }, 'ctx')
      await vi.advanceTimersByTimeAsync(500)
    }
    expect(h.runs).toHaveLength(1)
  })

  it('starts refreshes of one installation at least minIntervalMs apart, one per window however many requests', async () => {
    const h = harness({ delayMs: 100, maxDelayMs: 600, minIntervalMs: 5000 })
    const start = Date.now()
    h.scheduler.schedule(1, { kind: 'repos', names: ['a'] }, 'first')
    await vi.advanceTimersByTimeAsync(100)
    expect(h.runs).toHaveLength(1) // the first request waits only for the quiet time
    h.open[0]?.resolve()
    // A burst within the window (and past maxDelayMs): one refresh, when the window ends.
    for (let t = 200; t < 4000; t += 400) {
      await vi.advanceTimersByTimeAsync(400)
      h.scheduler.schedule(1, { kind: 'repos', names: [`r${t % 3}`] }, `burst-${t}`)
    }
    await vi.advanceTimersByTimeAsync(5099 - Date.now() + start)
    expect(h.runs).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(h.runs).toHaveLength(2)
    expect(h.runs[1]?.request).toEqual({ kind: 'repos', names: ['r0', 'r1', 'r2'] })
    h.open[1]?.resolve()
    // Another installation is not held by this one's window.
    h.scheduler.schedule(2, { kind: 'full' }, 'other')
    await vi.advanceTimersByTimeAsync(100)
    expect(h.runs.map((run) => run.installationId)).toEqual([1, 1, 2])
    h.open[2]?.resolve()
    // After the window, a request again waits only for the quiet time.
    await vi.advanceTimersByTimeAsync(10_000)
    h.scheduler.schedule(1, { kind: 'repos', names: ['late'] }, 'late')
    await vi.advanceTimersByTimeAsync(100)
    expect(h.runs).toHaveLength(4)
    expect(h.maxActive()).toBe(1)
  })

  it('calls `after` once the refresh that includes the request finished, and resolves idle()', async () => {
    const h = harness()
    const after = vi.fn()
    let idle = false
    h.scheduler.schedule(1, { kind: 'full' }, 'ctx', after)
    void h.scheduler.idle().then(() => (idle = true))
    await vi.advanceTimersByTimeAsync(1000)
    expect(after).not.toHaveBeenCalled()
    h.open[0]?.resolve()
    await vi.advanceTimersByTimeAsync(0)
    expect(after).toHaveBeenCalledTimes(1)
    expect(idle).toBe(true)
  })

  it('keeps serving an installation after a refresh fails', async () => {
    const h = harness()
    h.scheduler.schedule(1, { kind: 'full' }, 'ctx')
    await vi.advanceTimersByTimeAsync(1000)
    h.open[0]?.reject(new Error('GitHub is down'))
    await vi.advanceTimersByTimeAsync(0)
    expect(h.scheduler.isRunning(1)).toBe(false)
    h.scheduler.schedule(1, { kind: 'full' }, 'ctx')
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.runs).toHaveLength(2)
  })
})

describe('mergeRequests', () => {
  it('lets a full refresh absorb repository requests', () => {
    expect(mergeRequests({ kind: 'repos', names: ['a'] }, { kind: 'full' })).toEqual({ kind: 'full' })
    expect(mergeRequests({ kind: 'full' }, { kind: 'repos', names: ['a'] })).toEqual({ kind: 'full' })
  })

  it('unites repositories, added and removed lists', () => {
    expect(
      mergeRequests(
        { kind: 'repos', names: ['b'], added: ['x'] },
        { kind: 'repos', names: ['a', 'b'], removed: ['y'] },
      ),
    ).toEqual({ kind: 'repos', names: ['a', 'b'], added: ['x'], removed: ['y'] })
  })
})
