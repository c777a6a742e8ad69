/**
 * The CLI's code cache (src/cli/code-cache.ts, bundled as dist/cli/code-cache.cjs): where it lives,
 * that a second run compiles from it, and that nothing a user's machine can do to it (a changed bundle,
 * a damaged or unwritable cache, an old file) changes what runs or stops the CLI. Each run is a fresh
 * Node process on a small bundle of two CommonJS files, as bin/strategy-trace.cjs loads dist/cli/.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { cacheFolder, identity, ownFolder, textHash } from '../../src/cli/code-cache.js'
import { runProcess } from '../helpers/run-process.js'

const LOADER = fileURLToPath(new URL('../../dist/cli/code-cache.cjs', import.meta.url))
const V8 = { v8: '11.3' }
const home = () => '/home/from-passwd'

const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})

/** A bundle folder with `main.cjs` requiring `part.cjs`, and an empty cache folder beside it. */
function setup(partValue = 'part one') {
  const root = mkdtempSync(join(tmpdir(), 'strategy-trace-code-cache-'))
  temporary.push(root)
  const bundle = join(root, 'bundle')
  mkdirSync(bundle)
  writeFileSync(join(bundle, 'main.cjs'), "exports.value = 'main + ' + require('./part.cjs').value\n")
  writeFileSync(join(bundle, 'part.cjs'), `exports.value = ${JSON.stringify(partValue)}\n`)
  writeFileSync(join(root, 'outside.cjs'), "exports.value = 'outside'\n")
  return { root, bundle, cache: join(root, 'cache') }
}

/** Runs a process that loads the bundle through the code cache; returns what it printed as JSON. */
async function load(bundle: string, cache: string, env: Record<string, string> = {}) {
  const script = [
    `const c = require(${JSON.stringify(LOADER)})`,
    `const folder = c.cacheFolder(process.env, process.platform, process.versions, process.arch, () => '')`,
    `const use = c.useCodeCache(${JSON.stringify(bundle)}, folder)`,
    `const value = require(${JSON.stringify(join(bundle, 'main.cjs'))}).value`,
    `const outside = require(${JSON.stringify(join(bundle, '..', 'outside.cjs'))}).value`,
    `const uses = use.uses.map((u) => require('node:path').basename(u.file) + ':' + u.cache)`,
    `console.log(JSON.stringify({ value, outside, uses }))`,
  ].join(';')
  const run = await runProcess(process.execPath, ['-e', script], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', STRATEGY_TRACE_CACHE_DIR: cache, ...env },
  })
  expect(run).toMatchObject({ code: 0, stderr: '' })
  return JSON.parse(run.stdout) as { value: string; outside: string; uses: string[] }
}

const cacheFiles = (cache: string) =>
  existsSync(cache)
    ? readdirSync(join(cache, 'strategy-trace', readdirSync(join(cache, 'strategy-trace'))[0] ?? ''))
    : []

describe('where the cache lives', () => {
  it('is the user’s cache folder, per V8 version and architecture', () => {
    const linux = { HOME: '/home/ada' }
    expect(cacheFolder(linux, 'linux', V8, 'x64', home)).toBe('/home/ada/.cache/strategy-trace/v8-11.3-x64')
    expect(cacheFolder({ ...linux, XDG_CACHE_HOME: '/var/cache/ada' }, 'linux', V8, 'arm64', home)).toBe(
      '/var/cache/ada/strategy-trace/v8-11.3-arm64',
    )
    expect(cacheFolder(linux, 'darwin', V8, 'arm64', home)).toBe(
      '/home/ada/Library/Caches/strategy-trace/v8-11.3-arm64',
    )
  })

  it('asks the system for the home folder when HOME is not set (git hooks, some CI steps)', () => {
    expect(cacheFolder({}, 'linux', V8, 'x64', home)).toBe(
      '/home/from-passwd/.cache/strategy-trace/v8-11.3-x64',
    )
    const failing = () => {
      throw new Error('no passwd entry')
    }
    expect(cacheFolder({}, 'linux', V8, 'x64', failing)).toBeNull()
  })

  it('follows STRATEGY_TRACE_CACHE_DIR, is off with NODE_DISABLE_COMPILE_CACHE=1, and never relative', () => {
    expect(cacheFolder({ STRATEGY_TRACE_CACHE_DIR: '/tmp/c', HOME: '/h' }, 'linux', V8, 'x64', home)).toBe(
      '/tmp/c/strategy-trace/v8-11.3-x64',
    )
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1', HOME: '/h' }, 'linux', V8, 'x64', home)).toBeNull()
    expect(cacheFolder({ XDG_CACHE_HOME: 'relative/cache' }, 'linux', V8, 'x64', () => '')).toBeNull()
  })
})

describe('what identifies a bundle file', () => {
  it('is the name, size, time and inode of a chunk named by its content, plus a hash of the text for the entry', () => {
    const { bundle } = setup()
    const chunk = join(bundle, 'chunk-ABCD1234.cjs')
    writeFileSync(chunk, 'exports.a = 1\n')
    expect(identity(chunk, 'exports.a = 1\n')).toMatch(/^\d+-\d+-\d+$/)
    const entry = join(bundle, 'main.cjs')
    expect(identity(entry, 'x')).toMatch(/^\d+-\d+-\d+-[0-9a-z]+$/)
    expect(textHash('exports.value = "part one"')).not.toBe(textHash('exports.value = "part two"'))
    expect(textHash('same text')).toBe(textHash('same text'))
  })
})

describe('a run with the code cache', () => {
  it('writes a cache on the first run and compiles from it on the second; other files load as before', async () => {
    const { bundle, cache } = setup()
    const first = await load(bundle, cache)
    expect(first).toEqual({
      value: 'main + part one',
      outside: 'outside',
      uses: ['main.cjs:miss', 'part.cjs:miss'],
    })
    expect(cacheFiles(cache).filter((name) => name.endsWith('.v8'))).toHaveLength(2)
    expect(cacheFiles(cache).some((name) => name.startsWith('outside'))).toBe(false)
    const second = await load(bundle, cache)
    expect(second).toEqual({
      value: 'main + part one',
      outside: 'outside',
      uses: ['main.cjs:hit', 'part.cjs:hit'],
    })
  })

  it('never runs the code of an older bundle file, even one of the same size and time', async () => {
    const { bundle, cache } = setup('part one')
    await load(bundle, cache)
    // Same length and the same modification time (as `tar x` or `cp -p` of a new release may leave
    // them): only the text tells the versions apart.
    const { mtime } = statSync(join(bundle, 'part.cjs'))
    writeFileSync(join(bundle, 'part.cjs'), `exports.value = ${JSON.stringify('part two')}\n`)
    utimesSync(join(bundle, 'part.cjs'), mtime, mtime)
    const changed = await load(bundle, cache)
    expect(changed).toEqual({
      value: 'main + part two',
      outside: 'outside',
      uses: ['main.cjs:hit', 'part.cjs:miss'],
    })
  })

  it('uses no cache folder that another user could write to, nor one that is not a folder', async () => {
    const { root, bundle, cache } = setup()
    const folder = join(cache, 'strategy-trace', `v8-${process.versions.v8}-${process.arch}`)
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    chmodSync(folder, 0o777)
    expect(await load(bundle, cache)).toEqual({ value: 'main + part one', outside: 'outside', uses: [] })
    expect(readdirSync(folder)).toEqual([])
    chmodSync(folder, 0o700)
    expect((await load(bundle, cache)).uses).toEqual(['main.cjs:miss', 'part.cjs:miss'])
    expect(ownFolder(folder)).toBe(true)
    expect(ownFolder(folder, (process.getuid?.() ?? 0) + 1)).toBe(false)
    const elsewhere = join(root, 'elsewhere')
    mkdirSync(elsewhere, { mode: 0o700 })
    const linked = join(root, 'linked', 'strategy-trace')
    mkdirSync(dirname(linked))
    symlinkSync(elsewhere, linked)
    expect(ownFolder(join(linked, 'v8-1-x64'))).toBe(false)
  })

  it('ignores a damaged cache file and writes a good one in its place', async () => {
    const { bundle, cache } = setup()
    await load(bundle, cache)
    const folder = join(cache, 'strategy-trace', readdirSync(join(cache, 'strategy-trace'))[0] ?? '')
    for (const name of readdirSync(folder)) writeFileSync(join(folder, name), 'not a code cache')
    const damaged = await load(bundle, cache)
    expect(damaged).toEqual({
      value: 'main + part one',
      outside: 'outside',
      uses: ['main.cjs:rejected', 'part.cjs:rejected'],
    })
    expect((await load(bundle, cache)).uses).toEqual(['main.cjs:hit', 'part.cjs:hit'])
  })

  it('runs the same when the cache cannot be written, and when it is turned off', async () => {
    const { root, bundle } = setup()
    const blocked = join(root, 'a-file')
    writeFileSync(blocked, 'a file where the cache folder would be')
    expect(await load(bundle, blocked)).toEqual({
      value: 'main + part one',
      outside: 'outside',
      uses: ['main.cjs:miss', 'part.cjs:miss'],
    })
    const off = join(root, 'off')
    expect(await load(bundle, off, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({
      value: 'main + part one',
      outside: 'outside',
      uses: [],
    })
    expect(existsSync(off)).toBe(false)
  })

  it('removes cache files written more than 30 days ago when it writes a new one', async () => {
    const { bundle, cache } = setup()
    await load(bundle, cache)
    const folder = join(cache, 'strategy-trace', readdirSync(join(cache, 'strategy-trace'))[0] ?? '')
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000)
    writeFileSync(join(folder, 'gone-1-2-3.v8'), 'an old bundle file’s cache')
    utimesSync(join(folder, 'gone-1-2-3.v8'), old, old)
    writeFileSync(join(folder, 'recent-1-2-3.v8'), 'a recent one')
    writeFileSync(join(folder, 'notes.txt'), 'not ours')
    utimesSync(join(folder, 'notes.txt'), old, old)
    writeFileSync(join(bundle, 'part.cjs'), "exports.value = 'part one, changed'\n")
    await load(bundle, cache)
    const names = readdirSync(folder)
    expect(names).not.toContain('gone-1-2-3.v8')
    expect(names).toContain('recent-1-2-3.v8')
    expect(names).toContain('notes.txt')
  })
})
