import type { Logger } from '../core/logger.js'
import type { GitHubGateway } from '../github/gateway.js'
import type { ActionCore } from './action-core.js'

/** Everything `run()` touches, passed in so tests never patch modules (repository-settings' DI). */
export interface RunDeps {
  core: ActionCore
  /** The runner's environment: `GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`, `GITHUB_REPOSITORY`, `GITHUB_SHA`, `GITHUB_API_URL`. */
  env: Record<string, string | undefined>
  /** Reads the event payload file. */
  readFile(path: string): Promise<string>
  createGateway(p: { token: string; baseUrl?: string; logger: Logger }): GitHubGateway
  /** Today, `YYYY-MM-DD` (UTC). */
  today(): string
}

/** A logger over `core`: warnings become warning annotations, as release-drafter does. */
export function createCoreLogger(core: ActionCore): Logger {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warn: (message) => core.warning(message),
    error: (message) => core.error(message),
  }
}
