/**
 * Errors from the GitHub API, turned into one readable line that names the operation and its target
 * ("Could not read pull request acme/api#12: 404 Not Found."). Octokit's `RequestError` carries a
 * status; anything else (network, abort) has none.
 */
export class GitHubError extends Error {
  override readonly name = 'GitHubError'
  /** HTTP status, or null when the request never got an answer. */
  readonly status: number | null

  constructor(message: string, status: number | null, options?: { cause?: unknown }) {
    super(message, options)
    this.status = status
  }
}

/** The HTTP status of an Octokit error (or of a `GitHubError`), if it has one. */
export function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('status' in error)) return null
  const status = (error as { status: unknown }).status
  return typeof status === 'number' ? status : null
}

const HINTS: Record<number, string> = {
  401: 'The token is invalid or expired.',
  403: 'The token lacks the permission, or a rate limit was hit.',
  404: 'It does not exist, or the token cannot see it.',
  422: 'GitHub rejected the request as invalid.',
}

/**
 * Wraps any error thrown by an Octokit call.
 *
 * @example toGitHubError(e, 'read pull request', 'acme/api#12')
 * // GitHubError: Could not read pull request acme/api#12: 404 Not Found. It does not exist, or …
 */
export function toGitHubError(error: unknown, operation: string, target: string): GitHubError {
  if (error instanceof GitHubError) return error
  const status = statusOf(error)
  const reason = firstLine(error instanceof Error ? error.message : String(error))
  const hint = status === null ? '' : (HINTS[status] ?? '')
  const what = status === null ? reason : `${status} ${reason}`
  const message = `Could not ${operation} ${target}: ${what.replace(/\.$/, '')}.${hint ? ` ${hint}` : ''}`
  return new GitHubError(message, status, { cause: error })
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0]?.trim() ?? ''
  // Octokit appends " - https://docs.github.com/…" to messages; keep the words, drop the link noise.
  const withoutDocs = line.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '')
  return withoutDocs.length > 300 ? `${withoutDocs.slice(0, 300)}…` : withoutDocs || 'unknown error'
}
