import { describe, expect, it } from 'vitest'
import type { RunDeps } from '../../src/action/run-deps.js'
import { run } from '../../src/action/run.js'
import { MARKERS } from '../../src/core/report/markers.js'
import { GitHubError } from '../../src/github/errors.js'
import {
  BASE_SHA,
  CONFIG,
  createFakeGateway,
  HEAD_SHA,
  pullRequest,
  VALID_ADR,
  type FakeGatewayOptions,
} from '../jobs/fake-gateway.js'
import { createFakeCore } from './fake-core.js'

const PATH = '.github/strategy.yml'
const repository = { name: 'api', owner: { login: 'acme' } }
const withConfig = { [`acme/api@${BASE_SHA}`]: { [PATH]: CONFIG } }

function setup(p: {
  inputs?: Record<string, string>
  event?: string
  payload?: unknown
  gateway?: FakeGatewayOptions
}) {
  const core = createFakeCore(p.inputs)
  const gateway = createFakeGateway({ pr: pullRequest(), trees: withConfig, ...p.gateway })
  let gateways = 0
  const deps: RunDeps = {
    core,
    env: {
      GITHUB_EVENT_NAME: p.event ?? 'pull_request',
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_SHA: HEAD_SHA,
    },
    readFile: async () => JSON.stringify(p.payload ?? { action: 'opened', number: 42, repository }),
    createGateway: () => (gateways++, gateway),
    today: () => '2026-06-01',
  }
  return { core, gateway, deps, gateways: () => gateways }
}

describe('run', () => {
  it('passes a clean pull request: outputs, summary, and no comment created', async () => {
    const { core, gateway, deps } = setup({})
    await run(deps)
    expect(core.failed).toEqual([])
    expect(core.outputs).toEqual({
      themes: '["global-scale"]',
      errors: '0',
      warnings: '0',
      result: 'pass',
      'skip-reason': '',
      'comment-id': '',
    })
    expect(core.summaries[0]).toContain('## Strategy Trace: pull request \\#42 Add a CDN in front of the API')
    expect(gateway.upserts).toEqual([
      expect.objectContaining({
        body: '',
        ownLogin: 'github-actions[bot]',
        allClearBody: expect.stringContaining('all clear'),
      }),
    ])
    expect(core.annotations).toEqual([])
  })

  it('reports findings as annotations and a sticky comment, failing only in mode fail', async () => {
    const options = {
      pr: pullRequest({ body: 'Theme: global-scael' }),
      changed: [{ path: 'docs/adr/0007-cdn.md', status: 'added' as const }],
      trees: {
        ...withConfig,
        [`acme/api@${HEAD_SHA}`]: { 'docs/adr/0007-cdn.md': VALID_ADR.replace('Accepted', 'Aproved') },
      },
      upsert: { result: 'created' as const, commentId: 99 },
    }
    const warn = setup({ gateway: options })
    await run(warn.deps)
    expect(warn.core.failed).toEqual([])
    expect(warn.core.outputs).toMatchObject({ result: 'fail', errors: '2', 'comment-id': '99' })
    expect(
      warn.core.annotations.map((a) => [a.severity, a.properties?.file, a.properties?.startLine]),
    ).toEqual([
      ['error', undefined, undefined],
      ['error', 'docs/adr/0007-cdn.md', 3],
    ])
    expect(warn.core.annotations[0]?.message).toContain('Did you mean "global-scale"?')
    const body = warn.gateway.upserts[0]?.body ?? ''
    expect(body.startsWith(MARKERS.prCheck)).toBe(true)
    expect(body).toContain('ADR_INVALID_STATUS')
    const fail = setup({ inputs: { mode: 'fail' }, gateway: options })
    await run(fail.deps)
    expect(fail.core.failed).toEqual([
      expect.stringMatching(/^Strategy Trace found 2 errors and 0 warnings: see the annotations/),
    ])
  })

  it('fails with one line naming a bad input, before touching GitHub', async () => {
    const { core, deps, gateways } = setup({ inputs: { mode: 'strict' } })
    await run(deps)
    expect(core.failed).toEqual([
      'Strategy Trace stopped: Input `mode` is "strict", which is not valid: it must be `warn` (report only) or `fail` (fail the step on errors).',
    ])
    expect(gateways()).toBe(0)
  })

  it('skips events it does not handle with an info line, and passes merge_group with a notice', async () => {
    const other = setup({ event: 'issues', payload: { action: 'opened' } })
    await run(other.deps)
    expect(other.core.outputs).toMatchObject({
      result: 'skipped',
      'skip-reason': expect.stringContaining('`issues` event'),
    })
    expect(other.gateways()).toBe(0)
    const queue = setup({ event: 'merge_group', payload: {} })
    await run(queue.deps)
    expect(queue.core.outputs).toMatchObject({ result: 'pass' })
    expect(queue.core.annotations).toMatchObject([
      { severity: 'notice', message: expect.stringContaining('merge_group') },
    ])
  })

  it('writes nothing to GitHub in dry-run', async () => {
    const { core, gateway, deps } = setup({
      inputs: { 'dry-run': 'true' },
      gateway: { pr: pullRequest({ body: '' }) },
    })
    await run(deps)
    expect(gateway.upserts).toEqual([])
    expect(core.logs).toContainEqual(
      expect.stringMatching(/^\[dry-run\] Would write the comment \(\d+ characters\) on acme\/api#42\.$/),
    )
  })

  it('degrades to summary and annotations with a notice when the token is read-only (fork), never failing', async () => {
    const forbidden = new GitHubError(
      'Could not create a comment on acme/api#42: 403 Resource not accessible by integration.',
      403,
    )
    const { core, deps } = setup({
      inputs: { mode: 'fail' },
      gateway: { pr: pullRequest({ fork: true }), upsert: forbidden },
    })
    await run(deps)
    expect(core.failed).toEqual([])
    expect(core.outputs).toMatchObject({ result: 'pass', 'comment-id': '' })
    expect(core.annotations).toMatchObject([
      { severity: 'notice', message: expect.stringContaining('the token is read-only here') },
    ])
  })

  it('skips with a notice when the base branch has no config, leaving comments alone', async () => {
    const { core, gateway, deps } = setup({ gateway: { trees: {} } })
    await run(deps)
    expect(core.outputs).toMatchObject({
      result: 'skipped',
      'skip-reason': 'No strategy config at .github/strategy.yml on main, so nothing was checked.',
    })
    expect(core.annotations).toMatchObject([
      { severity: 'notice', message: expect.stringContaining('set the `config-path` input') },
    ])
    expect(gateway.upserts).toEqual([])
  })

  it('resolves an earlier comment with the reason when the pull request becomes exempt', async () => {
    const { core, gateway, deps } = setup({
      gateway: { pr: pullRequest({ labels: ['no-theme'], body: '' }) },
    })
    await run(deps)
    expect(core.outputs).toMatchObject({
      result: 'skipped',
      'skip-reason': 'Skipped: the pull request has the label "no-theme".',
    })
    expect(gateway.upserts).toMatchObject([
      { body: '', allClearBody: expect.stringContaining('skipped: the pull request has the label') },
    ])
  })

  it('asks the API for its login with comment-author auto', async () => {
    const { gateway, deps } = setup({
      inputs: { 'comment-author': 'auto' },
      gateway: { ownLogin: 'strategy-bot[bot]' },
    })
    await run(deps)
    expect(gateway.upserts[0]?.ownLogin).toBe('strategy-bot[bot]')
  })

  it('audits every ADR at the pushed commit on push', async () => {
    const after = 'c'.repeat(40)
    const { core, deps } = setup({
      event: 'push',
      payload: { after, repository },
      gateway: {
        trees: {
          [`acme/api@${after}`]: {
            [PATH]: CONFIG,
            'docs/adr/0001-a.md': VALID_ADR.replace('Accepted', 'Maybe'),
            'docs/adr/0002-b.md': VALID_ADR,
          },
        },
      },
    })
    await run(deps)
    expect(core.outputs).toMatchObject({ result: 'fail', errors: '1', themes: '[]' })
    expect(core.annotations).toMatchObject([
      { severity: 'error', properties: { file: 'docs/adr/0001-a.md', startLine: 3 } },
    ])
    expect(core.summaries[0]).toContain(`ADR audit of acme/api at ${after.slice(0, 7)}`)
    expect(core.logs).toContain(`Audited 2 ADRs of acme/api at ${after.slice(0, 7)}.`)
  })

  it('turns an unexpected API error into one clear line', async () => {
    const { core, deps } = setup({ gateway: { pr: undefined } })
    deps.createGateway = () => ({
      ...createFakeGateway({}),
      getPullRequest: async () => {
        throw new GitHubError(
          'Could not read pull request acme/api#42: 404 Not Found. It does not exist, or the token cannot see it.',
          404,
        )
      },
    })
    await run(deps)
    expect(core.failed).toEqual([
      'Could not read pull request acme/api#42: 404 Not Found. It does not exist, or the token cannot see it.',
    ])
  })
})
