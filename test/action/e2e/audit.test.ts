import { performance } from 'node:perf_hooks'
import { beforeAll, describe, expect, it } from 'vitest'
import { adr, BASE_FILES, useE2e } from './scenario.js'
import { DIST, resolveNode24, spawnNode } from './run-dist.js'

const e2e = useE2e('push, other events')

beforeAll(() => {
  e2e.sim.state.repos.create({ owner: 'acme', name: 'platform', files: BASE_FILES })
})

describe('the bundled Action outside pull requests', () => {
  it('audits every ADR of the repository at the pushed commit', async () => {
    const { sim } = e2e
    const commit = sim.state.files.commit({
      repo: 'acme/platform',
      files: {
        'docs/adr/0003-queue.md': adr(3, 'Use a queue', 'Maybe'),
        'docs/adr/0004-cache.md': adr(4, 'Cache', 'Superseded by [ADR-0009](0009-missing.md)'),
        'docs/adr/0002-duplicate.md': adr(2, 'Another number two', 'Proposed'),
      },
    })
    const run = await e2e.run('push audit', {
      event: 'push',
      payload: e2e.payload('push'),
      token: sim.issueToken(),
      repository: 'acme/platform',
      sha: commit.sha,
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'fail', themes: '[]', 'comment-id': '' })
    const where = run.annotations.map((a) => [
      a.severity,
      a.properties.title,
      a.properties.file,
      a.properties.line,
    ])
    expect(where).toEqual(
      expect.arrayContaining([
        ['error', 'Strategy Trace ADR_INVALID_STATUS', 'docs/adr/0003-queue.md', '3'],
        ['error', 'Strategy Trace ADR_DUPLICATE_NUMBER', 'docs/adr/0002-duplicate.md', '1'],
        ['error', 'Strategy Trace ADR_DUPLICATE_NUMBER', 'docs/adr/0002-use-a-cdn.md', '1'],
        ['warning', 'Strategy Trace ADR_BROKEN_LINK', 'docs/adr/0004-cache.md', '3'],
      ]),
    )
    expect(run.summary).toContain(`ADR audit of acme/platform at ${commit.sha.slice(0, 7)}`)
    expect(run.stdout).toContain('Audited 5 ADRs of acme/platform')
  })

  it('passes merge_group with a notice and skips other events without any API request', async () => {
    const token = e2e.sim.issueToken()
    const queue = await e2e.run('merge_group', {
      event: 'merge_group',
      payload: { action: 'checks_requested' },
      token,
      repository: 'acme/platform',
    })
    expect(queue).toMatchObject({ code: 0, requests: 0, outputs: { result: 'pass' } })
    expect(queue.annotations).toMatchObject([
      { severity: 'notice', message: expect.stringContaining('merge_group') },
    ])
    const other = await e2e.run('issues (unsupported event)', {
      event: 'issues',
      payload: { action: 'opened' },
      token,
      repository: 'acme/platform',
    })
    expect(other).toMatchObject({
      code: 0,
      requests: 0,
      outputs: { result: 'skipped', 'skip-reason': expect.stringContaining('`issues` event') },
    })
  })

  it('measures the cold start of the bundle on a skipped event against `node -e 0`', async () => {
    const node = await resolveNode24()
    const env = { PATH: process.env.PATH ?? '', GITHUB_EVENT_NAME: 'issues', INPUT_TOKEN: 'unused' }
    const time = async (args: string[]) => {
      const samples: number[] = []
      for (let i = 0; i < 5; i++) {
        const start = performance.now()
        const { code } = await spawnNode(node, args, env)
        expect(code).toBe(0)
        samples.push(performance.now() - start)
      }
      return samples.sort((a, b) => a - b)[2] ?? 0
    }
    const bundle = await time([DIST])
    const empty = await time(['-e', '0'])
    console.log(
      `Cold start (median of 5, Node 24): dist/index.js on a skipped event ${bundle.toFixed(0)} ms, node -e 0 ${empty.toFixed(0)} ms`,
    )
    expect(bundle).toBeGreaterThan(0)
  })
})
