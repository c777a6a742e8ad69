import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { AT_RISK_MARGIN_DAYS } from '../../../src/core/leaderboard/burn-rate.js'
import { renderLeaderboard } from '../../../src/core/leaderboard/render-leaderboard.js'
import { howToReadBullets } from '../../../src/core/leaderboard/render-sections/render-how-to-read.js'
import { smallConfig, smallOrg, TODAY } from './small-org.js'

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')

/** The bullets of the README's "How to read the board" section. */
function readmeBullets(): string[] {
  const section = README.split('\n### How to read the board\n')[1]?.split('\n## ')[0] ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2))
}

describe('How to read this board', () => {
  it("says in the README exactly what the board says for the config's defaults", () => {
    const defaults = strategyConfigSchema.parse({ themes: [{ id: 'a', name: 'A' }] })
    const bullets = howToReadBullets({
      burnRateWeeks: defaults.leaderboard.burn_rate_weeks,
      prWindowDays: defaults.leaderboard.pr_window_days,
      reviewAfterDays: defaults.adrs.review_after_days,
    })
    expect(readmeBullets()).toEqual(bullets)
  })

  it('is on the board, collapsed, with the settings and the dates this board counts', () => {
    const config = { ...smallConfig, leaderboard: { ...smallConfig.leaderboard, burn_rate_weeks: 2 } }
    const board = renderLeaderboard(aggregateLeaderboard({ snapshot: smallOrg(), config, today: TODAY }))
    const section = board.split('<summary>How to read this board</summary>')[1]?.split('</details>')[0] ?? ''
    expect(board).toContain('<details>\n<summary>How to read this board</summary>')
    expect(section).toContain('jobs done in the last 2 weeks ÷ 2: the issues closed as done in the 14 days')
    expect(section).toContain(`in the last ${AT_RISK_MARGIN_DAYS} days before the deadline`)
    expect(section).toContain('On this board, the burn rate counts 2026-02-17 through 2026-03-02')
  })
})
