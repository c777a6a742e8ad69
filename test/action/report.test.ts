import { describe, expect, it } from 'vitest'
import {
  applyFailPolicy,
  emitAnnotations,
  resultOf,
  setOutputs,
  type ActionReport,
} from '../../src/action/report.js'
import { finding, type Finding } from '../../src/core/findings.js'
import { createFakeCore } from './fake-core.js'

const adrError = (line: number): Finding =>
  finding('ADR_INVALID_STATUS', 'error', `Status on line ${line} is "Aproved".`, {
    file: 'docs/adr/0001-a.md',
    line,
    column: 1,
  })

function report(findings: Finding[], over: Partial<ActionReport> = {}): ActionReport {
  return {
    result: resultOf(findings, null),
    skipReason: null,
    themes: [],
    findings,
    commentId: null,
    ...over,
  }
}

describe('emitAnnotations', () => {
  it('annotates the exact file, line and column with the finding code as title', () => {
    const core = createFakeCore()
    emitAnnotations(core, [adrError(3), finding('PR_MISSING_THEME', 'warning', 'Name a theme.')])
    expect(core.annotations).toEqual([
      {
        severity: 'error',
        message: 'Status on line 3 is "Aproved".',
        properties: {
          title: 'Strategy Trace ADR_INVALID_STATUS',
          file: 'docs/adr/0001-a.md',
          startLine: 3,
          startColumn: 1,
        },
      },
      {
        severity: 'warning',
        message: 'Name a theme.',
        properties: { title: 'Strategy Trace PR_MISSING_THEME' },
      },
    ])
  })

  it('keeps 10 per severity, the 10th saying how many more are in the job summary', () => {
    const core = createFakeCore()
    emitAnnotations(
      core,
      Array.from({ length: 14 }, (_, i) => adrError(i + 1)),
    )
    expect(core.annotations).toHaveLength(10)
    expect(core.annotations.slice(0, 9).map((a) => a.properties?.startLine)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ])
    expect(core.annotations[9]).toEqual({
      severity: 'error',
      message: '5 more errors: see the job summary.',
      properties: { title: 'Strategy Trace' },
    })
  })

  it('annotates exactly 10 without a "more" line', () => {
    const core = createFakeCore()
    emitAnnotations(
      core,
      Array.from({ length: 10 }, (_, i) => adrError(i + 1)),
    )
    expect(core.annotations.map((a) => a.properties?.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })
})

describe('setOutputs', () => {
  it('sets every output of action.yml', () => {
    const core = createFakeCore()
    setOutputs(
      core,
      report([adrError(1), finding('PR_RETIRED_THEME', 'warning', 'Retired.')], {
        themes: ['global-scale'],
        commentId: 42,
      }),
    )
    expect(core.outputs).toEqual({
      themes: '["global-scale"]',
      errors: '1',
      warnings: '1',
      result: 'fail',
      'skip-reason': '',
      'comment-id': '42',
    })
  })
})

describe('applyFailPolicy', () => {
  it('fails the step on errors in mode fail, saying how to only warn', () => {
    const core = createFakeCore()
    applyFailPolicy(core, 'fail', report([adrError(1)]))
    expect(core.failed).toEqual([
      'Strategy Trace found 1 error and 0 warnings: see the annotations and the job summary. Set `mode: warn` to report without failing.',
    ])
  })

  it('never fails in mode warn, nor for warnings or skips in mode fail', () => {
    const core = createFakeCore()
    applyFailPolicy(core, 'warn', report([adrError(1)]))
    applyFailPolicy(core, 'fail', report([finding('PR_MISSING_THEME', 'warning', 'x')]))
    applyFailPolicy(core, 'fail', report([], { result: 'skipped', skipReason: 'Skipped: a draft.' }))
    expect(core.failed).toEqual([])
    expect(core.logs).toEqual([
      expect.stringContaining('passes because `mode` is `warn`'),
      'Strategy Trace found 0 errors and 1 warning: pass.',
      'Skipped: a draft.',
    ])
  })
})
