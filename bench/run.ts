/**
 * `npm run bench`: every scenario of issue 6 against its target, each group in a child process of its
 * own; writes bench/results.json and bench/RESULTS.md. `npm run bench -- --quick`: smaller sizes, under
 * a minute, writes only bench/results.quick.json. `--only id,id` runs some scenarios (and writes nothing).
 */
import { fork } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { compareWithNaive, renderResults } from './report.js'
import { SCENARIO_IDS, type ScenarioId, type ScenarioResult } from './result.js'
import type { ChildMessage } from './scenario-main.js'
import { GROUPS } from './scenario-groups.js'
import { validateResults } from './validate-results.js'

const MAIN = fileURLToPath(new URL('./scenario-main.ts', import.meta.url))
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } },
})
const quick = values.quick ?? false
const only = values.only ? new Set(values.only.split(',')) : null
if (only) {
  const unknown = [...only].filter((id) => !(SCENARIO_IDS as readonly string[]).includes(id))
  if (unknown.length > 0) {
    console.error(`Unknown scenario ${unknown.join(', ')}. Scenarios: ${SCENARIO_IDS.join(', ')}.`)
    process.exit(2)
  }
}

/** Longest a group may run before it is stopped and reported as failed. */
const GROUP_TIMEOUT_MS = quick ? 120_000 : 480_000
/**
 * Groups that need longer at full size: `multi-instance` seeds 20,000 repositories and runs the app
 * twice (one process, then three), each with a cold start of 200 installations and a minute of events.
 */
const LONGER_MS: Partial<Record<ScenarioId, number>> = { 'multi-instance': 1_500_000 }

function timeoutOf(ids: ScenarioId[]): number {
  if (quick) return GROUP_TIMEOUT_MS
  return Math.max(GROUP_TIMEOUT_MS, ...ids.map((id) => LONGER_MS[id] ?? 0))
}

/** Runs one group in a child process; a crash or a hang costs only that group's rows. */
function runGroup(ids: ScenarioId[]): Promise<Map<string, ScenarioResult | string>> {
  return new Promise((resolve) => {
    const results = new Map<string, ScenarioResult | string>()
    const child = fork(MAIN, [...ids, ...(quick ? ['--quick'] : [])], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=6144'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.on('message', (message: ChildMessage) => {
      results.set(message.id, 'result' in message ? message.result : message.error)
      const line = 'result' in message ? summary(message.result) : `FAILED: ${message.error.split('\n')[0]}`
      console.log(`  ${message.id}: ${line}`)
      if (only && 'result' in message) for (const note of message.result.notes) console.log(`    - ${note}`)
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill()
    }, timeoutOf(ids))
    child.on('exit', (code) => {
      clearTimeout(timer)
      const why = timedOut
        ? `stopped after ${timeoutOf(ids) / 1000} s`
        : `the scenario process exited (code ${code})`
      for (const id of ids) if (!results.has(id)) results.set(id, why)
      resolve(results)
    })
  })
}

function summary(result: ScenarioResult): string {
  const r = result.row
  const figures = [
    r.requests === null ? null : `${r.requests} requests`,
    r.points === null ? null : `${r.points} points`,
    r.writes === null ? null : `${r.writes} writes`,
    r.wallMs === null ? null : `${r.wallMs} ms`,
    r.rssMb === null ? null : `${r.rssMb} MB`,
    r.perSecond === null ? null : `${r.perSecond}/s`,
    r.ratio === null ? null : `${r.ratio}× the floor`,
  ].filter(Boolean)
  const converged = r.converged === null ? '' : `, converged: ${r.converged}`
  return `${figures.join(', ')}${converged}${r.met === null ? '' : r.met ? ' (met)' : ' (MISSED)'}`
}

const started = Date.now()
console.log(`Strategy Trace benchmarks${quick ? ' (--quick: smaller sizes)' : ''}`)
const outcomes = new Map<string, ScenarioResult | string>()
for (const group of GROUPS) {
  const ids = group.filter((id) => !only || only.has(id))
  if (ids.length === 0) continue
  for (const [id, outcome] of await runGroup(ids)) outcomes.set(id, outcome)
}
const totalMs = Date.now() - started
compareWithNaive(outcomes)
const failed = [...outcomes].filter(([, o]) => typeof o === 'string')
const results = SCENARIO_IDS.flatMap((id) => {
  const outcome = outcomes.get(id)
  return outcome && typeof outcome !== 'string' ? [outcome] : []
})
console.log(`Done in ${(totalMs / 1000).toFixed(0)} s.`)
if (!only) {
  const file = here(quick ? './results.quick.json' : './results.json')
  await writeFile(
    file,
    `${JSON.stringify(
      results.map((r) => r.row),
      null,
      2,
    )}\n`,
  )
  const problems = validateResults(JSON.parse(await readFile(file, 'utf8')))
  for (const problem of problems) console.error(`${file}: ${problem}`)
  if (problems.length > 0) process.exitCode = 1
  if (!quick) await writeFile(here('./RESULTS.md'), renderResults({ outcomes, totalMs }))
  console.log(`Wrote bench/${quick ? 'results.quick.json' : 'results.json and bench/RESULTS.md'}.`)
}
if (failed.length > 0) {
  for (const [id, error] of failed) console.error(`${id} failed:\n${error}`)
  process.exitCode = 1
}
