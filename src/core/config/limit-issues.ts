import type { z } from 'zod'

type Issue = z.core.$ZodIssue

/**
 * Issues described per list or mapping (and unknown keys per mapping). More is never shown: a
 * `ConfigError` lists the first MAX_LISTED_PROBLEMS by position, and every issue past this many in a
 * list comes after this many others in the file. Describing each of 49,000 bad list items costs a second.
 */
export const MAX_ISSUES_PER_GROUP = 200

/**
 * Keeps the first MAX_ISSUES_PER_GROUP issues of each list or mapping (zod reports a list's items in
 * order) and counts the rest, so a config with thousands of problems is still described in milliseconds.
 */
export function limitIssues(issues: readonly Issue[]): { issues: Issue[]; omitted: number } {
  const perGroup = new Map<string, number>()
  const kept: Issue[] = []
  let omitted = 0
  for (const issue of issues) {
    const group = groupOf(issue.path)
    const seen = perGroup.get(group) ?? 0
    const room = MAX_ISSUES_PER_GROUP - seen
    const size = issue.code === 'unrecognized_keys' ? issue.keys.length : 1
    if (room <= 0) {
      omitted += size
      continue
    }
    perGroup.set(group, seen + Math.min(size, room))
    if (issue.code === 'unrecognized_keys' && size > room) {
      kept.push({ ...issue, keys: issue.keys.slice(0, room) })
      omitted += size - room
    } else kept.push(issue)
  }
  return { issues: kept, omitted }
}

/** The list an issue is in (its path up to the first index), or else the mapping that holds it. */
function groupOf(path: readonly PropertyKey[]): string {
  const index = path.findIndex((segment) => typeof segment === 'number')
  const group = index === -1 ? path.slice(0, -1) : path.slice(0, index)
  return group.map(String).join('\u0000')
}
