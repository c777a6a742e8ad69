/** Which scenarios run together in one child process, in the order of the run. */
import type { Scenario, ScenarioId } from './result.js'

/**
 * Each group is one child process. The three scenarios of an installed 1,000-repository organisation
 * share it: a cold full refresh, then a refresh with nothing changed, then one labelled issue.
 */
export const GROUPS: ScenarioId[][] = [
  ['parse-adr'],
  ['render-1000-teams'],
  ['action-cold-start'],
  ['cli-cold-start'],
  ['action-pr-300'],
  ['refresh-1000', 'refresh-unchanged', 'event-labeled'],
  ['refresh-1000-naive'],
  ['refresh-100'],
  ['refresh-10000'],
  ['refresh-1000-hostile'],
  ['missed-webhooks'],
  ['refresh-1000-detect'],
  ['config-load'],
  ['multi-instance'],
]

/** The scenario module `bench/scenarios/<id>.ts`. */
export async function loadScenario(id: string): Promise<Scenario> {
  const module = (await import(`./scenarios/${id}.js`)) as { default: Scenario }
  if (module.default?.id !== id)
    throw new Error(`[bench] bench/scenarios/${id}.ts does not export scenario "${id}".`)
  return module.default
}
