import type { IssueRecord, RepoRecord } from '../state/records.js'
import { matchesDateRange, parseSearchQuery, type Qualifier } from './parse-search-query.js'

export interface SearchResult {
  /** Every match, sorted. */
  items: IssueRecord[]
  /** Qualifiers the simulator does not understand (recorded as violations by callers). */
  unsupported: string[]
}

const DATE_FIELDS: Record<string, (i: IssueRecord) => string | null> = {
  created: (i) => i.createdAt,
  updated: (i) => i.updatedAt,
  closed: (i) => i.closedAt,
  merged: (i) => i.pull?.mergedAt ?? null,
}

type Test = (issue: IssueRecord) => boolean

function qualifierTest(q: Qualifier, unsupported: string[]): Test | null {
  const value = q.value.toLowerCase()
  const repoName = (i: IssueRecord): string => `${i.repo.owner.login}/${i.repo.name}`.toLowerCase()
  const dateField = DATE_FIELDS[q.key]
  if (dateField) return (i) => matchesDateRange(dateField(i), q.value)
  switch (q.key) {
    case 'repo':
      return (i) => repoName(i) === value
    case 'org':
    case 'user':
    case 'owner':
      return (i) => i.repo.owner.login.toLowerCase() === value
    case 'is':
    case 'type':
    case 'state':
      return stateTest(value, q, unsupported)
    case 'reason':
      return (i) => i.stateReason === value.replace(' ', '_')
    case 'label': {
      const options = value.split(',')
      return (i) => i.labels.some((l) => options.includes(l.toLowerCase()))
    }
    case 'no':
      return value === 'label' ? (i) => i.labels.length === 0 : unknown(q, unsupported)
    case 'author':
      return (i) =>
        i.author.login.toLowerCase() === value ||
        i.author.login.toLowerCase() === `${value.replace(/^app\//, '')}[bot]`
    case 'archived':
      return (i) => String(i.repo.archived) === value
    case 'in':
    case 'sort':
      return null
    default:
      return unknown(q, unsupported)
  }
}

function stateTest(value: string, q: Qualifier, unsupported: string[]): Test | null {
  switch (value) {
    case 'issue':
      return (i) => !i.pull
    case 'pr':
    case 'pull-request':
      return (i) => Boolean(i.pull)
    case 'open':
    case 'closed':
      return (i) => i.state === value
    case 'merged':
      return (i) => Boolean(i.pull?.merged)
    case 'unmerged':
      return (i) => Boolean(i.pull) && !i.pull?.merged && i.state === 'closed'
    default:
      return unknown(q, unsupported)
  }
}

function unknown(q: Qualifier, unsupported: string[]): null {
  unsupported.push(`${q.key}:${q.value}`)
  return null
}

function wordTest(words: string[], scopes: string[]): Test {
  return (i) => {
    const haystack = [scopes.includes('title') ? i.title : '', scopes.includes('body') ? (i.body ?? '') : '']
      .join('\n')
      .toLowerCase()
    return words.every((w) => (w.startsWith('-') ? !haystack.includes(w.slice(1)) : haystack.includes(w)))
  }
}

/**
 * Runs an issue search (`GET /search/issues`, GraphQL `search(type: ISSUE)`) over the repositories
 * the caller can see. Sorting follows `sort`/`order` (or a `sort:` qualifier); best match is
 * approximated by most recently updated.
 */
export function searchIssues(
  repos: RepoRecord[],
  query: string,
  sort?: string,
  order?: string,
): SearchResult {
  const { qualifiers, words } = parseSearchQuery(query)
  const unsupported: string[] = []
  const tests: Test[] = []
  for (const q of qualifiers) {
    const test = qualifierTest(q, unsupported)
    if (test) tests.push(q.negated ? (i) => !test(i) : test)
  }
  const scopes = qualifiers.filter((q) => q.key === 'in').map((q) => q.value.toLowerCase())
  if (words.length > 0) tests.push(wordTest(words, scopes.length > 0 ? scopes : ['title', 'body']))
  const items = repos.flatMap((r) => [...r.issues.values()]).filter((i) => tests.every((t) => t(i)))
  const sortQualifier = qualifiers.find((q) => q.key === 'sort')?.value.split('-')
  const field = sort ?? sortQualifier?.[0] ?? 'updated'
  const direction = (order ?? sortQualifier?.[1] ?? 'desc') === 'asc' ? 1 : -1
  const key = (i: IssueRecord): number =>
    field === 'created'
      ? Date.parse(i.createdAt)
      : field === 'comments'
        ? i.comments.length
        : Date.parse(i.updatedAt)
  items.sort((a, b) => (key(a) - key(b) || a.id - b.id) * direction)
  return { items, unsupported }
}
