import {
  startSimulator,
  type CreatePullInput,
  type Simulator,
  type SimulatorOptions,
  type StateChange,
} from '../../../sim/index.js'
import { buildPayload } from '../../../sim/webhooks/build-payload.js'
import { BASE_FILES } from '../../action/e2e/scenario.js'

export const REPOSITORY = 'acme/api'
export const BOT = 'github-actions[bot]'

/** A simulator holding `acme/api` with the e2e suite's config and ADRs, and the events it emitted. */
export interface ActionSim {
  sim: Simulator
  /** Opens a pull request on `acme/api` and returns its number. */
  open(pull: Omit<CreatePullInput, 'repo' | 'head' | 'title'> & { title?: string; head?: string }): number
  /** The payload GitHub would send for the latest `pull_request` change of `number` (with `action`). */
  payload(number: number, action?: string): Record<string, unknown>
  /** Comments on `number`, oldest first. */
  comments(number: number): { id: number; author: string; body: string }[]
}

let heads = 0

/** Starts a simulator for Action runs; `files` replace the default repository contents. */
export async function startActionSim(
  options: SimulatorOptions = {},
  files: Record<string, string> = BASE_FILES,
): Promise<ActionSim> {
  const sim = await startSimulator(options)
  const changes: StateChange[] = []
  sim.state.onChange((change) => void changes.push(change))
  sim.state.repos.create({ owner: 'acme', name: 'api', files })
  return {
    sim,
    open: (pull) =>
      sim.state.pulls.create({
        title: 'Serve assets from the edge',
        head: `topic-${++heads}`,
        ...pull,
        repo: REPOSITORY,
      }).number,
    payload(number, action) {
      const change = changes.findLast(
        (c) => c.event === 'pull_request' && c.issue?.number === number && (!action || c.action === action),
      )
      if (!change)
        throw new Error(`No pull_request${action ? `.${action}` : ''} change recorded for #${number}.`)
      return buildPayload(change, sim.state, { api: sim.apiUrl, html: 'https://github.com' })
    },
    comments: (number) =>
      sim.state.comments
        .list(REPOSITORY, number)
        .map((c) => ({ id: c.id, author: c.author.login, body: c.body })),
  }
}
