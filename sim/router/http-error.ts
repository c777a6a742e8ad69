const DOCS = 'https://docs.github.com/rest'

/** An error answer with GitHub's JSON error shape: `{ message, documentation_url, status }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }

  body(): Record<string, unknown> {
    return { message: this.message, ...this.extra, documentation_url: DOCS, status: String(this.status) }
  }
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found')

/** What GitHub answers when a token lacks a permission, e.g. a read-only `GITHUB_TOKEN` writing. */
export const notAccessible = (): HttpError => new HttpError(403, 'Resource not accessible by integration')

/** 422 with GitHub's `errors` list. */
export function validationFailed(
  resource: string,
  field: string,
  message: string,
  code = 'custom',
): HttpError {
  return new HttpError(422, 'Validation Failed', { errors: [{ resource, code, field, message }] })
}
