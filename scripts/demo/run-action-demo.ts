import type { Simulator } from '../../sim/index.js'
import { buildPayload } from '../../sim/webhooks/build-payload.js'
import { runDist, type Annotation, type DistRun } from '../../test/action/e2e/run-dist.js'
import type { Progress } from './create-progress.js'
import type { ActionNode } from './find-node-24.js'

/** The demo org's three open pull requests, in the order the demo shows them. */
export const DEMO_PULLS = ['clean', 'missing-theme', 'invalid-adr'] as const

/** What a reviewer sees of one run of the Action on a pull request. */
export interface PullOutcome {
  key: (typeof DEMO_PULLS)[number]
  repo: string
  number: number
  title: string
  run: DistRun
  /** The sticky comment as the simulator holds it after the run; null when none was posted. */
  comment: { author: string; body: string } | null
}

/**
 * Runs the bundled Action (`dist/index.js`) on each demo pull request exactly as a runner does: a
 * separate Node process with `INPUT_*`, `GITHUB_EVENT_PATH` holding the `opened` event, the API URLs
 * pointing at the simulator and an Actions token the simulator issued.
 */
export async function runActionDemo(p: {
  sim: Simulator
  node: ActionNode
  progress: Progress
}): Promise<PullOutcome[]> {
  const outcomes: PullOutcome[] = []
  for (const key of DEMO_PULLS) {
    const ref = p.sim.seeded?.pulls[key]
    if (!ref)
      throw new Error(`The demo org has no "${key}" pull request; is the simulator seeded with 'demo'?`)
    const issue = p.sim.state.repos.get(ref.repo).issues.get(ref.number)
    if (!issue) throw new Error(`Pull request ${ref.repo}#${ref.number} is missing from the simulator.`)
    const payload = buildPayload(
      { event: 'pull_request', action: 'opened', sender: issue.author, repo: issue.repo, issue },
      p.sim.state,
      { api: p.sim.apiUrl, html: 'https://github.com' },
    )
    const run = await runDist({
      sim: p.sim,
      event: 'pull_request',
      payload,
      token: p.sim.issueToken(),
      repository: ref.repo,
      node: p.node.path,
    })
    if (run.code !== 0 || run.stderr.trim())
      throw new Error(
        `The Action exited with code ${run.code} on ${ref.repo}#${ref.number}: ${firstLine(run.stderr || run.stdout)}`,
      )
    const ours = p.sim.state.comments
      .list(ref.repo, ref.number)
      .find((c) => c.author.login === 'github-actions[bot]')
    const comment = ours ? { author: ours.author.login, body: ours.body } : null
    const outcome: PullOutcome = { key, repo: ref.repo, number: ref.number, title: issue.title, run, comment }
    outcomes.push(outcome)
    showOutcome(p.progress, outcome)
  }
  return outcomes
}

function showOutcome(progress: Progress, o: PullOutcome): void {
  const { outputs, annotations } = o.run
  progress.info('')
  progress.info(`PR #${o.number} "${o.title}" (${o.key}), ${o.run.requests} API requests`)
  progress.info(
    `  outputs: result=${outputs.result} errors=${outputs.errors} warnings=${outputs.warnings} themes=${outputs.themes}`,
  )
  progress.info(`  annotations (${annotations.length}):${annotations.length === 0 ? ' none' : ''}`)
  for (const line of renderAnnotations(annotations)) progress.info(`    ${line}`)
  if (!o.comment) {
    progress.info(`  sticky comment: none (${noCommentReason(o)})`)
    return
  }
  progress.info(`  sticky comment by ${o.comment.author}:`)
  progress.quote(o.comment.body)
}

/** One line per annotation, as the Checks tab lists them: severity, place, title, message. */
export function renderAnnotations(annotations: readonly Annotation[]): string[] {
  return annotations.map((a) => {
    const { file, line, title } = a.properties
    const where = file ? `${file}${line ? `:${line}` : ''}` : '(pull request)'
    return `${a.severity.padEnd(7)} ${where}  ${title ? `${title}: ` : ''}${a.message}`
  })
}

/** Why no comment was posted, in the words of the outputs. */
export function noCommentReason(o: Pick<PullOutcome, 'run'>): string {
  const { result, 'skip-reason': skipped } = o.run.outputs
  if (result === 'pass') return 'the check passed and nothing was reported before, so it stays silent'
  if (result === 'skipped') return `the check was skipped: ${skipped}`
  return `result ${result}, but no comment was found`
}

const firstLine = (text: string) => text.trim().split('\n')[0] ?? ''
