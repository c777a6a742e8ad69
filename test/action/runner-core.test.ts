import * as actionsCore from '@actions/core'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRunnerCore, type RunnerCore } from '../../src/action/runner-core.js'

const INPUTS = {
  INPUT_TOKEN: '  abc  ',
  INPUT_COMMENT: 'True',
  'INPUT_DRY-RUN': 'maybe',
  INPUT_CONFIG_PATH: 'spaced name',
}

let dir = ''
let output = ''
let saved: NodeJS.ProcessEnv
let exitCode: typeof process.exitCode

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runner-core-'))
  output = join(dir, 'output')
  await writeFile(output, '')
  saved = { ...process.env }
  exitCode = process.exitCode
  Object.assign(process.env, INPUTS, { GITHUB_OUTPUT: output })
})

afterEach(async () => {
  process.env = saved
  process.exitCode = exitCode
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

/** Runs the same calls on a core, returning stdout, `GITHUB_OUTPUT` (delimiters made comparable) and the exit code. */
async function capture(calls: (core: RunnerCore) => void, core: RunnerCore, stdout: string[]) {
  await writeFile(output, '')
  process.exitCode = undefined
  calls(core)
  const file = (await readFile(output, 'utf8')).replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')
  return { stdout: stdout.splice(0).join(''), file, exitCode: process.exitCode }
}

/** The same calls on `@actions/core` (stdout intercepted) and on the runner core. */
async function both(calls: (core: RunnerCore) => void) {
  const real: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    real.push(String(chunk))
    return true
  })
  const expected = await capture(calls, actionsCore, real)
  spy.mockRestore()
  const ours: string[] = []
  const actual = await capture(
    calls,
    createRunnerCore(process.env, (text) => ours.push(text)),
    ours,
  )
  return { expected, actual }
}

describe('createRunnerCore', () => {
  it('writes outputs to GITHUB_OUTPUT as @actions/core does, in the heredoc form', async () => {
    const { expected, actual } = await both((core) => {
      core.setOutput('result', 'skipped')
      core.setOutput('skip-reason', 'two\nlines with ghadelimiter_ and %')
      core.setOutput('themes', ['a', 'b'])
      core.setOutput('comment-id', '')
    })
    expect(actual).toEqual(expected)
    expect(actual.file).toContain('result<<DELIMITER\nskipped\nDELIMITER\n')
  })

  it('writes logs, ::set-output without GITHUB_OUTPUT, and failures as @actions/core does', async () => {
    delete process.env.GITHUB_OUTPUT
    const { expected, actual } = await both((core) => {
      core.info('Strategy Trace: issues.')
      core.setOutput('skip-reason', 'a, b: 100%\r\nnext')
      core.setFailed('Strategy Trace stopped: 50% done\nsecond line')
    })
    expect(actual).toEqual(expected)
    expect(actual.exitCode).toBe(1)
    expect(actual.stdout).toContain('::error::Strategy Trace stopped: 50%25 done%0Asecond line')
  })

  it('reads inputs as @actions/core does: trimmed, spaces as underscores, YAML booleans', () => {
    const ours = createRunnerCore(process.env, () => {})
    for (const core of [actionsCore, ours]) {
      expect(core.getInput('token')).toBe('abc')
      expect(core.getInput('token', { trimWhitespace: false })).toBe('  abc  ')
      expect(core.getInput('config path')).toBe('spaced name')
      expect(core.getInput('missing')).toBe('')
      expect(() => core.getInput('missing', { required: true })).toThrow(
        'Input required and not supplied: missing',
      )
      expect(core.getBooleanInput('comment')).toBe(true)
    }
    const real = messageOf(() => actionsCore.getBooleanInput('dry-run'))
    expect(real).toContain('dry-run')
    expect(messageOf(() => ours.getBooleanInput('dry-run'))).toBe(real)
  })

  it('refuses a GITHUB_OUTPUT file that does not exist, as @actions/core does', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'missing')
    const ours = createRunnerCore(process.env, () => {})
    const real = messageOf(() => actionsCore.setOutput('result', 'skipped'))
    expect(real).toBe(`Missing file at path: ${join(dir, 'missing')}`)
    expect(messageOf(() => ours.setOutput('result', 'skipped'))).toBe(real)
  })
})

/** The message `fn` throws, or null when it does not throw. */
function messageOf(fn: () => unknown): string | null {
  try {
    fn()
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
