import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Simulator } from '../../../sim/index.js'
import { runProcess, type ProcessRun } from '../../helpers/run-process.js'

export const DIST = fileURLToPath(new URL('../../../dist/index.js', import.meta.url))

let node24: Promise<string> | undefined

/**
 * The Node 24 binary, resolved once: `npx -y node@24 -p process.execPath`. It is then spawned
 * directly, as the runner does; going through `npx` would run `/bin/sh`, which drops `INPUT_*`
 * variables with hyphens (FIELD-NOTES).
 */
export function resolveNode24(): Promise<string> {
  node24 ??= promisify(execFile)('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    timeout: 120_000,
  }).then(({ stdout }) => stdout.trim())
  return node24
}

/** Fails early, with the fix, when the bundle the tests run has not been built. */
export function requireDist(): void {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build:action\` first.`)
}

export interface Annotation {
  severity: 'error' | 'warning' | 'notice'
  properties: Record<string, string>
  message: string
}

export interface DistRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** API requests the run made (simulator counters), in total and by route. */
  requests: number
  byRoute: Record<string, number>
}

export interface DistRunOptions {
  sim: Simulator
  event: string
  payload: unknown
  token: string
  inputs?: Record<string, string>
  repository: string
  sha?: string
  /** The Node binary to run the bundle with (default: Node 24 from `resolveNode24()`). */
  node?: string
}

/** Runs the committed-style bundle in a separate Node 24 process, with the environment a runner sets. */
export async function runDist(o: DistRunOptions): Promise<DistRun> {
  const dir = await mkdtemp(join(tmpdir(), 'strategy-trace-e2e-'))
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
  }
  await Promise.all([
    writeFile(files.event, JSON.stringify(o.payload)),
    writeFile(files.output, ''),
    writeFile(files.summary, ''),
  ])
  const inputs = {
    token: o.token,
    'config-path': '.github/strategy.yml',
    mode: 'warn',
    comment: 'true',
    'comment-author': 'github-actions[bot]',
    'dry-run': 'false',
    ...o.inputs,
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_SHA: o.sha ?? '',
    GITHUB_API_URL: o.sim.apiUrl,
    GITHUB_GRAPHQL_URL: o.sim.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  }
  const before = o.sim.counters.snapshot()
  const { code, stdout, stderr } = await spawnNode(o.node ?? (await resolveNode24()), [DIST], env)
  const after = o.sim.counters.snapshot()
  const byRoute = Object.fromEntries(
    Object.entries(after.byRoute)
      .map(([route, count]) => [route, count - (before.byRoute[route] ?? 0)] as const)
      .filter(([, count]) => count > 0),
  )
  const [output, summary] = await Promise.all([
    readFile(files.output, 'utf8'),
    readFile(files.summary, 'utf8'),
  ])
  await rm(dir, { recursive: true, force: true })
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(output),
    summary,
    annotations: parseAnnotations(stdout),
    requests: after.requests - before.requests,
    byRoute,
  }
}

/** Runs `node args…` with exactly `env`, collecting both streams. */
export function spawnNode(node: string, args: string[], env: Record<string, string>): Promise<ProcessRun> {
  return runProcess(node, args, { env })
}

/** `name<<ghadelimiter_…\nvalue\nghadelimiter_…` blocks, as `@actions/core` writes `GITHUB_OUTPUT`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1] as string] = match[3] as string
  return outputs
}

const unescape = (text: string) =>
  text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')

/** `::error file=a.md,line=3,title=…::message` workflow commands from stdout. */
function parseAnnotations(stdout: string): Annotation[] {
  return [...stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)].map((match) => ({
    severity: match[1] as Annotation['severity'],
    properties: Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const index = pair.indexOf('=')
          return [pair.slice(0, index), unescape(pair.slice(index + 1))]
        }),
    ),
    message: unescape(match[3] ?? ''),
  }))
}
