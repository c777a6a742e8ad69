import { describe, expect, it } from 'vitest'
import { finding, type Severity } from '../../../src/core/findings.js'
import { selectAnnotations } from '../../../src/core/report/select-annotations.js'

function many(severity: Severity, count: number) {
  return Array.from({ length: count }, (_, i) =>
    finding('ADR_MISSING_THEME', severity, `m${i}`, {
      file: `docs/adr/${String(i).padStart(3, '0')}.md`,
      line: 1,
    }),
  )
}

describe('selectAnnotations', () => {
  it('keeps everything when each severity has at most 10', () => {
    const findings = [...many('error', 10), ...many('warning', 3)]
    expect(selectAnnotations(findings)).toEqual({
      annotations: [...many('error', 10), ...many('warning', 3)],
      omitted: { error: 0, warning: 0, notice: 0 },
    })
  })

  it('keeps the first 10 of each severity in stable order and counts the rest', () => {
    const findings = [...many('notice', 11), ...many('warning', 25).reverse(), ...many('error', 12)]
    const { annotations, omitted } = selectAnnotations(findings)
    expect(omitted).toEqual({ error: 2, warning: 15, notice: 1 })
    expect(annotations).toHaveLength(30)
    expect(annotations.slice(10, 20)).toEqual(many('warning', 10))
    expect(annotations.map((a) => a.severity)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(10).fill('notice'),
    ])
  })

  it('returns nothing for no findings', () => {
    expect(selectAnnotations([])).toEqual({ annotations: [], omitted: { error: 0, warning: 0, notice: 0 } })
  })
})
