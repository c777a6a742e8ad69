import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { ChangedFile, ChangeStatus } from '../core/types.js'
import { fileSourceFrom, type FileSource } from '../jobs/file-source.js'
import { UsageError } from './cli-types.js'

const run = promisify(execFile)

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', root, ...args], {
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  })
  return stdout
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
}

/**
 * What changed between `ref` and the working tree of `root`, as a pull request's changed files:
 * `git diff --name-status -M <ref>` for tracked files, plus untracked files (not ignored) as added.
 */
export async function changedSince(root: string, ref: string): Promise<ChangedFile[]> {
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch {
    throw new UsageError(`--changed-from ${ref} names no commit of the repository at ${root}.`)
  }
  const diff = await git(root, ['diff', '--name-status', '-M', '-z', ref, '--'])
  const fields = diff.split('\0').filter((f) => f !== '')
  const files: ChangedFile[] = []
  for (let i = 0; i < fields.length;) {
    const code = (fields[i++] ?? '').charAt(0)
    if (code === 'R' || code === 'C') {
      const previousPath = fields[i++] ?? ''
      files.push({ path: fields[i++] ?? '', status: STATUS[code] ?? 'modified', previousPath })
    } else files.push({ path: fields[i++] ?? '', status: STATUS[code] ?? 'modified' })
  }
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z'])
  for (const path of untracked.split('\0').filter((p) => p !== '')) files.push({ path, status: 'added' })
  return files
}

/** The files of `ref`, read with `git show` (the base of the change, as the Action reads the base). */
export function gitRefSource(root: string, ref: string): FileSource {
  return fileSourceFrom({
    label: `${root}@${ref}`,
    async listFiles() {
      return (await git(root, ['ls-tree', '-r', '--name-only', '-z', ref]))
        .split('\0')
        .filter((p) => p !== '')
    },
    async readFile(path) {
      try {
        return await git(root, ['show', `${ref}:${path}`])
      } catch {
        return null
      }
    },
  })
}

/** The branch checked out in `root`, or '' (detached HEAD). */
export async function currentBranch(root: string): Promise<string> {
  try {
    const name = (await git(root, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim()
    return name === 'HEAD' ? '' : name
  } catch {
    return ''
  }
}
