/**
 * A child process of `bench/run.ts`: runs the scenarios named on its command line, in order, and
 * sends each result to the parent as soon as it has it. `--quick` uses the smaller sizes.
 */
import type { ScenarioContext, ScenarioResult } from './result.js'
import { loadScenario } from './scenario-groups.js'

export type ChildMessage = { id: string; result: ScenarioResult } | { id: string; error: string }

const ids = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const quick = process.argv.includes('--quick')
const closers: (() => Promise<void>)[] = []
const opened = new Map<string, Promise<unknown>>()

const context: ScenarioContext = {
  quick,
  share<T>(key: string, open: () => Promise<T>, close: (value: T) => Promise<void>): Promise<T> {
    let value = opened.get(key) as Promise<T> | undefined
    if (!value) {
      value = open()
      opened.set(key, value)
      closers.push(async () => close(await (value as Promise<T>)))
    }
    return value
  },
}

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()))
}

for (const id of ids) {
  try {
    const scenario = await loadScenario(id)
    await send({ id, result: await scenario.run(context) })
  } catch (error) {
    await send({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  }
}
for (const close of closers.reverse()) await close()
process.disconnect?.()
