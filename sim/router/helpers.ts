import { requireRepoPermission } from '../auth/permissions.js'
import type { IssueRecord, RepoRecord } from '../state/records.js'
import type { RequestContext } from './context.js'
import { HttpError, notFound, validationFailed } from './http-error.js'

/**
 * The repository of `{owner}/{repo}`, after checking the caller may use `resources` (any one) at
 * `level`. Reads of repository metadata need no named permission.
 */
export function repoFor(
  ctx: RequestContext,
  resources: string[] = ['metadata'],
  level: 'read' | 'write' = 'read',
): RepoRecord {
  const repo = ctx.rt.state.core.findRepo(ctx.params.owner ?? '', ctx.params.repo ?? '')
  if (!repo) throw notFound()
  requireRepoPermission(ctx.identity, repo, ctx.rt.state.installations, resources, level)
  return repo
}

/** The issue (or pull request) named by `{issue_number}` or `{pull_number}`. */
export function issueFor(ctx: RequestContext, repo: RepoRecord): IssueRecord {
  const number = Number(ctx.params.issue_number ?? ctx.params.pull_number)
  const issue = repo.issues.get(number)
  if (!issue) throw notFound()
  return issue
}

/** A string field of the body; 422 when required and missing or when longer than `max`. */
export function bodyText(
  ctx: RequestContext,
  field: string,
  options: { required?: boolean; max?: number; resource?: string } = {},
): string | undefined {
  const value = ctx.body[field]
  const resource = options.resource ?? 'Issue'
  if (value === undefined || value === null) {
    if (options.required) throw validationFailed(resource, field, `${field} is missing`, 'missing_field')
    return undefined
  }
  if (typeof value !== 'string')
    throw validationFailed(resource, field, `${field} must be a string`, 'invalid')
  if (options.max !== undefined && value.length > options.max) {
    throw validationFailed(resource, field, `${field} is too long (maximum is ${options.max} characters)`)
  }
  return value
}

/** Label names from a body that is `["a"]`, `{ labels: ["a"] }` or `{ labels: [{ name: "a" }] }`. */
export function labelNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : (body as { labels?: unknown }).labels
  if (!Array.isArray(list)) throw new HttpError(422, 'Invalid request.\n\n"labels" wasn\'t supplied.')
  return list.map((item) => (typeof item === 'string' ? item : String((item as { name?: unknown }).name)))
}
