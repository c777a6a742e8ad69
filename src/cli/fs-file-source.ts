import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { fileSourceFrom, type FileSource } from '../jobs/file-source.js'

/** Directories never searched for ADRs: version control and dependencies. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

/** Files larger than this are not read (an ADR is a few kilobytes). */
const MAX_FILE_BYTES = 5 * 1024 * 1024

/**
 * A file source over a working tree: paths are relative to `root` and `/`-separated, like the API's.
 * Symbolic links are not followed, so the walk cannot leave the tree or loop.
 */
export function createFsFileSource(root: string): FileSource {
  return fileSourceFrom({
    label: root,
    async listFiles() {
      const files: string[] = []
      await walk(root, root, files)
      return files.sort()
    },
    readFile(path) {
      return readTextFile(join(root, ...path.split('/')))
    },
  })
}

/** A file's text, or null when it is missing, not a regular file, or too large to be an ADR or a config. */
export async function readTextFile(full: string): Promise<string | null> {
  try {
    const info = await stat(full)
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return null
    return await readFile(full, 'utf8')
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

async function walk(root: string, dir: string, files: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) await walk(root, full, files)
    else if (entry.isFile()) files.push(relative(root, full).split(sep).join('/'))
  }
}

/** ENOENT, ENOTDIR: the file is not there. */
export function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR'
}
