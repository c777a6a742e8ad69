import { beforeAll, describe, expect, it } from 'vitest'
import { MARKERS } from '../../../src/core/report/markers.js'
import { BASE_FILES, useE2e } from './scenario.js'

const e2e = useE2e('sticky comment')
const repository = 'acme/web'
const bot = 'github-actions[bot]'

beforeAll(() => {
  e2e.sim.state.repos.create({ owner: 'acme', name: 'web', files: BASE_FILES })
})

function open(body: string, head: string): number {
  return e2e.sim.state.pulls.create({ repo: repository, title: 'Lazy-load images', body, head }).number
}

function runOn(name: string, number: number) {
  return e2e.run(name, {
    event: 'pull_request',
    payload: e2e.payload('pull_request', number),
    token: e2e.sim.issueToken(),
    repository,
  })
}

const comments = (number: number) =>
  e2e.sim.state.comments
    .list(repository, number)
    .map((c) => ({ id: c.id, author: c.author.login, body: c.body }))

describe('the sticky comment, across re-runs of the bundled Action', () => {
  it('updates one comment in place when the PR is edited, writes nothing when unchanged, and turns all-clear when fixed', async () => {
    const { sim } = e2e
    const number = open('Faster pages.', 'lazy-images')
    const first = await runOn('opened: missing theme', number)
    const id = first.outputs['comment-id']
    expect(comments(number)).toEqual([
      { id: Number(id), author: bot, body: expect.stringContaining('PR_MISSING_THEME') },
    ])

    sim.state.pulls.update(repository, number, { body: 'Theme: global-scael' })
    const edited = await runOn('edited: unknown theme', number)
    expect(edited.outputs['comment-id']).toBe(id)
    expect(comments(number)).toEqual([
      { id: Number(id), author: bot, body: expect.stringContaining('PR_UNKNOWN_THEME') },
    ])

    const writes = sim.counters.writes
    const rerun = await runOn('re-run: unchanged', number)
    expect(rerun.outputs['comment-id']).toBe(id)
    expect(sim.counters.writes).toBe(writes)

    sim.state.pulls.update(repository, number, { body: 'Theme: global-scale' })
    const fixed = await runOn('edited: fixed', number)
    expect(fixed.outputs).toMatchObject({ result: 'pass', errors: '0', 'comment-id': id })
    expect(comments(number)).toEqual([
      {
        id: Number(id),
        author: bot,
        body: `${MARKERS.prCheck}\n✅ **Strategy Trace**: all clear. Everything reported earlier is fixed.\n`,
      },
    ])
  })

  it('leaves a human comment carrying our marker untouched', async () => {
    const { sim } = e2e
    const number = open('', 'planted-marker')
    const planted = sim.state.comments.create({
      repo: repository,
      issue: number,
      author: 'mallory',
      body: `${MARKERS.prCheck}\nI am not the bot.`,
    })
    const run = await runOn('planted marker in a human comment', number)
    const after = comments(number)
    expect(after).toHaveLength(2)
    expect(after[0]).toEqual({
      id: planted.id,
      author: 'mallory',
      body: `${MARKERS.prCheck}\nI am not the bot.`,
    })
    expect(after[1]).toMatchObject({ id: Number(run.outputs['comment-id']), author: bot })
  })

  it('resolves the comment with the reason when the PR becomes exempt', async () => {
    const { sim } = e2e
    const number = open('', 'becomes-exempt')
    await runOn('opened: missing theme (to be exempted)', number)
    sim.state.issues.update(repository, number, { labels: ['no-theme'] })
    const run = await runOn('labeled: no-theme', number)
    expect(run.outputs).toMatchObject({
      result: 'skipped',
      'skip-reason': 'Skipped: the pull request has the label "no-theme".',
    })
    expect(comments(number)).toEqual([
      {
        id: Number(run.outputs['comment-id']),
        author: bot,
        body: expect.stringContaining('skipped: the pull request has the label'),
      },
    ])
  })

  it('ends with one comment when two runs for the same PR race', async () => {
    const number = open('', 'two-runs')
    const [a, b] = await Promise.all([runOn('concurrent run A', number), runOn('concurrent run B', number)])
    const left = comments(number)
    expect(left).toHaveLength(1)
    expect([a.outputs['comment-id'], b.outputs['comment-id']]).toContain(String(left[0]?.id))
  })
})
