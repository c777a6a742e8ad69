import { describe, expect, it } from 'vitest'
import { hasMarker } from '../../src/core/report/markers.js'
import { digestMarker } from '../../src/core/digest/render-digest.js'
import { type GenerateOrgOptions } from '../../sim/index.js'
import { appPerTest, trackingIssues, type AppOnSim } from './start-app-on-sim.js'

/** A Monday (ISO week 2026-W47), the simulator's own "now". */
const MONDAY = '2026-11-16'
const ORG: GenerateOrgOptions = {
  seed: 'digest-e2e',
  repos: 12,
  issuesPerRepo: 6,
  adrsPerRepo: 2,
  mergedPullsPerRepo: 2,
}

const startApp = appPerTest()

/** The app on a generated org whose config asks for a digest on `day`; `clock.today` can move on. */
async function start(day: string) {
  const clock = { sim: { seed: ORG, install: false }, today: MONDAY }
  const t = await startApp(clock)
  const config = t.sim.state.files.read('acme/.github', '.github/strategy.yml') ?? ''
  t.sim.state.files.commit({
    repo: 'acme/.github',
    files: { '.github/strategy.yml': `${config}\ndigest:\n  day: ${day}\n  mention_leaders: true\n` },
  })
  t.sim.state.installations.create({ account: 'acme' })
  await t.settle()
  return { t, clock }
}

/** The digest comments on the tracking issue, oldest first. */
function digests(t: AppOnSim) {
  const [tracking] = trackingIssues(t.sim, 'acme/.github')
  if (!tracking) throw new Error('no tracking issue')
  return t.sim.state.comments
    .list('acme/.github', tracking.number)
    .filter((comment) => /^<!-- strategy-trace:digest \d{4}-W\d{2} -->$/m.test(comment.body))
}

/** Closes one open job of the first migration as completed: an event that refreshes the board. */
function finishAJob(t: AppOnSim): void {
  const label = t.sim.org?.strategy.migrations[0]?.label ?? ''
  for (const record of (t.sim.org?.repos ?? []).filter((repo) => !repo.archived)) {
    const open = [...t.sim.state.repos.get(`acme/${record.name}`).issues.values()].find(
      (issue) => issue.state === 'open' && issue.labels.includes(label) && !issue.pull,
    )
    if (!open) continue
    t.sim.state.issues.update(
      `acme/${record.name}`,
      open.number,
      { state: 'closed', stateReason: 'completed' },
      'dana',
    )
    return
  }
  throw new Error('no open job left')
}

describe('the weekly digest', () => {
  it('is posted once a week by the app, edited when the same week is refreshed, never twice', async () => {
    const { t, clock } = await start('monday')
    const [first, ...extra] = digests(t)
    const firstBody = first?.body ?? '' // the record is edited in place
    expect(extra).toEqual([])
    expect(hasMarker(first?.body, digestMarker('2026-W47'))).toBe(true)
    expect(first?.author.login).toMatch(/\[bot\]$/)
    // mention_leaders: true mentions each late team's leader exactly once, and nobody else.
    const mentions = firstBody.match(/(?<![\w;&#])@[\w-]+/g) ?? []
    expect(new Set(mentions).size).toBe(mentions.length)
    const leadersLine = firstBody.split('\n').find((line) => line.startsWith('Leaders of late teams:')) ?? ''
    expect(mentions.length).toBeGreaterThan(0)
    for (const mention of mentions) expect(leadersLine).toContain(mention)
    const doneCell = (body: string) =>
      body
        .split('\n')
        .find((line) => line.startsWith('| ') && !line.startsWith('| Migration') && !line.startsWith('| ---'))

    finishAJob(t)
    await t.settle()
    const [edited, ...more] = digests(t)
    expect(more).toEqual([])
    expect(edited?.id).toBe(first?.id)
    expect(doneCell(edited?.body ?? '')).not.toBe(doneCell(firstBody))

    const writes = t.sim.counters.writes
    const delivered = t.sim.webhooks.deliveries.find((d) => d.event === 'installation')
    await t.sim.deliver('installation', structuredClone(delivered?.payload ?? {}))
    await t.settle()
    expect(t.sim.counters.writes).toBe(writes)

    clock.today = '2026-11-24' // the Tuesday of the next week
    t.sim.state.clock.set('2026-11-24T09:00:00Z')
    finishAJob(t)
    await t.settle()
    const weeks = digests(t).map((comment) => comment.body.split('\n')[0])
    expect(weeks).toEqual([digestMarker('2026-W47'), digestMarker('2026-W48')])
  })

  it('waits for the configured day', async () => {
    const { t, clock } = await start('tuesday')
    expect(trackingIssues(t.sim, 'acme/.github')).toHaveLength(1)
    expect(digests(t)).toEqual([])

    clock.today = '2026-11-17'
    t.sim.state.clock.set('2026-11-17T09:00:00Z')
    finishAJob(t)
    await t.settle()
    expect(digests(t).map((comment) => comment.body.split('\n')[0])).toEqual([digestMarker('2026-W47')])
  })
})
