import { describe, expect, it } from 'vitest'
import { finding } from '../../../src/core/findings.js'
import { validatePullRequest } from '../../../src/core/pull-request/validate-pull-request.js'
import {
  MAX_SUMMARY_BYTES,
  renderJobSummary,
  utf8Length,
} from '../../../src/core/report/render-job-summary.js'
import { sampleConfig, samplePr } from '../pull-request/sample-config.js'
import { expectGolden } from '../../helpers/expect-golden.js'
import { ADR_FINDINGS } from './sample-findings.js'

describe('renderJobSummary', () => {
  it('renders a passing run', () => {
    const summary = renderJobSummary({
      findings: [],
      themes: ['developer-velocity', 'global-scale'],
      result: 'pass',
      title: 'Strategy Trace: pull request #42',
    })
    expectGolden('summary-pass', summary)
  })

  it('renders every finding, beyond the 10 annotations, under a hostile title', () => {
    const pr = samplePr({ body: 'Theme: globle-scale' })
    const { themes, findings } = validatePullRequest({ pr, config: sampleConfig() })
    const many = Array.from({ length: 12 }, (_, i) =>
      finding('ADR_MISSING_THEME', 'warning', `ADR docs/adr/${100 + i}-x.md names no strategic theme.`, {
        file: `docs/adr/${100 + i}-x.md`,
        line: 1,
      }),
    )
    const summary = renderJobSummary({
      findings: [...findings, ...ADR_FINDINGS, ...many],
      themes,
      result: 'fail',
      title: 'Strategy Trace: #42 @acme/security <script>alert(1)</script> | `x`',
    })
    expect(summary.split('\n').filter((line) => line.startsWith('| ⚠️'))).toHaveLength(13)
    expect(summary).not.toContain('<script>')
    expect(summary).not.toContain('@acme')
    expectGolden('summary-findings', summary)
  })

  it('renders a skipped run with its reason', () => {
    const summary = renderJobSummary({
      findings: [],
      themes: [],
      result: 'skipped',
      title: 'Strategy Trace: pull request #43',
      skipReason: 'Skipped: the pull request was opened by the bot "dependabot[bot]".',
    })
    expectGolden('summary-skipped', summary)
  })

  it('stays under 1 MiB by leaving out whole findings', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding('ADR_BAD_DATE', 'error', `Date ${i}: ${'é'.repeat(300)}`, {
        file: `docs/adr/${i}.md`,
        line: 2,
      }),
    )
    const summary = renderJobSummary({ findings: many, themes: [], result: 'fail', title: 'Big' })
    expect(utf8Length(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    const shown = summary.split('\n').filter((line) => line.startsWith('| ❌')).length
    expect(shown).toBeGreaterThan(1000)
    expect(summary).toContain(
      `_… and ${5000 - shown} more findings, left out to keep the summary under 1 MiB._`,
    )
    expect(summary).toContain('**Result:** ❌ fail · 5000 errors')
  })
})

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud800', 3],
    ['\ud800x', 4],
  ])('measures %j as %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes)
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
  })
})
