/**
 * Run sizes and per-input timing for the hardening fuzz tests. The tests assert behaviour on every
 * input but time only what they report: `scripts/stress.sh` collects these summaries (written as JSON
 * lines to `$STRESS_REPORT`) and compares the slowest input and the 99th percentile with the 50 ms target.
 */
import { appendFileSync } from 'node:fs'
import fc from 'fast-check'
import type { Tagged } from './arbitraries.js'

/** Generated inputs per target in `npm test`. */
export const DEFAULT_RUNS = 1_500
/** Generated inputs per target under `npm run test:stress` (`STRESS=1`). */
export const FULL_RUNS = 100_000

/** How many generated inputs each target gets in this run: `STRESS_RUNS`, else by `STRESS=1`. */
export function stressRuns(): number {
  const value = Number(process.env.STRESS_RUNS)
  if (Number.isInteger(value) && value > 0) return value
  return process.env.STRESS === '1' ? FULL_RUNS : DEFAULT_RUNS
}

/** The fast-check seed: fixed, so CI runs are reproducible; `STRESS_SEED` explores further. */
export const SEED = Number(process.env.STRESS_SEED ?? 20_260_314)

/** Each large adversarial input is timed this many times and the fastest kept (see `InputStats.time`). */
export const LARGE_REPEATS = 3

/** A test timeout that grows with the run size (the default 30 s fits the CI size). */
export function fuzzTimeout(runs: number): number {
  return Math.max(30_000, runs * 10)
}

/** What a stress report shows for one target: wall-clock and CPU time per input, in ms. */
export interface StressSummary {
  target: string
  tried: number
  maxMs: number
  p99Ms: number
  /** CPU time is what a loaded machine does not inflate; the test bounds assert on it. */
  maxCpuMs: number
  p99CpuMs: number
  slowest: { family: string; chars: number }
  /**
   * The slowest inputs timed again, best of LARGE_REPEATS runs each: a single run's maximum also
   * counts GC pauses and other processes' turns, which this filters out.
   */
  retimedMaxMs: number
  retimed: { family: string; chars: number }
  largestChars: number
}

/** How many of the slowest inputs are kept to be timed again. */
const RETIMED = 10

/** Collects the time each input took, per target. */
export class InputStats {
  private readonly durations: number[] = []
  private readonly cpu: number[] = []
  private slowest = { ms: -1, family: '', chars: 0 }
  private largest = 0
  /** The RETIMED slowest inputs so far, slowest first, with how to handle them again. */
  private readonly top: { ms: number; input: Tagged; handle: () => unknown }[] = []

  /** `retimeSlowest: false` for inputs already timed best of LARGE_REPEATS (the large sets). */
  constructor(
    readonly target: string,
    private readonly retimeSlowest = true,
  ) {}

  /**
   * Runs `handle` on `input` and records how long it took; with `repeats`, the fastest of that many
   * runs (filters out GC pauses and other processes' turns). Returns what `handle` returned.
   */
  time<T>(input: Tagged, handle: () => T, repeats = 1): T {
    let best = { ms: Infinity, cpu: Infinity }
    let result: T
    do {
      const startCpu = process.cpuUsage()
      const start = performance.now()
      result = handle()
      const ms = performance.now() - start
      const used = process.cpuUsage(startCpu)
      best = { ms: Math.min(best.ms, ms), cpu: Math.min(best.cpu, (used.user + used.system) / 1000) }
    } while (--repeats > 0)
    this.durations.push(best.ms)
    this.cpu.push(best.cpu)
    this.largest = Math.max(this.largest, input.text.length)
    if (best.ms > this.slowest.ms)
      this.slowest = { ms: best.ms, family: input.family, chars: input.text.length }
    this.keepIfSlow(best.ms, input, handle)
    return result
  }

  private keepIfSlow(ms: number, input: Tagged, handle: () => unknown): void {
    if (this.top.length === RETIMED && ms <= (this.top.at(-1)?.ms ?? 0)) return
    this.top.push({ ms, input, handle })
    this.top.sort((a, b) => b.ms - a.ms)
    this.top.length = Math.min(this.top.length, RETIMED)
  }

  /** Times the slowest inputs again, best of LARGE_REPEATS runs each; returns the slowest of those. */
  private retime(): { ms: number; family: string; chars: number } {
    if (!this.retimeSlowest) return this.slowest
    let worst = { ms: 0, family: '', chars: 0 }
    for (const { input, handle } of this.top) {
      let best = Infinity
      for (let i = 0; i < LARGE_REPEATS; i++) {
        const start = performance.now()
        handle()
        best = Math.min(best, performance.now() - start)
      }
      if (best > worst.ms) worst = { ms: best, family: input.family, chars: input.text.length }
    }
    return worst
  }

  /** The figures so far; times the slowest inputs again (see `retimedMaxMs`). */
  summary(): StressSummary {
    const wall = percentiles(this.durations)
    const cpu = percentiles(this.cpu)
    const retimed = this.retime()
    return {
      target: this.target,
      tried: this.durations.length,
      maxMs: wall.max,
      p99Ms: wall.p99,
      maxCpuMs: cpu.max,
      p99CpuMs: cpu.p99,
      slowest: { family: this.slowest.family, chars: this.slowest.chars },
      retimedMaxMs: round(retimed.ms),
      retimed: { family: retimed.family, chars: retimed.chars },
      largestChars: this.largest,
    }
  }
}

/** Prints a summary and, under `scripts/stress.sh`, appends it to the report file. */
export function reportStats(stats: InputStats): StressSummary {
  const summary = stats.summary()
  const { target, tried, maxMs, p99Ms, maxCpuMs, p99CpuMs, slowest, retimedMaxMs, retimed } = summary
  const line =
    `${target}: ${tried} inputs, slowest ${maxMs} ms (${slowest.family}, ${slowest.chars} chars), ` +
    `p99 ${p99Ms} ms; CPU max ${maxCpuMs} ms, p99 ${p99CpuMs} ms; slowest re-timed ${retimedMaxMs} ms ` +
    `(${retimed.family}, ${retimed.chars} chars); largest ${summary.largestChars} chars`
  console.log(line)
  const file = process.env.STRESS_REPORT
  if (file) appendFileSync(file, `${JSON.stringify(summary)}\n`)
  return summary
}

/** Runs `handle` on a few samples first, so the measured runs see compiled code, not the JIT warming up. */
export function warmUp(arbitrary: fc.Arbitrary<Tagged>, handle: (input: Tagged) => unknown): void {
  for (const input of fc.sample(arbitrary, { numRuns: 300, seed: SEED + 1 })) handle(input)
}

function percentiles(values: readonly number[]): { max: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0
  return { max: round(sorted.at(-1) ?? 0), p99: round(p99) }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100
}
