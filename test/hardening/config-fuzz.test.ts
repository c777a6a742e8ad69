import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigError, MAX_LISTED_PROBLEMS } from '../../src/core/config/config-error.js'
import { parseConfig, readConfigDocument } from '../../src/core/config/parse-config.js'
import { FINDING_CODES } from '../../src/core/findings.js'
import type { Tagged } from './arbitraries.js'
import { CONFIG_CORPUS, configInput, largeConfigInputs } from './config-inputs.js'
import { fuzzTimeout, InputStats, reportStats, SEED, stressRuns, warmUp } from './input-stats.js'

const FILE = '.github/strategy.yml'
/** The base a config with `_extends` is laid over (the loader reads it from the other repository). */
const BASE = readConfigDocument(CONFIG_CORPUS[2] ?? '', 'org/.github/strategy.yml').data

type Outcome = { kind: 'config' } | { kind: 'error'; error: ConfigError } | { kind: 'thrown'; error: unknown }

/** What the Action and the app do with a config file: read it, then validate it over its base. */
function loadConfigText(text: string): Outcome {
  try {
    const document = readConfigDocument(text, FILE)
    const config = parseConfig(text, FILE, document.extends === null ? {} : { base: BASE })
    expect(config.themes.length).toBeGreaterThan(0)
    return { kind: 'config' }
  } catch (error) {
    return error instanceof ConfigError ? { kind: 'error', error } : { kind: 'thrown', error }
  }
}

/** Loads the text and checks the outcome: a config, or a ConfigError whose every problem is located. */
function expectHandled(input: Tagged, outcome: Outcome): void {
  if (outcome.kind === 'thrown') {
    const error = outcome.error
    throw new Error(`${input.family}: threw ${error instanceof Error ? error.stack : String(error)}`)
  }
  if (outcome.kind === 'config') return
  const { problems, message } = outcome.error
  const lines = input.text.split('\n')
  expect(problems.length).toBeGreaterThan(0)
  expect(problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS)
  for (const problem of problems) {
    expect(problem.file).toBe(FILE)
    expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines.length).toBe(true)
    const lineLength = lines[problem.line - 1]?.length ?? 0
    expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true)
    expect(problem.column).toBeLessThanOrEqual(lineLength + 1)
    expect(problem.message.trim()).not.toBe('')
    expect(problem.message).not.toMatch(/\n\s+at |\[object Object\]|undefined/)
    expect(FINDING_CODES).toContain(problem.code)
    expect(message).toContain(`${FILE}:${problem.line}:${problem.column} `)
  }
}

describe('config loader on bad input', () => {
  const stats = new InputStats('config')
  const large = new InputStats('config (large adversarial)', false)
  afterAll(() => {
    reportStats(stats)
    reportStats(large)
  })

  const runs = stressRuns()
  it(
    `only returns a config or throws a located ConfigError, on ${runs} generated and mutated inputs`,
    () => {
      warmUp(configInput, (input) => loadConfigText(input.text))
      fc.assert(
        fc.property(configInput, (input) => {
          expectHandled(
            input,
            stats.time(input, () => loadConfigText(input.text)),
          )
        }),
        { numRuns: runs, seed: SEED },
      )
    },
    fuzzTimeout(runs),
  )

  it('handles each large adversarial config (up to 1 MiB) without a catastrophic slowdown', () => {
    for (const input of largeConfigInputs()) {
      expectHandled(
        input,
        large.time(input, () => loadConfigText(input.text), 1),
      )
    }
    // The targets (linear time, ≤ 1 s for any input up to 1 MiB, ≤ 100 ms for 1,000 teams) are measured
    // by the bench (`config-load`, RELIABILITY.md). This bound is loose and on CPU time, so a loaded CI
    // machine stays green while a quadratic regression (tens of seconds at 1 MiB) fails.
    expect(large.summary().maxCpuMs).toBeLessThanOrEqual(6_000)
  }, 180_000)
})
