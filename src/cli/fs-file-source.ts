import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileSourceFrom, type FileSource } from '../jobs/file-source.js'

/** Directories never searched for ADRs: version control and dependencies. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

/** Files larger than this are not read (an ADR is a few kilobytes). */
const MAX_FILE_BYTES = 5 * 1024 * 1024

/**
 * A file source over a working tree: paths are relative to `root` and `/`-separated, like the API's.
 * Symbolic links are not followed, so the walk cannot leave the tree or loop. The calls are synchronous
 * (a command reads one file at a time anyway): loading `fs/promises` would cost a git hook's `check`
 * a few milliseconds of its start.
 */
export function createFsFileSource(root: string): FileSource {
  return fileSourceFrom({
    label: root,
    listFiles() {
      const files: string[] = []
      walk(root, root, files)
      return Promise.resolve(files.sort())
    },
    readFile(path) {
      return readTextFile(join(root, ...path.split('/')))
    },
  })
}

/** A file's text, or null when it is missing, not a regular file, or too large to be an ADR or a config. */
export async function readTextFile(full: string): Promise<string | null> {
  try {
    const info = statSync(full)
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return null
    return readFileSync(full, 'utf8')
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

function walk(root: string, dir: string, files: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(root, full, files)
    else if (entry.isFile()) files.push(relative(root, full).split(sep).join('/'))
  }
}

/** ENOENT, ENOTDIR: the file is not there. */
export function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR'
}
