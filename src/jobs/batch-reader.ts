import type { RepoRef } from '../core/types.js'
import type { FileRead, FolderRead, GitHubGateway } from '../github/gateway.js'
import type { FileSource, ListOptions } from './file-source.js'

/** Reads of many refs and repositories that share one batch and one cache. */
export interface BatchReader {
  /** A file source over `repo` at `ref` (a sha or branch). */
  at(repo: RepoRef, ref: string): FileSource
  /** A file on the default branch of any repository (e.g. an `_extends` target), or null. */
  readDefault(repo: RepoRef, path: string): Promise<string | null>
}

/** Whether `path` lies below `folder` (`''` holds everything). */
export function isUnder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`)
}

interface Waiting<T, R> {
  read: R
  resolve: (value: T) => void
  reject: (error: unknown) => void
}

interface Pending {
  files: Waiting<string | null, FileRead>[]
  folders: Waiting<string[], FolderRead>[]
}

/**
 * Batches reads like a data loader: every read asked for before the event loop next turns (all the
 * `await`s that are already resolved included) goes into one `gateway.readBatch` — one GraphQL
 * query for a pull request's config, ADR texts and ADR folders. Answers are cached by repository,
 * ref and path, so a job may read speculatively and later reads cost nothing. A folder listed once
 * also answers for the folders below it.
 */
export function createBatchReader(gateway: Pick<GitHubGateway, 'readBatch'>): BatchReader {
  const files = new Map<string, Promise<string | null>>()
  const folders = new Map<string, Promise<string[]>>()
  let pending: Pending | null = null

  const flush = async (batch: Pending): Promise<void> => {
    try {
      const answer = await gateway.readBatch({
        files: batch.files.map((w) => w.read),
        folders: batch.folders.map((w) => w.read),
      })
      batch.files.forEach((w, i) => w.resolve(answer.files[i] ?? null))
      batch.folders.forEach((w, i) => {
        // Texts that came with a listing answer later reads of those files.
        for (const { path, text } of answer.folderTexts?.[i] ?? []) {
          const key = `${w.read.repo.owner}/${w.read.repo.repo}@${w.read.ref}:${path}`
          if (!files.has(key)) files.set(key, Promise.resolve(text))
        }
        w.resolve(answer.folders[i] ?? [])
      })
    } catch (error) {
      for (const w of [...batch.files, ...batch.folders]) w.reject(error)
    }
  }
  const queue = (): Pending => {
    if (pending) return pending
    const batch: Pending = { files: [], folders: [] }
    pending = batch
    setImmediate(() => {
      pending = null
      void flush(batch)
    })
    return batch
  }
  const cached = <T>(map: Map<string, Promise<T>>, key: string, start: () => Promise<T>): Promise<T> => {
    let promise = map.get(key)
    if (!promise) {
      promise = start()
      // A speculative read nobody awaits must not crash the process when it fails.
      promise.catch(() => {})
      map.set(key, promise)
    }
    return promise
  }
  const readFile = (read: FileRead): Promise<string | null> =>
    cached(files, `${read.repo.owner}/${read.repo.repo}@${read.ref ?? ''}:${read.path}`, () => {
      return new Promise((resolve, reject) => queue().files.push({ read, resolve, reject }))
    })
  const listFolder = (read: FolderRead): Promise<string[]> => {
    const prefix = `${read.repo.owner}/${read.repo.repo}@${read.ref}:`
    const parts = read.path === '' ? [] : read.path.split('/')
    for (let n = 0; n < parts.length; n++) {
      const listing = folders.get(prefix + parts.slice(0, n).join('/'))
      if (listing) return listing.then((paths) => paths.filter((path) => isUnder(path, read.path)))
    }
    return cached(folders, prefix + read.path, () => {
      return new Promise((resolve, reject) => queue().folders.push({ read, resolve, reject }))
    })
  }

  return {
    at(repo, ref) {
      const listFilesUnder = async (roots: readonly string[], options?: ListOptions) => {
        const descend = options?.couldHold
        const texts = options?.withTexts ? { texts: true } : {}
        const lists = await Promise.all(
          roots.map((path) => listFolder({ repo, ref, path, ...(descend ? { descend } : {}), ...texts })),
        )
        return [...new Set(lists.flat())].sort()
      }
      return {
        label: `${repo.owner}/${repo.repo}@${ref.length === 40 ? ref.slice(0, 7) : ref}`,
        listFiles: () => listFilesUnder(['']),
        readFile: (path) => readFile({ repo, ref, path }),
        readFiles: (paths) => Promise.all(paths.map((path) => readFile({ repo, ref, path }))),
        listFilesUnder,
      }
    },
    readDefault: (repo, path) => readFile({ repo, path }),
  }
}
