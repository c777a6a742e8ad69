import { afterAll, afterEach, beforeAll } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator, type StateChange } from '../../../sim/index.js'
import { buildPayload } from '../../../sim/webhooks/build-payload.js'
import { requireDist, resolveNode24, runDist, type DistRun, type DistRunOptions } from './run-dist.js'

export const CONFIG_PATH = '.github/strategy.yml'

export const CONFIG = `themes:
  - id: global-scale
    name: Global Scale & Performance
    driver: Customers on every continent
    success: p95 < 200 ms worldwide
  - id: developer-velocity
    name: Developer Velocity
    aliases: [dx]
  - id: enterprise-ready
    name: Enterprise-Ready Platform
  - id: legacy-hosting
    name: Legacy Hosting
    status: retired
`

/** An ADR in the recommended template; `status` is written on line 3. */
export function adr(number: number, title: string, status: string, theme = 'global-scale'): string {
  const id = String(number).padStart(4, '0')
  return `# ADR-${id}: ${title}\n\n**Status**: ${status}\n**Date**: 2026-03-14\n**Strategic Theme**: ${theme}\n**Review Date**: 2099-03-14\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n`
}

export const BASE_FILES = {
  [CONFIG_PATH]: CONFIG,
  'docs/adr/0001-record-architecture-decisions.md': adr(
    1,
    'Record architecture decisions',
    'Accepted',
    'developer-velocity',
  ),
  'docs/adr/0002-use-a-cdn.md': adr(2, 'Use a CDN', 'Accepted'),
  'src/index.ts': 'export {}\n',
}

export interface E2eContext {
  sim: Simulator
  /** Requests per scenario, printed after the file. */
  requests: [string, number][]
  /** The payload GitHub would put in GITHUB_EVENT_PATH for the latest `event` change of an issue or PR. */
  payload(event: StateChange['event'], number?: number): Record<string, unknown>
  run(name: string, options: Omit<DistRunOptions, 'sim'>): Promise<DistRun>
}

/** One simulator per test file, checked for OpenAPI violations after each test; prints request counts. */
export function useE2e(title: string): E2eContext {
  const changes: StateChange[] = []
  const context: E2eContext = {
    sim: undefined as unknown as Simulator,
    requests: [],
    payload(event, number) {
      const change = changes.findLast(
        (c) => c.event === event && (number === undefined || c.issue?.number === number),
      )
      if (!change) throw new Error(`No ${event} change recorded for #${number}.`)
      return buildPayload(change, context.sim.state, { api: context.sim.apiUrl, html: 'https://github.com' })
    },
    async run(name, options) {
      const result = await runDist({ sim: context.sim, ...options })
      context.requests.push([name, result.requests])
      if (result.stderr) throw new Error(`The Action wrote to stderr:\n${result.stderr}`)
      return result
    },
  }
  beforeAll(async () => {
    requireDist()
    await resolveNode24()
    context.sim = await startSimulator()
    context.sim.state.onChange((change) => void changes.push(change))
  }, 180_000)
  afterEach(() => expectNoViolations(context.sim))
  afterAll(async () => {
    const width = Math.max(...context.requests.map(([name]) => name.length))
    const lines = context.requests.map(
      ([name, count]) => `  ${name.padEnd(width)}  ${String(count).padStart(3)}`,
    )
    console.log(`API requests per scenario (${title}):\n${lines.join('\n')}`)
    await context.sim?.stop()
  })
  return context
}
