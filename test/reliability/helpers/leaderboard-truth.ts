import { hasMarker, MARKERS } from '../../../src/core/report/markers.js'
import { parseConfig } from '../../../src/core/config/parse-config.js'
import type { IssueRecord, Simulator } from '../../../sim/index.js'
import { expectedBody, truthSnapshot } from '../../app/truth-snapshot.js'

export const TRACKING_REPO = 'acme/.github'

/** Issues in the tracking repository written by the app and carrying the leaderboard marker. */
export function ownTrackingIssues(sim: Simulator): IssueRecord[] {
  const bot = `${sim.app.slug}[bot]`
  return [...sim.state.repos.get(TRACKING_REPO).issues.values()].filter(
    (issue) => !issue.pull && issue.author.login === bot && hasMarker(issue.body ?? '', MARKERS.leaderboard),
  )
}

/** The one open tracking issue; throws when there is none or more than one. */
export function openTrackingIssue(sim: Simulator): IssueRecord {
  const open = ownTrackingIssues(sim).filter((issue) => issue.state === 'open')
  if (open.length !== 1) throw new Error(`Expected one open tracking issue, found ${open.length}.`)
  return open[0] as IssueRecord
}

/** The board rendered by the core from the simulator's records, with no request: the truth. */
export function truthBody(sim: Simulator, today: string): string {
  const text = sim.state.files.read(TRACKING_REPO, '.github/strategy.yml') ?? ''
  const config = parseConfig(text, 'strategy.yml')
  return expectedBody(truthSnapshot(sim, config, today), config, today)
}
