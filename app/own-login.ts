import type { Logger } from '../src/core/logger.js'

/** Our own login (`<app-slug>[bot]`), asked of GitHub once per process and remembered. */
export interface OwnLogin {
  /** The login if already known, without asking. */
  peek(): string | null
  /** The login; null (logged) when GitHub could not be asked. A failure is retried next time. */
  get(): Promise<string | null>
}

/** `readSlug` asks `GET /app` with the app's JWT (installation tokens cannot). */
export function createOwnLogin(readSlug: () => Promise<string>, logger: Logger): OwnLogin {
  let known: string | null = null
  let pending: Promise<string | null> | null = null
  return {
    peek: () => known,
    get() {
      pending ??= readSlug().then(
        (slug) => (known = `${slug}[bot]`),
        (error: unknown) => {
          pending = null
          logger.warn(`Could not read the app's own name from GET /app: ${String(error)}`)
          return null
        },
      )
      return pending
    },
  }
}
