/**
 * Where webhook handlers and the reconcile hand refresh requests. Two implementations: the in-memory
 * scheduler of one process (refresh-scheduler.ts, the default) and a BullMQ queue shared by several
 * instances on one Redis (redis/bullmq-refresh-queue.ts, with `REDIS_URL`). Both coalesce per
 * installation: at most one refresh running and one waiting, newer requests merged into the waiting one.
 */
import type { RefreshRequest, RefreshScheduler } from './refresh-scheduler.js'
import type { RunContext } from './run-refresh.js'

/** Something to do once the refresh that includes a request has finished. */
export interface FollowUp {
  /** React 👍 to the comment that asked for the refresh (`/leaderboard refresh`). */
  react: { owner: string; repo: string; commentId: number }
}

export interface RefreshQueue {
  /**
   * Asks for a refresh of an installation; resolves once the request is recorded (in memory at once;
   * in Redis once written, so a webhook answered 200 is never lost with the instance).
   */
  schedule(
    installationId: number,
    request: RefreshRequest,
    context: RunContext,
    followUp?: FollowUp,
  ): Promise<void>
  /** Resolves when no refresh is waiting or running (tests, graceful shutdown). */
  idle(): Promise<void>
  /** Stops taking work (shutdown). */
  close(): Promise<void>
}

/** The in-memory scheduler as a `RefreshQueue`; a follow-up reacts with the event's own client. */
export function memoryQueue(
  scheduler: RefreshScheduler<RunContext>,
  react: (context: RunContext, target: FollowUp['react']) => Promise<void>,
): RefreshQueue {
  return {
    schedule: (installationId, request, context, followUp) => {
      const after = followUp ? () => react(context, followUp.react) : undefined
      scheduler.schedule(installationId, request, context, after)
      return Promise.resolve()
    },
    idle: () => scheduler.idle(),
    close: () => Promise.resolve(),
  }
}
