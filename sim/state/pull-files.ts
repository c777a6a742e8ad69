import type { CommitRecord, GitStore } from './git-store.js'
import type { PullFileRecord } from './records.js'

/**
 * The changed-file list of a pull request, from its base and head snapshots: status, previous name
 * for renames, line counts and a unified-diff patch, as `GET /pulls/{n}/files` reports them.
 */
export function diffCommits(
  git: GitStore,
  base: CommitRecord,
  head: CommitRecord,
  renames: Record<string, string> = {},
): PullFileRecord[] {
  const renamedFrom = new Map(Object.entries(renames).map(([from, to]) => [to, from]))
  const files: PullFileRecord[] = []
  const paths = new Set([...base.files.keys(), ...head.files.keys()])
  for (const path of [...paths].sort()) {
    const before = base.files.get(path)
    const after = head.files.get(path)
    if (before === after) continue
    const previous = renamedFrom.get(path)
    if (before === undefined && previous !== undefined) {
      files.push(fileRecord(git, path, 'renamed', base.files.get(previous), after, previous))
    } else if (after === undefined && Object.hasOwn(renames, path)) {
      continue
    } else if (before === undefined) {
      files.push(fileRecord(git, path, 'added', undefined, after))
    } else if (after === undefined) {
      files.push(fileRecord(git, path, 'removed', before, undefined))
    } else {
      files.push(fileRecord(git, path, 'modified', before, after))
    }
  }
  return files
}

function fileRecord(
  git: GitStore,
  filename: string,
  status: PullFileRecord['status'],
  beforeSha: string | undefined,
  afterSha: string | undefined,
  previousFilename?: string,
): PullFileRecord {
  const oldLines = linesOf(git, beforeSha)
  const newLines = linesOf(git, afterSha)
  const removed = oldLines.filter((line) => !newLines.includes(line))
  const added = newLines.filter((line) => !oldLines.includes(line))
  const patch =
    `@@ -${oldLines.length ? 1 : 0},${oldLines.length} +${newLines.length ? 1 : 0},${newLines.length} @@\n` +
    [...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)].join('\n')
  const record: PullFileRecord = {
    filename,
    status,
    additions: added.length,
    deletions: removed.length,
    sha: afterSha ?? null,
    patch,
  }
  if (previousFilename !== undefined) record.previousFilename = previousFilename
  return record
}

function linesOf(git: GitStore, sha: string | undefined): string[] {
  if (!sha) return []
  const text = git.blobs.get(sha)?.toString('utf8') ?? ''
  return text.length === 0 ? [] : text.replace(/\n$/, '').split('\n')
}

/**
 * Exact renames between two snapshots (old path → new path): a removed file whose content reappears
 * under a new path, as git's rename detection finds at 100% similarity.
 */
export function exactRenames(base: CommitRecord, head: CommitRecord): Record<string, string> {
  const added = new Map<string, string>()
  for (const [path, sha] of head.files) if (!base.files.has(path) && !added.has(sha)) added.set(sha, path)
  const renames: Record<string, string> = {}
  for (const [path, sha] of base.files) {
    const to = head.files.has(path) ? undefined : added.get(sha)
    if (to === undefined) continue
    renames[path] = to
    added.delete(sha)
  }
  return renames
}
