import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { parseAdr } from '../../src/core/adr/parse-adr.js'
import { validateAdr } from '../../src/core/adr/validate-adr.js'
import { validateAdrSet } from '../../src/core/adr/validate-adr-set.js'
import { FINDING_CODES, type Finding } from '../../src/core/findings.js'
import type { Adr } from '../../src/core/types.js'
import { sampleConfig } from '../core/pull-request/sample-config.js'
import { ADR_CORPUS, adrInput, largeAdrInputs, type AdrInput } from './adr-inputs.js'
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

const config = sampleConfig()
const options = { statuses: config.adrs.statuses, synonyms: config.adrs.status_synonyms }
const TODAY = '2026-03-14'
const ADR_CODES = FINDING_CODES.filter((code) => code.startsWith('ADR_'))
const FORMATS = ['front-matter', 'nygard', 'madr2', 'inline', 'table', 'mixed', 'unknown']

/** Parsed corpus ADRs, put in a set beside each generated one (shared numbers, links between them). */
const POOL: Adr[] = ADR_CORPUS.map(({ path, text }) => parseAdr(path, text, options).adr)
const LINES = new Map(ADR_CORPUS.map(({ path, text }) => [path, lineCount(text)]))

/** What an audit does with one ADR file: parse it and validate it against the config. */
function checkAdr({ path, text }: AdrInput) {
  const parsed = parseAdr(path, text, options)
  return { ...parsed, validation: validateAdr({ adr: parsed.adr, config, today: TODAY }) }
}

function expectFinding(finding: Finding, lines: ReadonlyMap<string, number>): void {
  expect(ADR_CODES).toContain(finding.code)
  expect(['error', 'warning', 'notice']).toContain(finding.severity)
  expect(finding.message.trim()).not.toBe('')
  expect(finding.message).not.toMatch(/\[object Object\]|\bNaN\b/)
  expect(lines.has(finding.file ?? '')).toBe(true)
  const line = finding.line ?? 1
  expect(Number.isInteger(line) && line >= 1 && line <= (lines.get(finding.file ?? '') ?? 0)).toBe(true)
}

/** Handles the ADR (timed), then checks it, its validation, and a set it is part of. */
function expectHandled(input: AdrInput, others: readonly Adr[], stats: InputStats, repeats = 1): void {
  const { adr, findings, validation } = stats.time(input, () => checkAdr(input), repeats)
  const lines = new Map([...LINES, [input.path, lineCount(input.text)]])
  // ADR_UNREADABLE on text without NUL bytes means the parser threw inside and caught itself.
  if (!input.text.includes('\u0000')) expect(findings.map((f) => f.code)).not.toContain('ADR_UNREADABLE')
  expect(adr.path).toBe(input.path)
  expect(FORMATS).toContain(adr.format)
  if (adr.status !== null) expect(config.adrs.statuses).toContain(adr.status)
  expect(adr.number === null || Number.isSafeInteger(adr.number)).toBe(true)
  for (const line of Object.values(adr.lines)) {
    expect(Number.isInteger(line) && line >= 1 && line <= (lines.get(input.path) ?? 0)).toBe(true)
  }
  for (const finding of [...findings, ...validation]) expectFinding(finding, lines)
  const set = [adr, ...others.filter((other) => other.path !== adr.path)]
  for (const finding of validateAdrSet({ adrs: set, config })) expectFinding(finding, lines)
}

describe('ADR parser and validators on bad input', () => {
  const stats = new InputStats('ADR')
  const large = new InputStats('ADR (large adversarial)', false)
  afterAll(() => {
    reportStats(stats)
    reportStats(large)
  })

  const runs = stressRuns()
  it(
    `never throw and keep every line inside the file, on ${runs} generated and mutated ADRs`,
    () => {
      warmUp(adrInput, (input) => checkAdr(input as AdrInput))
      const withSet = fc.tuple(adrInput, fc.subarray(POOL, { maxLength: 6 }))
      fc.assert(
        fc.property(withSet, ([input, others]) => expectHandled(input, others, stats)),
        { numRuns: runs, seed: SEED },
      )
    },
    fuzzTimeout(runs),
  )

  it('handles each large adversarial ADR (1 MB) in well under a second', () => {
    for (const input of largeAdrInputs()) expectHandled(input, POOL, large, LARGE_REPEATS)
    // Target 50 ms per input (RELIABILITY.md); loose and on CPU time so a loaded CI machine stays green.
    expect(large.summary().maxCpuMs).toBeLessThanOrEqual(500)
  })
})
