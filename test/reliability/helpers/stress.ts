/**
 * Test sizes: CI-friendly under `npm test`, full under `npm run test:stress` (`STRESS=1`). The
 * script's `STRESS_RUNS` sizes the bad-input fuzz tests (test/hardening), not these.
 */

/** True under `npm run test:stress`. */
export const STRESS = process.env.STRESS === '1'

/** `ci` normally, `full` under stress. */
export function sized(ci: number, full: number): number {
  return STRESS ? full : ci
}

/** Runs `task` over `items` with at most `limit` at once, keeping the results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Prints one line of measured figures, picked up for RELIABILITY.md. */
export function report(name: string, figures: Record<string, number | string>): void {
  const text = Object.entries(figures)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')
  console.log(`[reliability] ${name}${STRESS ? ' (stress)' : ''}: ${text}`)
}
