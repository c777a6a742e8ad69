import DOMPurify from 'dompurify'
import { beforeAll, describe, expect, it } from 'vitest'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { renderLeaderboard } from '../../../src/core/leaderboard/render-leaderboard.js'
import { renderBurndown } from '../../../src/core/leaderboard/render-sections/render-burndown.js'
import { smallConfig, smallOrg, TODAY } from './small-org.js'

type Parse = (text: string) => Promise<unknown>
let parse: Parse

beforeAll(async () => {
  // Mermaid sanitises labels with DOMPurify, which needs a browser DOM; parsing needs no sanitising, so
  // the hooks are stubbed before Mermaid loads. The grammar under test is Mermaid's own.
  Object.assign(DOMPurify, {
    addHook: () => {},
    removeHook: () => {},
    removeHooks: () => {},
    sanitize: String,
  })
  const mermaid = (await import('mermaid')).default
  parse = (text) => mermaid.parse(text)
})

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '')
}

describe('burndown charts', () => {
  it('parse as Mermaid xychart diagrams', async () => {
    const markdown = renderLeaderboard(
      aggregateLeaderboard({ snapshot: smallOrg(), config: smallConfig, today: TODAY }),
    )
    const charts = mermaidBlocks(markdown)
    expect(charts).toHaveLength(2)
    for (const chart of charts) await expect(parse(chart)).resolves.toMatchObject({ diagramType: 'xychart' })
  })

  it('parse with a single point, across years and with large counts', async () => {
    const charts = [
      renderBurndown([{ date: '2026-03-02', scope: 0, done: 0, remaining: 0 }]),
      renderBurndown([
        { date: '2025-12-29', scope: 12_000, done: 0, remaining: 12_000 },
        { date: '2026-01-05', scope: 12_400, done: 900, remaining: 11_500 },
      ]),
    ].flatMap(mermaidBlocks)
    expect(charts).toHaveLength(2)
    for (const chart of charts) await expect(parse(chart)).resolves.toMatchObject({ diagramType: 'xychart' })
  })

  it('rejects a broken chart (the check is real)', async () => {
    await expect(parse('xychart-beta\n  line [1, 2\n')).rejects.toThrow()
  })
})
