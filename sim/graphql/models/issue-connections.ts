import type { IssueRecord } from '../../state/records.js'
import { connection, type PageArgs } from '../connection.js'
import type { GqlContext } from '../gql-context.js'
import { issueModel, pullRequestModel } from './issue.js'

interface Order {
  field: 'CREATED_AT' | 'UPDATED_AT' | 'COMMENTS'
  direction: 'ASC' | 'DESC'
}

export interface IssueArgs extends PageArgs {
  states?: string[] | null
  labels?: string[] | null
  orderBy?: Order | null
  filterBy?: Record<string, unknown> | null
}

export interface PullArgs extends IssueArgs {
  headRefName?: string | null
  baseRefName?: string | null
}

const SUPPORTED_FILTERS = new Set(['labels', 'since', 'states', 'createdBy'])

const anyLabel = (issue: IssueRecord, names: string[]): boolean => {
  const wanted = names.map((n) => n.toLowerCase())
  return issue.labels.some((l) => wanted.includes(l.toLowerCase()))
}

/** Orders by `orderBy` (default: created, oldest first, as GitHub's connections do). */
function ordered(items: IssueRecord[], order: Order | null | undefined): IssueRecord[] {
  const key = (i: IssueRecord): number =>
    order?.field === 'UPDATED_AT'
      ? Date.parse(i.updatedAt)
      : order?.field === 'COMMENTS'
        ? i.comments.length
        : i.id
  const sign = order?.direction === 'DESC' ? -1 : 1
  return [...items].sort((a, b) => (key(a) - key(b) || a.id - b.id) * sign)
}

/** `issues(...)` of a repository or label: `states`, `labels` (any of), `filterBy { labels since states createdBy }`, `orderBy`. */
export function issueConnection(items: IssueRecord[], args: IssueArgs, ctx: GqlContext) {
  const filterBy = args.filterBy ?? {}
  for (const key of Object.keys(filterBy)) {
    if (SUPPORTED_FILTERS.has(key) || filterBy[key] === null) continue
    ctx.rt.recordViolation({
      kind: 'unimplemented-field',
      request: ctx.request,
      message: `Argument "filterBy.${key}" of issues is not implemented by the simulator (ignored).`,
    })
  }
  const states = (args.states ?? (filterBy.states as string[] | undefined))?.map((s) => s.toLowerCase())
  const labels = args.labels ?? (filterBy.labels as string[] | undefined)
  const since = filterBy.since as string | undefined
  const createdBy = (filterBy.createdBy as string | undefined)?.toLowerCase()
  const matches = items.filter(
    (i) =>
      (!states || states.includes(i.state)) &&
      (!labels || anyLabel(i, labels)) &&
      (!since || Date.parse(i.updatedAt) >= Date.parse(since)) &&
      (!createdBy || i.author.login.toLowerCase() === createdBy),
  )
  return connection(ordered(matches, args.orderBy), args, (i) => issueModel(i, ctx))
}

/** `pullRequests(...)`: `states` (OPEN, CLOSED, MERGED), `labels` (any of), `headRefName`, `baseRefName`, `orderBy`. */
export function pullRequestConnection(items: IssueRecord[], args: PullArgs, ctx: GqlContext) {
  const state = (i: IssueRecord): string => (i.pull?.merged ? 'MERGED' : i.state.toUpperCase())
  const matches = items.filter(
    (i) =>
      (!args.states || args.states.includes(state(i))) &&
      (!args.labels || anyLabel(i, args.labels)) &&
      (!args.headRefName || i.pull?.head.ref === args.headRefName) &&
      (!args.baseRefName || i.pull?.base.ref === args.baseRefName),
  )
  return connection(ordered(matches, args.orderBy), args, (i) => pullRequestModel(i, ctx))
}
