/**
 * Periodic reconcile: every installation gets a full refresh once per period, whatever webhooks did or
 * did not arrive. GitHub does not redeliver a lost delivery by itself, and a board also goes stale
 * with the calendar (burn rates, projected dates, stale ADRs), so events alone are not enough
 * (https://docs.github.com/en/webhooks/using-webhooks/best-practices-for-using-webhooks).
 *
 * Each installation has its own phase in the period, derived from its id, so that a thousand
 * installations never refresh at the same instant. At start-up, installations whose board is older
 * than one period (or unknown) are refreshed once, spread over a minute (more with many
 * installations); the others wait for their phase. The list of installations is read again every
 * period.
 */
import type { Logger } from '../src/core/logger.js'
import type { InstallationInfo } from '../src/github/app-installations.js'
import { mapConcurrently } from '../src/jobs/map-concurrently.js'

export interface ReconcileDeps {
  /** Time between two reconciles of one installation (ms). */
  periodMs: number
  /** Start-up refreshes are spread over this long (ms); default a minute, 2 s an installation beyond 30. */
  startupSpreadMs?: number
  logger: Logger
  listInstallations: () => Promise<InstallationInfo[]>
  /** When the installation's board was last written (ms since the epoch), or null when unknown. */
  boardUpdatedAt: (installation: InstallationInfo) => Promise<number | null>
  /** Asks for a full refresh (the scheduler merges it with anything pending). */
  refresh: (installation: InstallationInfo) => Promise<void>
  now?: () => number
}

/**
 * A number in [0, 1) from an installation id: the same id always gets the same phase, and consecutive
 * ids land far apart (murmur3's 32-bit finaliser).
 */
export function phaseOf(id: number): number {
  let h = id >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32
}

export class Reconciler {
  readonly #deps: ReconcileDeps
  readonly #timers = new Map<number, ReturnType<typeof setTimeout>>()
  #roster: ReturnType<typeof setTimeout> | null = null
  #stopped = false
  /** Refreshes asked for since start (tests, logs). */
  runs = 0

  constructor(deps: ReconcileDeps) {
    this.#deps = deps
  }

  /** Lists the installations, refreshes stale boards once, and arms the periodic timers. */
  async start(): Promise<void> {
    const installations = (await this.#list()) ?? []
    const now = this.#now()
    // A minute, or two seconds an installation when there are more than 30 (never beyond a period).
    const spread =
      this.#deps.startupSpreadMs ??
      Math.min(this.#deps.periodMs, Math.max(60_000, installations.length * 2_000))
    // A few at a time: each costs an installation token and a request, and there may be thousands.
    await mapConcurrently(installations, 4, async (installation) => {
      // Unknown (GitHub could not be asked) counts as old: one refresh too many is the safe side.
      const updatedAt = await this.#deps.boardUpdatedAt(installation).catch(() => null)
      const stale = updatedAt === null || now - updatedAt >= this.#deps.periodMs
      if (stale) this.#arm(installation, Math.round(phaseOf(installation.id) * spread))
      else this.#arm(installation, this.#untilPhase(installation.id))
    })
    this.#armRoster()
  }

  /** Clears every timer (shutdown, tests). */
  stop(): void {
    this.#stopped = true
    for (const timer of this.#timers.values()) clearTimeout(timer)
    this.#timers.clear()
    if (this.#roster) clearTimeout(this.#roster)
  }

  /**
   * Adds an installation the app just refreshed for an event (e.g. installed since the last listing),
   * so that it is reconciled from its next phase on instead of after the next listing.
   */
  track(installation: InstallationInfo): void {
    if (!this.#timers.has(installation.id)) this.#arm(installation, this.#untilPhase(installation.id))
  }

  /** Installation ids with a reconcile armed. */
  get installations(): number[] {
    return [...this.#timers.keys()]
  }

  #now(): number {
    return (this.#deps.now ?? Date.now)()
  }

  /** Time until the installation's phase next comes round (in (0, period]). */
  #untilPhase(id: number): number {
    const { periodMs } = this.#deps
    const offset = Math.round(phaseOf(id) * periodMs)
    const wait = (offset - (this.#now() % periodMs) + periodMs) % periodMs
    return wait === 0 ? periodMs : wait
  }

  #arm(installation: InstallationInfo, waitMs: number): void {
    if (this.#stopped) return
    const existing = this.#timers.get(installation.id)
    if (existing) clearTimeout(existing)
    const timer = setTimeout(() => void this.#fire(installation), waitMs)
    timer.unref?.()
    this.#timers.set(installation.id, timer)
  }

  async #fire(installation: InstallationInfo): Promise<void> {
    this.#arm(installation, this.#deps.periodMs)
    this.runs++
    this.#deps.logger.debug(`Reconciling the leaderboard of ${installation.account}.`)
    try {
      await this.#deps.refresh(installation)
    } catch (error) {
      this.#deps.logger.warn(
        `Could not start the reconcile of ${installation.account}: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }

  /** Reads the installations again every period: new ones join (at their phase), removed ones leave. */
  #armRoster(): void {
    if (this.#stopped) return
    this.#roster = setTimeout(() => void this.#reroster(), this.#deps.periodMs)
    this.#roster.unref?.()
  }

  async #reroster(): Promise<void> {
    const installations = await this.#list()
    if (!installations) return this.#armRoster()
    const ids = new Set(installations.map((i) => i.id))
    for (const [id, timer] of this.#timers) {
      if (ids.has(id)) continue
      clearTimeout(timer)
      this.#timers.delete(id)
    }
    for (const installation of installations)
      if (!this.#timers.has(installation.id)) this.#arm(installation, this.#untilPhase(installation.id))
    this.#armRoster()
  }

  /** The installations, or null (logged) when they cannot be listed. */
  async #list(): Promise<InstallationInfo[] | null> {
    try {
      return await this.#deps.listInstallations()
    } catch (error) {
      this.#deps.logger.warn(
        `Could not list the app's installations for the periodic reconcile (tried again in one period): ${error instanceof Error ? error.message : String(error)}`,
      )
      return null
    }
  }
}
