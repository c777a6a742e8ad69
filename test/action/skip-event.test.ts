import { describe, expect, it } from 'vitest'
import type { ActionCore } from '../../src/action/action-core.js'
import { run } from '../../src/action/run.js'
import { answerSkippedEvent } from '../../src/action/skip-event.js'
import { createFakeCore } from './fake-core.js'

type Call = [method: string, ...args: unknown[]]

/** A fake core that also records every call in order, so two code paths can be compared call by call. */
function recordingCore(inputs: Record<string, string>) {
  const fake = createFakeCore(inputs)
  const calls: Call[] = []
  const core = new Proxy(fake, {
    get(target, key: keyof ActionCore) {
      const value = target[key]
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        calls.push([String(key), ...args])
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
  return { core, calls }
}

interface Case {
  event: string
  payload: unknown
  inputs?: Record<string, string>
  env?: Record<string, string>
}

function environment(c: Case) {
  return { GITHUB_EVENT_NAME: c.event, GITHUB_EVENT_PATH: '/event.json', ...c.env }
}
const reader = (c: Case) => async () => JSON.stringify(c.payload)

/** What `run()` does for the case (it must never build a gateway for a skipped event). */
async function viaRun(c: Case): Promise<Call[]> {
  const { core, calls } = recordingCore(c.inputs ?? {})
  await run({
    core,
    env: environment(c),
    readFile: reader(c),
    createGateway: () => {
      throw new Error('a skipped event must not reach GitHub')
    },
    today: () => '2026-06-01',
  })
  return calls
}

/** What the skip-fast entry does for the case, and whether it answered. */
async function viaEntry(c: Case): Promise<{ answered: boolean; calls: Call[] }> {
  const { core, calls } = recordingCore(c.inputs ?? {})
  const answered = await answerSkippedEvent({ core, env: environment(c), readFile: reader(c) })
  return { answered, calls }
}

const repository = { name: 'api', owner: { login: 'acme' } }

describe('answerSkippedEvent', () => {
  it.each<[string, Case]>([
    ['an event the Action does not handle', { event: 'issues', payload: { action: 'opened' } }],
    ['without a payload action', { event: 'schedule', payload: {} }],
    [
      'pull request activity that cannot change the result',
      { event: 'pull_request', payload: { action: 'closed', number: 7, repository } },
    ],
    ['a deleted branch', { event: 'push', payload: { deleted: true, after: '0'.repeat(40), repository } }],
    ['a payload without repository', { event: 'pull_request', payload: { action: 'opened' } }],
    ['in dry run', { event: 'issues', payload: { action: 'opened' }, inputs: { 'dry-run': 'true' } }],
    ['with every input set', { event: 'issues', payload: {}, inputs: { mode: 'FAIL', comment: 'false' } }],
  ])('says and sets exactly what run() does for %s', async (_name, c) => {
    const expected = await viaRun(c)
    const { answered, calls } = await viaEntry(c)
    expect(answered).toBe(true)
    expect(calls).toEqual(expected)
    expect(calls).toContainEqual(['setOutput', 'result', 'skipped'])
    expect(calls.some(([method]) => method === 'setFailed')).toBe(false)
  })

  it.each<[string, Case]>([
    [
      'a pull request it checks',
      { event: 'pull_request', payload: { action: 'opened', number: 7, repository } },
    ],
    ['a push it audits', { event: 'push', payload: { after: 'a'.repeat(40), repository } }],
    ['merge_group', { event: 'merge_group', payload: {} }],
    ['a bad input', { event: 'issues', payload: {}, inputs: { mode: 'strict' } }],
    ['a bad boolean input', { event: 'issues', payload: {}, inputs: { comment: 'yes' } }],
    ['no token', { event: 'issues', payload: {}, inputs: { token: '' } }],
  ])('leaves %s to run(), having written nothing', async (_name, c) => {
    const { answered, calls } = await viaEntry(c)
    expect(answered).toBe(false)
    expect(calls.filter(([method]) => method !== 'getInput' && method !== 'getBooleanInput')).toEqual([])
  })

  it('leaves a payload that is not JSON to run(), which fails in one line', async () => {
    const env = { GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: '/event.json' }
    const readFile = async () => '{not json'
    const entry = recordingCore({})
    expect(await answerSkippedEvent({ core: entry.core, env, readFile })).toBe(false)
    expect(entry.calls).toEqual([])
    const core = createFakeCore()
    await run({ core, env, readFile, createGateway: () => ({}) as never, today: () => '2026-06-01' })
    expect(core.failed).toEqual([expect.stringMatching(/^Strategy Trace stopped: .*JSON/)])
  })
})
