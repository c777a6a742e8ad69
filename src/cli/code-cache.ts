/**
 * Keeps V8's compiled code of the CLI's bundle between runs, so that a `strategy-trace check` in a git
 * hook starts close to `node -e 0`. Used by bin/strategy-trace.cjs before it loads the bundle.
 *
 * Each `.cjs` file of the bundle folder is compiled with the code cache of its previous run, when
 * there is one. A file that had none (or whose cache V8 rejected: another Node version, other V8
 * flags) gets one written when the process exits: made after the run, it also holds every function
 * the run compiled on the way (the config reader, the ADR reader, the glob matcher), which a cache made
 * at compile time (Node 22's `module.enableCompileCache()`) leaves out. Node 20 has no cache of its own.
 *
 * Where: `STRATEGY_TRACE_CACHE_DIR`, else the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`,
 * `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows), in `strategy-trace/v8-<V8 version>-<arch>`:
 * the user's own folder, never a shared temporary one, since compiled code is code: on POSIX systems
 * the cache is used only while its folders belong to the user running the CLI and nobody else may write
 * to them (created 0700, files 0600), so neither another user nor `sudo` with a kept `HOME` runs code
 * someone else could have written. A cache file is named after what identifies the bundle file's text
 * (`identity`), so an update, a copy with the same size and time, or a second installation never runs
 * an older file's code (V8 itself only compares the length of the text). Files written more than 30 days
 * ago are removed when a new one is written. `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as it does
 * Node's. Anything that fails (a read-only home, a full disk) only makes the next run compile again.
 */
import Module from 'node:module'
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, isAbsolute, join, sep } from 'node:path'
import { Script } from 'node:vm'

/** What `Module._extensions` holds: how Node loads a file of one extension. */
type Loader = (module: NodeJS.Module, filename: string) => void

interface Pending {
  script: Script
  file: string
}

/** How each bundle file was compiled: with its cache (`hit`), without one, or with one V8 refused. */
export interface CacheUse {
  file: string
  cache: 'hit' | 'miss' | 'rejected'
}

export interface CodeCache {
  /** One entry per bundle file compiled so far, in load order. */
  uses: CacheUse[]
  /** Writes the caches still missing (also done on process exit). */
  save: () => void
}

const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000
const SUFFIX = '.v8'

/**
 * The folder for this Node's caches, or null when there is none (turned off, no home folder). `home`
 * is asked only when `HOME` is not set (git hooks and CI steps may run without it).
 */
export function cacheFolder(
  env: Record<string, string | undefined>,
  platform: string,
  versions: { v8: string },
  arch: string,
  home: () => string,
): string | null {
  if (env.NODE_DISABLE_COMPILE_CACHE === '1') return null
  const homeFolder = () => env.HOME || safely(home)
  const base =
    env.STRATEGY_TRACE_CACHE_DIR ||
    (platform === 'win32'
      ? env.LOCALAPPDATA
      : platform === 'darwin'
        ? join(homeFolder(), 'Library', 'Caches')
        : env.XDG_CACHE_HOME || join(homeFolder(), '.cache'))
  if (!base || !isAbsolute(base)) return null
  return join(base, 'strategy-trace', `v8-${versions.v8}-${arch}`)
}

function safely(home: () => string): string {
  try {
    return home()
  } catch {
    return ''
  }
}

/**
 * From now on, `.cjs` files inside `bundleFolder` are compiled with (and leave) a code cache in
 * `folder`; any other file loads as before. `folder` null: nothing changes.
 */
export function useCodeCache(bundleFolder: string, folder: string | null): CodeCache {
  const uses: CacheUse[] = []
  const extensions = (Module as unknown as { _extensions: Record<string, Loader | undefined> })._extensions
  const fallback = extensions['.cjs'] ?? extensions['.js']
  if (folder === null || !fallback) return { uses, save: () => undefined }
  const inside = bundleFolder.endsWith(sep) ? bundleFolder : bundleFolder + sep
  const pending: Pending[] = []
  let usable: boolean | undefined
  extensions['.cjs'] = (module, filename) => {
    if (!filename.startsWith(inside)) {
      fallback(module, filename)
      return
    }
    usable ??= ownFolder(folder)
    if (!usable) {
      fallback(module, filename)
      return
    }
    compile(module, filename, folder, pending, uses)
  }
  const save = () => saveCaches(pending.splice(0), folder)
  process.once('exit', save)
  return { uses, save }
}

function compile(
  module: NodeJS.Module,
  filename: string,
  folder: string,
  pending: Pending[],
  uses: CacheUse[],
): void {
  const source = readFileSync(filename, 'utf8')
  const file = join(folder, `${basename(filename)}-${identity(filename, source)}${SUFFIX}`)
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(file)
  } catch {
    cachedData = undefined
  }
  // The wrapper Node itself puts around a CommonJS file, on the file's first line so line numbers hold.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`
  const script = new Script(wrapped, { filename, ...(cachedData ? { cachedData } : {}) })
  const cache = !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit'
  if (cache !== 'hit') pending.push({ script, file })
  uses.push({ file: filename, cache })
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: NodeJS.Module,
    filename: string,
    dirname: string,
  ) => void
  run.call(
    module.exports,
    module.exports,
    Module.createRequire(filename),
    module,
    filename,
    dirname(filename),
  )
}

/**
 * What tells this version of a bundle file from any other, beyond its name. V8 accepts a cache made
 * for any text of the same length, so this must change with the text. Chunk names carry esbuild's
 * hash of their content; the size, modification time and inode catch a chunk edited in place. A file
 * without a content hash in its name (the 3 KB entry, `run-cli.cjs`) also gets a hash of its text: a
 * `tar x` or `cp -p` of a new release can keep its size, time and inode. (Hashing every file costs a
 * start 7–17 ms: OpenSSL's first use, or a loop over 300 KB of text.)
 */
export function identity(filename: string, source: string): string {
  const { size, mtimeMs, ino } = statSync(filename)
  const stamp = `${size}-${Math.trunc(mtimeMs)}-${ino}`
  return CONTENT_NAMED.test(basename(filename)) ? stamp : `${stamp}-${textHash(source)}`
}

/** esbuild's chunk names: `[name]-[hash].cjs`, the hash 8 characters of A–Z and 0–9. */
const CONTENT_NAMED = /-[A-Z0-9]{8}\.cjs$/

/** A 53-bit hash of a text (cyrb53, public domain): not for security, only to tell versions apart. */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/**
 * Whether the cache folder (and the `strategy-trace` folder holding it) may be trusted: on POSIX
 * systems, real folders owned by the current user that no one else may write to; a folder not made yet
 * is made 0700 by the first save. Windows keeps a user's local application data private by itself.
 */
export function ownFolder(folder: string, uid = process.getuid?.()): boolean {
  if (uid === undefined) return true
  for (const path of [dirname(folder), folder]) {
    let info
    try {
      info = lstatSync(path)
    } catch {
      return true
    }
    if (!info.isDirectory() || info.uid !== uid || (info.mode & 0o022) !== 0) return false
  }
  return true
}

function saveCaches(pending: Pending[], folder: string): void {
  if (pending.length === 0) return
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
  } catch {
    return
  }
  for (const { script, file } of pending) {
    try {
      // Written aside and renamed, so a concurrent run never reads half a file.
      const temporary = `${file}.${process.pid}.tmp`
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 })
      renameSync(temporary, file)
    } catch {
      // Not written: the next run compiles again.
    }
  }
  removeStale(folder, new Set(pending.map((p) => p.file)))
}

/**
 * Removes cache files written more than 30 days ago: mostly those of older versions of the bundle; a
 * current one removed with them is written again by the next run.
 */
function removeStale(folder: string, fresh: Set<string>): void {
  try {
    const now = Date.now()
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (fresh.has(path) || !(name.endsWith(SUFFIX) || name.endsWith('.tmp'))) continue
      if (now - statSync(path).mtimeMs > MAX_AGE_MS) unlinkSync(path)
    }
  } catch {
    // Cleaning is best effort.
  }
}
