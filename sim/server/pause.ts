/** Waits `ms` (the configured latency); spent while a request counts as in flight, like server time on GitHub. */
export function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}
