/** Things to stop when the demo ends, however it ends. */
export interface Cleanup {
  /** Registers a stop function; they run last-registered first. */
  add(name: string, stop: () => Promise<void>): void
  /** Runs every stop function once (later calls get the same result): names of those that failed. */
  run(): Promise<string[]>
}

/** Each stop function gets `timeoutMs` before the next one runs, so one stuck server cannot hang the exit. */
export function createCleanup(timeoutMs = 10_000): Cleanup {
  const stops: { name: string; stop: () => Promise<void> }[] = []
  let running: Promise<string[]> | null = null
  const runAll = async () => {
    const failed: string[] = []
    for (const { name, stop } of stops.reverse()) {
      try {
        await withTimeout(stop(), timeoutMs, `${name} did not stop within ${timeoutMs} ms`)
      } catch (error) {
        failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return failed
  }
  return {
    add: (name, stop) => void stops.push({ name, stop }),
    run: () => (running ??= runAll()),
  }
}

/** `promise`, or a rejection with `message` after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
