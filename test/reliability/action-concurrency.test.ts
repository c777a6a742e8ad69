import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations } from '../../sim/index.js'
import { requireDist, resolveNode24 } from '../action/e2e/run-dist.js'
import { BOT, REPOSITORY, startActionSim, type ActionSim } from './helpers/action-sim.js'
import { runAction } from './helpers/run-action.js'
import { report, sized } from './helpers/stress.js'

// test/action/e2e/sticky-comment.test.ts races two runs of the same `opened` event; this races the
// events GitHub really sends together (opened + edited, then + synchronize), repeatedly.
const ROUNDS = sized(3, 30)

let s: ActionSim

beforeAll(async () => {
  requireDist()
  await resolveNode24()
  s = await startActionSim()
}, 180_000)

afterAll(() => s?.sim.stop())

function runOn(number: number, action: string) {
  const payload = s.payload(number, action)
  return runAction({
    sim: s.sim,
    event: 'pull_request',
    payload,
    token: s.sim.issueToken(),
    repository: REPOSITORY,
  })
}

describe('concurrent Action runs for the same pull request', () => {
  it('end with one comment, the one a single run writes (opened + edited, and + synchronize)', async () => {
    let runs = 0
    let duplicatesLeft = 0
    let racesSeen = 0
    for (let round = 0; round < ROUNDS; round++) {
      const number = s.open({ body: 'Faster pages.' })
      // The author fixes the description at once: both runs re-fetch the PR and see the edit.
      s.sim.state.pulls.update(REPOSITORY, number, { body: 'Theme: global-scael' })
      const actions = ['opened', 'edited']
      if (round % 2 === 1) {
        s.sim.state.pulls.push(REPOSITORY, number, { 'src/edge.ts': 'export const edge = true\n' })
        actions.push('synchronize')
      }
      const results = await Promise.all(actions.map((action) => runOn(number, action)))
      runs += results.length
      // Both created a comment before seeing the other's: the later one converged onto the oldest.
      if (results.some((r) => r.stdout.includes('Deleted duplicate comment'))) racesSeen++
      for (const run of results) expect(run.outputs).toMatchObject({ result: 'fail', errors: '1' })

      const ours = s.comments(number).filter((c) => c.author === BOT)
      duplicatesLeft += Math.max(0, ours.length - 1)
      expect(ours).toHaveLength(1)
      expect(ours[0]?.body).toContain('PR_UNKNOWN_THEME')
      expect(ours[0]?.body).not.toContain('PR_MISSING_THEME')
      expect(results.map((r) => r.outputs['comment-id'])).toContain(String(ours[0]?.id))

      // A later run on its own finds nothing to change: the race left exactly its body behind.
      const writes = s.sim.counters.writes
      const again = await runOn(number, 'edited')
      expect(again.outputs['comment-id']).toBe(String(ours[0]?.id))
      expect(s.sim.counters.writes).toBe(writes)
    }
    expectNoViolations(s.sim)
    report('action concurrent runs', { rounds: ROUNDS, runs, racesSeen, duplicatesLeft })
  }, 300_000)
})
