import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Simulator } from '../../../sim/index.js'
import { DIST, parseOutputs, resolveNode24 } from '../../action/e2e/run-dist.js'
import { runProcess } from '../../helpers/run-process.js'

export interface ActionRunOptions {
  sim: Simulator
  event: string
  payload: unknown
  token: string
  repository: string
  inputs?: Record<string, string>
  /** Where the Action sends API requests (default: the simulator; a recording proxy in some tests). */
  apiUrl?: string
  /**
   * Run under Node's permission model: no child processes, no workers, reads only of the bundle and
   * the runner's files, writes only to the runner's files. Anything else throws ERR_ACCESS_DENIED.
   */
  sandbox?: boolean
  /** `GITHUB_WORKSPACE` and the working directory (default: the runner's temp directory). */
  workspace?: string
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::error::…` lines without properties: the step's failure line(s). */
  failureLines: string[]
  /** `::error|warning|notice …::` annotation titles (`Strategy Trace CODE`), in order. */
  annotationTitles: string[]
}

/**
 * Runs `dist/index.js` in a Node 24 process with the environment a runner sets, like
 * `test/action/e2e/run-dist.ts`, plus a sandbox, a workspace and an API address of the test's choice.
 */
export async function runAction(o: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'strategy-trace-reliability-'))
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
  const apiUrl = o.apiUrl ?? o.sim.apiUrl
  const inputs = { token: o.token, mode: 'warn', comment: 'true', ...o.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: o.workspace ?? dir,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  }
  const flags = o.sandbox
    ? [
        '--permission',
        `--allow-fs-read=${dirname(DIST)}`,
        `--allow-fs-read=${dir}`,
        `--allow-fs-write=${dir}`,
      ]
    : []
  const node = await resolveNode24()
  const { code, stdout, stderr } = await runProcess(node, [...flags, DIST], { env, cwd: o.workspace ?? dir })
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
    failureLines: stdout.split('\n').filter((line) => line.startsWith('::error::')),
    annotationTitles: [...stdout.matchAll(/^::(?:error|warning|notice) [^:]*title=([^,:]+)/gm)].map(
      (m) => m[1] as string,
    ),
  }
}

/** Lines that look like a JavaScript stack frame (`    at fn (file.js:1:2)`). */
export function stackFrames(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at\s.+(:\d+:\d+\)?|\(native\))$/.test(line))
}
