import { describe, expect, it } from 'vitest'
import { corpusStatus, readLabels, repoOf, scoreCorpus } from './adr-corpus.js'

const labels = readLabels()
const { present, missing, changed } = corpusStatus(labels)
const restored = missing.length === 0 && changed.length === 0

describe('the real-world ADR corpus: labels', () => {
  it('labels 300+ records from 100+ repositories, each pinned to a commit with a checksum', () => {
    expect(labels.length).toBeGreaterThanOrEqual(300)
    expect(new Set(labels.map(repoOf)).size).toBeGreaterThanOrEqual(100)
    expect(new Set(labels.map((l) => l.file)).size).toBe(labels.length)
    for (const label of labels) {
      expect(label.source).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/./)
      expect(label.sha256).toMatch(/^[0-9a-f]{64}$/)
      if (label.date !== null) expect(label.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    const languages = new Set(labels.map((l) => l.language))
    for (const language of ['en', 'zh', 'ja', 'ko', 'de', 'fr', 'es', 'pt', 'ru'])
      expect(languages).toContain(language)
  })
})

describe.runIf(restored)('the real-world ADR corpus: the parser against the hand labels', () => {
  const score = scoreCorpus(present)
  it('reads at least 98% of the labelled fields right', () => {
    expect(score.right / score.total).toBeGreaterThanOrEqual(0.98)
  })
  it('reports no error that the hand label contradicts', () => {
    expect(score.falseErrors).toEqual([])
  })
})

if (!restored)
  console.info(
    `ADR corpus not restored (${missing.length + changed.length} of ${labels.length} files missing or changed): the corpus score is skipped; see test/corpus/adrs/RESTORE.md.`,
  )
