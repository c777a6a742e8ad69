/**
 * Cold start of the bundled CLI: `strategy-trace check` (bin/strategy-trace.cjs → dist/cli/) on a
 * small tree (a config and three ADRs), against `node -e 0` (the floor), spawned alternately in the
 * same run, with the code cache bin/ keeps (src/cli/code-cache.ts; written by the uncounted first
 * round). Target: median ≤ 2× the floor's median. References: the same check without the code cache
 * (as a first run is), `--help` (the entry alone), importing
 * the chunks `check` needs without running it, the same check from the sources through tsx (how every
 * command ran before the bundle), and the floor and the check on Node 24 when its binary is at hand.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { count, emptyRow, median, type Scenario } from '../result.js'
import { spawnTimed } from '../spawn-timed.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(ROOT, 'bin/strategy-trace.cjs')
const FROM_SOURCES = join(ROOT, 'scripts/run-cli-from-sources.mjs')
const DIST = join(ROOT, 'dist/cli')
const TREE = join(ROOT, 'test/fixtures/repos/clean')
const CHECK = ['check', TREE, '--today', '2026-06-01']

const WHY =
  'why missed: the time above the floor is the entry (see `--help` above), loading and evaluating what `check` requires (see "check loads": yaml for the config and front matter, the ADR reader, minimatch, semver\'s range parser; zod loads only to explain an invalid config) and running it, where first uses (the ADR reader\'s Unicode date patterns, glob compilation, the garbage collector) weigh more than the work on three ADRs'

/** The files a `check` run loads: the entry, the check command's chunk and what they import statically. */
async function checkLoads(): Promise<{ file: string; bytes: number }[]> {
  const entry = join(DIST, 'run-cli.cjs')
  const chunks = await readdir(join(DIST, 'chunks'))
  const command = chunks.find((name) => /^check-[\w]+\.cjs$/.test(name))
  if (!command) throw new Error(`[bench] No check chunk in ${DIST}/chunks: run \`npm run build:cli\`.`)
  const seen = new Set<string>()
  const queue = [entry, join(DIST, 'chunks', command)]
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue
    seen.add(file)
    const source = await readFile(file, 'utf8')
    // Static requires only: a require inside `Promise.resolve().then(…)` is a lazy `import()`.
    for (const match of source.matchAll(/(?<!\.then\(\(\)=>\w*\()\brequire\("(\.\/[^"]+)"\)/g))
      queue.push(join(file, '..', match[1] ?? ''))
  }
  return Promise.all(
    [...seen].map(async (file) => ({ file: relative(DIST, file), bytes: (await stat(file)).size })),
  )
}

/** The Node 24 binary from npx's cache, or null (the Node 24 figures are then left out). */
async function node24(): Promise<string | null> {
  const run = promisify(execFile)
  const found = await run('npx', ['--offline', '-y', 'node@24', '-p', 'process.execPath'], {
    timeout: 60_000,
  }).catch(() => null)
  return found?.stdout.trim() || null
}

/**
 * Wall times of each `[node, ...args]`, spawned in turn `runs` times after one uncounted warm-up round
 * (which also writes the CLI's code cache, in `cacheDir`). A command that starts with `NAME=value`
 * items gets them in its environment.
 */
async function alternate(commands: string[][], runs: number, cacheDir: string): Promise<number[][]> {
  const base = { PATH: process.env.PATH ?? '', NO_COLOR: '1', STRATEGY_TRACE_CACHE_DIR: cacheDir }
  const times = commands.map(() => [] as number[])
  for (let round = -1; round < runs; round++) {
    for (const [k, command] of commands.entries()) {
      const settings = command.filter((item) => /^[A-Z_]+=/.test(item))
      const [node = process.execPath, ...args] = command.slice(settings.length)
      const env = { ...base, ...Object.fromEntries(settings.map((item) => item.split('=', 2))) }
      const run = await spawnTimed(node, args, env)
      if (run.code !== 0)
        throw new Error(`${node} ${args.join(' ')} exited with ${run.code}:\n${run.stdout}${run.stderr}`)
      if (round >= 0) times[k]?.push(run.wallMs)
    }
  }
  return times
}

const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`
const times = (ms: number, floor: number) => `${(ms / floor).toFixed(2)}×`

const scenario: Scenario = {
  id: 'cli-cold-start',
  async run({ quick }) {
    const loads = await checkLoads()
    const loadBytes = loads.reduce((sum, load) => sum + load.bytes, 0)
    // Through the code cache, as bin/ loads them.
    const importOnly = [
      `const c = require(${JSON.stringify(join(DIST, 'code-cache.cjs'))})`,
      `c.useCodeCache(${JSON.stringify(DIST)}, c.cacheFolder(process.env, process.platform, process.versions, process.arch, () => require('node:os').homedir()))`,
      ...loads
        .filter((load) => load.file !== 'run-cli.cjs')
        .map((load) => `require(${JSON.stringify(join(DIST, load.file))})`),
    ].join(';')
    const said = (await spawnTimed(process.execPath, [BIN, ...CHECK], { PATH: process.env.PATH ?? '' }))
      .stdout
    // --quick (CI) leaves out the slow references: the sources through tsx, and Node 24.
    const v24 = quick ? null : await node24()
    const node = process.execPath
    const commands: Record<string, string[]> = {
      floor: [node, '-e', '0'],
      check: [node, BIN, ...CHECK],
      uncached: ['NODE_DISABLE_COMPILE_CACHE=1', node, BIN, ...CHECK],
      help: [node, BIN, '--help'],
      load: [node, '-e', importOnly],
      ...(quick ? {} : { sources: [node, FROM_SOURCES, ...CHECK] }),
      ...(v24 ? { floor24: [v24, '-e', '0'], check24: [v24, BIN, ...CHECK] } : {}),
    }
    const runs = quick ? 5 : 21
    const cacheDir = await mkdtemp(join(tmpdir(), 'strategy-trace-bench-cache-'))
    const measured = await alternate(Object.values(commands), runs, cacheDir).finally(() =>
      rm(cacheDir, { recursive: true, force: true }),
    )
    const ms = Object.fromEntries(Object.keys(commands).map((name, k) => [name, measured[k] ?? []]))
    const m = (name: string) => median(ms[name] ?? [])
    const f = m('floor')
    const ratio = m('check') / f
    const references = [
      `without the code cache (a first run, or \`NODE_DISABLE_COMPILE_CACHE=1\`): ${m('uncached').toFixed(0)} ms, ${times(m('uncached'), f)}`,
      `\`strategy-trace --help\` (the entry alone): ${m('help').toFixed(0)} ms, ${times(m('help'), f)}; importing what check loads, without running it: ${m('load').toFixed(0)} ms, ${times(m('load'), f)}`,
      ms.sources
        ? `before the bundle (the same check from the sources through tsx, as bin/ ran it): ${m('sources').toFixed(0)} ms, ${times(m('sources'), f)}`
        : 'the reference through tsx is left out with --quick',
      v24
        ? `Node 24 (code cache on): check ${m('check24').toFixed(0)} ms, \`node -e 0\` ${m('floor24').toFixed(0)} ms: ${times(m('check24'), m('floor24'))}`
        : `Node 24 not measured: ${quick ? 'left out with --quick' : '`npx --offline node@24` found no cached binary'}`,
    ]
    return {
      row: {
        ...emptyRow('cli-cold-start'),
        wallMs: Math.round(m('check')),
        target: '≤ 2× the floor (`node -e 0`)',
        met: ratio <= 2,
        ratio: Math.round(ratio * 100) / 100,
      },
      workload: `\`strategy-trace check\` on test/fixtures/repos/clean (a config, 3 ADRs), bundled CLI`,
      notes: [
        `median of ${runs} alternating runs: check ${m('check').toFixed(0)} ms, \`node -e 0\` ${f.toFixed(0)} ms: ${ratio.toFixed(2)}× the floor (check ${range(ms.check ?? [])}, floor ${range(ms.floor ?? [])}); Node.js ${process.version}`,
        `check loads ${loads.length} files, ${count(loadBytes)} bytes: ${loads.map((l) => `${l.file} ${count(l.bytes)}`).join(', ')}; the leaderboard, Octokit, the simulator, zod (only an invalid config loads it, to explain it) and \`--changed-from\`'s git and manifest readers stay in chunks it never opens`,
        ...references,
        `it printed: \`${said.trim().split('\n').at(-1)?.slice(0, 120) ?? ''}\``,
        ...(ratio > 2 ? [WHY] : []),
      ],
    }
  },
}

export default scenario
