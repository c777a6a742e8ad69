import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST, parseOutputs, requireDist, resolveNode24, spawnNode } from './run-dist.js'

let dir = ''

beforeAll(async () => {
  requireDist()
  dir = await mkdtemp(join(tmpdir(), 'strategy-trace-skip-fast-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/**
 * Runs dist/index.js under Node's permission model, able to read only the entry, the chunks it
 * imports statically and the run's own files: an event that needed the rest of the Action (the
 * chunk it `import()`s) could not load it.
 */
async function runEntryOnly(event: string, payload: unknown) {
  const source = await readFile(DIST, 'utf8')
  const statics = [...source.matchAll(/\b(?:from|import)\s*["']\.\/([^"']+)["']/g)].map((m) =>
    join(dirname(DIST), m[1] ?? ''),
  )
  const files = { event: join(dir, `${event}.json`), output: join(dir, `${event}.output`) }
  await writeFile(files.event, JSON.stringify(payload))
  await writeFile(files.output, '')
  const flags = [
    '--permission',
    ...[DIST, ...statics, dir].map((path) => `--allow-fs-read=${path}`),
    `--allow-fs-write=${dir}`,
  ]
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: files.output,
    INPUT_TOKEN: 'unused',
  }
  const run = await spawnNode(await resolveNode24(), [...flags, DIST], env)
  return { ...run, statics, outputs: parseOutputs(await readFile(files.output, 'utf8')) }
}

describe('the bundle entry on an event the Action skips', () => {
  it('answers from the entry and the chunks it imports statically, with every output', async () => {
    const run = await runEntryOnly('issues', { action: 'opened', issue: { number: 1 } })
    expect(run.statics.every((file) => file.includes(join('dist', 'chunks')))).toBe(true)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const reason =
      'Strategy Trace does not handle the `issues` event; it runs on pull_request, pull_request_target, merge_group, push and workflow_dispatch.'
    expect(run.stdout.split('\n')).toEqual([
      'Strategy Trace: issues.opened.',
      reason,
      `Skipped: ${reason}`,
      '',
    ])
    expect(run.outputs).toEqual({
      themes: '[]',
      errors: '0',
      warnings: '0',
      result: 'skipped',
      'skip-reason': reason,
      'comment-id': '',
    })
  })

  it('loads the rest for an event it handles, and a failure to do so is one line, not a stack trace', async () => {
    const run = await runEntryOnly('pull_request', {
      action: 'opened',
      number: 7,
      repository: { name: 'api', owner: { login: 'acme' } },
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::Strategy Trace stopped: .+\n$/)
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /)
    expect(run.outputs).toEqual({})
  })
})
