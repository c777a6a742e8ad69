/**
 * The shape of a benchmark result: one row of `bench/results.json` (the ids and fields the issue
 * fixes), plus the evidence a scenario gathers for RESULTS.md.
 */

/** The scenario ids of `results.json`, in the order of the table. */
export const SCENARIO_IDS = [
  'refresh-1000',
  'refresh-1000-naive',
  'refresh-unchanged',
  'event-labeled',
  'refresh-100',
  'refresh-10000',
  'action-pr-300',
  'action-cold-start',
  'cli-cold-start',
  'parse-adr',
  'render-1000-teams',
  'refresh-1000-hostile',
  'missed-webhooks',
  'refresh-1000-detect',
  'config-load',
  'multi-instance',
] as const

export type ScenarioId = (typeof SCENARIO_IDS)[number]

/** One row of `results.json`: null where a figure does not apply. */
export interface ResultRow {
  scenario: ScenarioId
  requests: number | null
  points: number | null
  writes: number | null
  wallMs: number | null
  rssMb: number | null
  perSecond: number | null
  /** Median wall time ÷ the median of `node -e 0` run alongside (the cold-start rows); else null. */
  ratio: number | null
  /** The target in words, e.g. `≤ 60 requests, ≤ 1,500 points, ≤ 20 s, ≤ 300 MB`; null when none. */
  target: string | null
  /** Null when the row has no target (it only shows how cost grows). */
  met: boolean | null
  /** Whether the board ended equal to the truth (the hostile and missed-webhooks rows); else null. */
  converged: boolean | null
}

/** What a scenario returns: its row and what RESULTS.md shows under the table. */
export interface ScenarioResult {
  row: ResultRow
  /** The workload in words, e.g. `1,001 repositories, 19,980 migration issues, 5,017 ADRs`. */
  workload: string
  /** Extra figures and evidence (requests by route, CPU time, reductions, why a target is missed). */
  notes: string[]
}

/** What every scenario is told. */
export interface ScenarioContext {
  quick: boolean
  /**
   * Something several scenarios of one process use (an organisation on the simulator with the app
   * running): opened by the first that asks, closed when the process ends.
   */
  share<T>(key: string, open: () => Promise<T>, close: (value: T) => Promise<void>): Promise<T>
}

/** A scenario module's default export. */
export interface Scenario {
  id: ScenarioId
  run(context: ScenarioContext): Promise<ScenarioResult>
}

/** A row with every figure null, to fill in. */
export function emptyRow(scenario: ScenarioId): ResultRow {
  return {
    scenario,
    requests: null,
    points: null,
    writes: null,
    wallMs: null,
    rssMb: null,
    perSecond: null,
    ratio: null,
    target: null,
    met: null,
    converged: null,
  }
}

/** Megabytes (10^6 bytes), one decimal, from a byte count. */
export function toMb(bytes: number): number {
  return Math.round(bytes / 1e5) / 10
}

/** The median of some numbers (the lower middle for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

/** `12,345`. */
export function count(value: number): string {
  return value.toLocaleString('en')
}
