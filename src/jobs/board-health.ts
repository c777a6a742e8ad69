import type { OrgSnapshot } from '../core/types.js'

/**
 * How complete the data behind a board was, carried in the body as a hidden note so the next refresh
 * can tell whether its own board would be worse than the one on the issue.
 */
export interface BoardHealth {
  /** Repositories read. */
  read: number
  /** Repositories that could not be read. */
  failed: number
  /** Of those, repositories with no data from an earlier refresh either: the board lacks them. */
  missing?: number
}

const NOTE = /<!-- strategy-trace:health read=(\d+) failed=(\d+) -->/

export function boardHealth(snapshot: OrgSnapshot): BoardHealth {
  const failed = new Set(snapshot.failed.map((f) => f.repo))
  const read = snapshot.repos.filter((repo) => !failed.has(repo.repo)).length
  const shown = new Set(snapshot.repos.map((repo) => repo.repo))
  const missing = [...failed].filter((repo) => !shown.has(repo)).length
  return { read, failed: failed.size, missing }
}

/** The hidden note appended to the body. */
export function healthNote(health: BoardHealth): string {
  return `<!-- strategy-trace:health read=${health.read} failed=${health.failed} -->`
}

/** The note of a body we wrote, or null (an older body, or not ours). */
export function readHealthNote(body: string): BoardHealth | null {
  const match = NOTE.exec(body)
  return match ? { read: Number(match[1]), failed: Number(match[2]) } : null
}

/**
 * Why the current body should be kept instead of `next`, or null to write. A board built while most
 * repositories could not be read is worse than one built from more of them: keep the latter until
 * GitHub answers again, rather than blank half the leaderboard. Likewise a board that lacks
 * repositories (unreadable now, and never read since a restart) never replaces one that showed more.
 */
export function reasonToKeepBoard(current: string, next: BoardHealth): string | null {
  const total = next.read + next.failed
  const previous = readHealthNote(current)
  const missing = next.missing ?? 0
  if (missing > 0 && previous && previous.read > total - missing) {
    return (
      `${missing} of ${total} repositories could not be read and there is no earlier data for them, so ` +
      `the board would lack them (the board on the issue shows ${previous.read}). The next refresh tries again.`
    )
  }
  if (total === 0 || next.failed * 2 <= total) return null
  if (previous && previous.read <= next.read) return null
  const before = previous ? ` (the board on the issue was built from ${previous.read})` : ''
  return (
    `${next.failed} of ${total} repositories could not be read this time${before}, so the board would ` +
    'be worse than the one shown. The next refresh tries again.'
  )
}
