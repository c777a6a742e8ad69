import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/core/config/parse-config.js'
import { auditAdrs } from '../../src/jobs/audit-adrs.js'
import { fileSourceFrom, type FileSource } from '../../src/jobs/file-source.js'
import { mapConcurrently } from '../../src/jobs/map-concurrently.js'
import { CONFIG, VALID_ADR } from './fake-gateway.js'

const config = parseConfig(CONFIG, '.github/strategy.yml')

function memorySource(files: Record<string, string | null>): FileSource & { reads: string[] } {
  const reads: string[] = []
  const source = fileSourceFrom({
    label: 'acme/api@1234567',
    listFiles: async () => Object.keys(files),
    readFile: async (path) => (reads.push(path), files[path] ?? null),
  })
  return { ...source, reads }
}

describe('auditAdrs', () => {
  it('reads only ADR paths, validates each and the set, sorted', async () => {
    const source = memorySource({
      'docs/adr/0002-b.md': VALID_ADR.replace('Accepted', 'Superseded by [ADR-0009](0009-gone.md)'),
      'docs/adr/0001-a.md': VALID_ADR.replace('Accepted', 'Maybe'),
      'docs/adr/README.md': '# Index',
      'src/index.ts': 'export {}',
    })
    const audit = await auditAdrs({ source, config, today: '2026-06-01' })
    expect(source.reads.sort()).toEqual(['docs/adr/0001-a.md', 'docs/adr/0002-b.md'])
    expect(audit.adrs.map((a) => a.adr.path)).toEqual(['docs/adr/0001-a.md', 'docs/adr/0002-b.md'])
    expect(audit.findings.map((f) => [f.severity, f.code, f.file, f.line])).toEqual([
      ['error', 'ADR_INVALID_STATUS', 'docs/adr/0001-a.md', 3],
      ['warning', 'ADR_BROKEN_LINK', 'docs/adr/0002-b.md', 3],
    ])
  })

  it('reports a listed ADR whose content cannot be read', async () => {
    const audit = await auditAdrs({
      source: memorySource({ 'docs/adr/0001-a.md': null }),
      config,
      today: '2026-06-01',
    })
    expect(audit.findings).toMatchObject([
      {
        code: 'ADR_UNREADABLE',
        file: 'docs/adr/0001-a.md',
        message: expect.stringContaining('acme/api@1234567'),
      },
    ])
  })
})

describe('mapConcurrently', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const results = await mapConcurrently([5, 1, 4, 2, 3], 2, async (n, index) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, n))
      running--
      return `${index}:${n}`
    })
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3'])
    expect(peak).toBe(2)
  })
})
