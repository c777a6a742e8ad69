/**
 * Cold start of the bundled Action: `node dist/index.js` on an event it skips (`issues`), against
 * `node -e 0` (the floor), spawned alternately in the same run. Target: median ≤ 2× the floor's median.
 * dist/index.js is a small entry that answers skipped events itself and `import()`s the rest of the
 * Action from dist/chunks/ only for events it handles. Two reference bundles and a CPU profile show
 * where the time goes.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSimulator, type Simulator } from '../../sim/index.js'
import { buildReferences } from '../cold-start-references.js'
import { formatProfile, summariseProfile } from '../cpu-profile.js'
import { count, emptyRow, median, type Scenario } from '../result.js'
import { spawnTimed } from '../spawn-timed.js'

const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

const WHY =
  'why missed: the time above the floor is what `node dist/index.js` compiles and evaluates before it can answer; the entry should load only src/action/events.ts, inputs.ts, runner-core.ts and skip-event.ts (check that nothing heavy was pulled into dist/index.js or its shared chunk: see the sizes above and the CPU profile)'

interface BundleSizes {
  entry: number
  /** The chunks the entry imports statically: with the entry, all that a skipped event loads. */
  staticImports: string[]
  /** Every other JavaScript file of dist/ (the chunks), largest first. */
  chunks: { file: string; bytes: number }[]
}

/** The entry's size and each chunk's: what a skipped event loads, and what only handled events do. */
async function bundleSizes(): Promise<BundleSizes> {
  const entry = (await stat(DIST).catch(() => null))?.size
  if (!entry) throw new Error(`${DIST} is missing: run \`npm run build:action\` first.`)
  const dist = dirname(DIST)
  const files = await readdir(dist, { recursive: true })
  const chunks = await Promise.all(
    files
      // dist/cli/ is the CLI's bundle (scripts/build-cli.mjs), not the Action's.
      .filter((file) => file.endsWith('.js') && join(dist, file) !== DIST && !file.startsWith('cli'))
      .map(async (file) => ({
        file: relative(dist, join(dist, file)),
        bytes: (await stat(join(dist, file))).size,
      })),
  )
  const source = await readFile(DIST, 'utf8')
  const staticImports = [...source.matchAll(/\b(?:from|import)\s*["']\.\/([^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  )
  return { entry, staticImports, chunks: chunks.sort((a, b) => b.bytes - a.bytes) }
}

const kib = (bytes: number) => `${count(Math.round(bytes / 1024))} KiB`

/** What a runner sets for an `issues` event, pointed at the simulator (to prove no request is made). */
async function skippedEventEnv(dir: string, sim: Simulator): Promise<Record<string, string>> {
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'issues',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_API_URL: sim.apiUrl,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    INPUT_TOKEN: sim.issueToken(),
  }
  await writeFile(env.GITHUB_EVENT_PATH, JSON.stringify({ action: 'opened', issue: { number: 1 } }))
  await writeFile(env.GITHUB_OUTPUT, '')
  await writeFile(env.GITHUB_STEP_SUMMARY, '')
  return env
}

/** Wall times of each command, spawned in turn `runs` times after one uncounted warm-up round. */
async function alternate(
  commands: string[][],
  runs: number,
  env: Record<string, string>,
): Promise<number[][]> {
  const times = commands.map(() => [] as number[])
  for (let round = -1; round < runs; round++) {
    for (const [k, args] of commands.entries()) {
      const run = await spawnTimed(process.execPath, args, env)
      if (run.code !== 0)
        throw new Error(`node ${args.join(' ')} exited with ${run.code}:\n${run.stdout}${run.stderr}`)
      if (round >= 0) times[k]?.push(run.wallMs)
    }
  }
  return times
}

const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`

const scenario: Scenario = {
  id: 'action-cold-start',
  async run({ quick }) {
    const sizes = await bundleSizes()
    const chunkBytes = sizes.chunks.reduce((sum, chunk) => sum + chunk.bytes, 0)
    const skippedLoads =
      sizes.entry +
      sizes.chunks.filter((c) => sizes.staticImports.includes(c.file)).reduce((sum, c) => sum + c.bytes, 0)
    const runs = quick ? 5 : 21
    const dir = await mkdtemp(join(tmpdir(), 'bench-cold-start-'))
    const sim = await startSimulator()
    try {
      const env = await skippedEventEnv(dir, sim)
      const said =
        (await spawnTimed(process.execPath, [DIST], env)).stdout.split('\n').find((l) => l.trim()) ?? ''
      const references = await buildReferences(dir)
      const commands = [['-e', '0'], [DIST], ...references.map((r) => [r.file])]
      const [floor = [], bundle = [], ...referenceTimes] = await alternate(commands, runs, env)
      const ratio = median(bundle) / median(floor)
      const profileDir = join(dir, 'profile')
      await spawnTimed(
        process.execPath,
        ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profileDir, DIST],
        env,
      )
      const profile = await summariseProfile(profileDir)
      const referenceNotes = references.map((reference, k) => {
        const ms = median(referenceTimes[k] ?? [])
        return `reference, ${reference.name} (${reference.description}): median ${ms.toFixed(0)} ms, ${(ms / median(floor)).toFixed(2)}× the floor`
      })
      return {
        row: {
          ...emptyRow('action-cold-start'),
          requests: sim.counters.requests,
          wallMs: Math.round(median(bundle)),
          target: '≤ 2× the floor (`node -e 0`)',
          met: ratio <= 2,
          ratio: Math.round(ratio * 100) / 100,
        },
        workload: `\`node dist/index.js\` on \`issues\` (skipped), entry ${kib(sizes.entry)} + chunks ${kib(chunkBytes)}`,
        notes: [
          `median of ${runs} alternating runs: dist ${median(bundle).toFixed(0)} ms, \`node -e 0\` ${median(floor).toFixed(0)} ms: ${ratio.toFixed(2)}× the floor (dist ${range(bundle)}, floor ${range(floor)})`,
          `bundle size (minified ESM): the entry dist/index.js ${count(sizes.entry)} bytes; ${sizes.chunks.length} chunks ${count(chunkBytes)} bytes (${(chunkBytes / 2 ** 20).toFixed(2)} MiB) in all: ${sizes.chunks.map((c) => `${c.file} ${count(c.bytes)}`).join(', ')}. A skipped event loads the entry and what it imports statically (${sizes.staticImports.join(', ') || 'nothing'}): ${count(skippedLoads)} bytes; the rest is \`import()\`ed only for events the Action handles`,
          `the skipped runs made ${sim.counters.requests} API requests; the first line they print: \`${said.trim().slice(0, 160)}\``,
          `Node.js ${process.version} (the Action declares \`runs.using: node24\`)`,
          `CPU profile of one run (\`node --cpu-prof\`, ${profile.totalMs} ms sampled), largest self times: ${formatProfile(profile)}. Most of what remains above the floor is Node loading an ES module entry and the built-ins it imports`,
          ...referenceNotes,
          ...(ratio > 2 ? [WHY] : []),
        ],
      }
    } finally {
      await sim.stop()
      await rm(dir, { recursive: true, force: true })
    }
  },
}

export default scenario
