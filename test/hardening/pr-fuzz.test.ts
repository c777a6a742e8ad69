import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { FINDING_CODES } from '../../src/core/findings.js'
import { findThemeReferences, MAX_REFERENCES } from '../../src/core/pull-request/find-theme-references.js'
import { validatePullRequest } from '../../src/core/pull-request/validate-pull-request.js'
import { sampleConfig } from '../core/pull-request/sample-config.js'
import { lineCount } from './arbitraries.js'
import {
  fuzzTimeout,
  InputStats,
  LARGE_REPEATS,
  reportStats,
  SEED,
  stressRuns,
  warmUp,
} from './input-stats.js'
import { largePrInputs, prInput, type PrInput } from './pr-inputs.js'

const CONFIGS = [
  sampleConfig({ sources: ['label', 'title', 'body', 'branch'] }),
  sampleConfig({ sources: ['body', 'title'], require_theme: false, label_prefix: 'Theme/' }),
]
const THEME_IDS = new Set(CONFIGS[0]?.themes.map((theme) => theme.id))
const PR_CODES = FINDING_CODES.filter((code) => code.startsWith('PR_'))

/** What the Action does with a pull request: validate it (which finds its references). */
function checkPr({ pr }: PrInput) {
  return validatePullRequest({ pr, config: CONFIGS[0]! })
}

/** Every config's references and validation, for the assertions (not timed). */
function outcomes({ pr }: PrInput) {
  return CONFIGS.map((config) => ({
    config,
    references: findThemeReferences({ pr, config }),
    validation: validatePullRequest({ pr, config }),
  }))
}

/** Handles the pull request (timed), then checks what every config makes of it. */
function expectHandled(input: PrInput, stats: InputStats, repeats = 1): void {
  stats.time(input, () => checkPr(input), repeats)
  const lines = lineCount(input.pr.body)
  for (const { config, references, validation } of outcomes(input)) {
    expect(references.length).toBeLessThanOrEqual(MAX_REFERENCES)
    for (const reference of references) {
      expect(config.pull_requests.sources).toContain(reference.source)
      expect(reference.text.trim()).not.toBe('')
      expect(Array.from(reference.text).length).toBeLessThanOrEqual(101)
      if (reference.source !== 'body') continue
      expect(Number.isInteger(reference.line) && reference.line >= 1 && reference.line <= lines).toBe(true)
    }
    expect(validation.themes).toEqual([...new Set(validation.themes)].sort())
    for (const id of validation.themes) expect(THEME_IDS.has(id)).toBe(true)
    for (const finding of validation.findings) {
      expect(PR_CODES).toContain(finding.code)
      expect(['error', 'warning', 'notice']).toContain(finding.severity)
      expect(finding.message).not.toMatch(/undefined|\[object Object\]/)
    }
  }
}

describe('pull request theme references on bad input', () => {
  const stats = new InputStats('pull request')
  const large = new InputStats('pull request (large adversarial)', false)
  afterAll(() => {
    reportStats(stats)
    reportStats(large)
  })

  const runs = stressRuns()
  it(
    `never throws and keeps every reference in range, on ${runs} generated and mutated pull requests`,
    () => {
      warmUp(prInput, (input) => checkPr(input as PrInput))
      fc.assert(
        fc.property(prInput, (input) => expectHandled(input, stats)),
        { numRuns: runs, seed: SEED },
      )
    },
    fuzzTimeout(runs),
  )

  it('handles each large adversarial pull request (1 MB) in well under a second', () => {
    for (const input of largePrInputs()) {
      expectHandled(input, large, LARGE_REPEATS)
    }
    // Target 50 ms per input (RELIABILITY.md); loose and on CPU time so a loaded CI machine stays green.
    expect(large.summary().maxCpuMs).toBeLessThanOrEqual(500)
  })

  // Regression: 1 MB of line breaks took ~90 ms; a body longer than GitHub allows is now cut first.
  it('reads only the first 65,536 characters of a body, the most GitHub accepts', () => {
    const config = CONFIGS[0]!
    const read = (body: string) =>
      findThemeReferences({ pr: { title: 'x', body, labels: [], headRef: 'x' }, config })
    expect(read(`${'\r'.repeat(60_000)}Theme: dx`)).toEqual([{ source: 'body', text: 'dx', line: 60_001 }])
    expect(read(`${'\r'.repeat(1024 * 1024)}Theme: dx`)).toEqual([])
  })
})
