import { describe, expect, it } from 'vitest'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { renderLeaderboard } from '../../../src/core/leaderboard/render-leaderboard.js'
import { FULL_DETAIL } from '../../../src/core/leaderboard/render-limits.js'
import { adrStatusCell } from '../../../src/core/leaderboard/render-sections/format.js'
import {
  renderDecisionLog,
  renderStaleList,
} from '../../../src/core/leaderboard/render-sections/render-decision-log.js'
import { renderMigration } from '../../../src/core/leaderboard/render-sections/render-migrations.js'
import { renderBurndown } from '../../../src/core/leaderboard/render-sections/render-burndown.js'
import { renderThemes } from '../../../src/core/leaderboard/render-sections/render-themes.js'
import { renderUnread } from '../../../src/core/leaderboard/render-sections/render-unread.js'
import { renderUnthemed } from '../../../src/core/leaderboard/render-sections/render-unthemed.js'
import type { OrgSnapshot } from '../../../src/core/types.js'
import { adr, buildConfig, closed, issue, org, repo } from '../../helpers/org-snapshot.js'
import { smallConfig, smallOrg, TODAY } from './small-org.js'

const board = aggregateLeaderboard({ snapshot: smallOrg(), config: smallConfig, today: TODAY })

function boardOf(snapshot: OrgSnapshot, config = buildConfig()) {
  return aggregateLeaderboard({ snapshot, config, today: TODAY })
}

describe('renderMigration', () => {
  it('leaves out unset facts and the projection when nothing moves', () => {
    const config = buildConfig({ migrations: [{ id: 'a', title: 'Stalled', label: 'm' }] })
    const migration = boardOf(
      org([repo('api', { issues: [issue('acme/api', 1, { labels: ['m'] })] })]),
      config,
    ).migrations[0]
    const markdown = renderMigration(migration!, 4, FULL_DETAIL)
    expect(markdown).toContain('Deadline: none · Label: `m`')
    expect(markdown).not.toContain('Theme:')
    expect(markdown).not.toContain('Owner:')
    expect(markdown).not.toContain('projected')
    expect(markdown).toContain('**⚪ no progress**')
  })

  it('can leave out the chart and cut the team table', () => {
    const markdown = renderMigration(board.migrations[0]!, 4, {
      ...FULL_DETAIL,
      burndown: false,
      teamRows: 2,
    })
    expect(markdown).not.toContain('```mermaid')
    expect(markdown).toContain("_…and 2 more teams, left out to fit GitHub's size limit_")
  })
})

describe('decision log and stale lists', () => {
  const theme = board.themes[0]!

  it('renders nothing without rows to show', () => {
    expect(renderDecisionLog(theme.decisions, 0)).toBe('')
    expect(renderDecisionLog([], 10)).toBe('')
    expect(renderStaleList([], 10)).toBe('')
  })

  it('keeps the stale count when the list is dropped', () => {
    expect(renderStaleList(theme.stale, 0)).toBe(
      '**Stale ADRs (1)**: review them, then set a new review date or supersede them.',
    )
  })

  it('says how many log rows were left out', () => {
    expect(renderDecisionLog(theme.decisions, 1)).toContain(
      "_…and 1 more ADRs, left out to fit GitHub's size limit._",
    )
  })

  it('shows a missing status as missing', () => {
    expect(adrStatusCell({ status: null, rawStatus: null })).toBe('_missing_')
  })
})

describe('renderBurndown', () => {
  it('is empty without points', () => {
    expect(renderBurndown([])).toBe('')
  })
})

describe('themes', () => {
  it('shows undated ADRs with a dash and no "no theme" row when everything has a theme', () => {
    const markdown = renderThemes(
      boardOf(org([repo('api', { adrs: [adr({ path: 'a.md', theme: 'scale' })] })])),
      FULL_DETAIL,
    )
    expect(markdown).toContain('| — | `acme/api` |')
    expect(markdown).not.toContain('_No or unknown theme_')
  })
})

describe('renderUnthemed', () => {
  it('is empty when every ADR names a known theme', () => {
    const themed = boardOf(org([repo('api', { adrs: [adr({ path: 'a.md', theme: 'scale' })] })]))
    expect(renderUnthemed(themed, FULL_DETAIL)).toBe('')
  })
})

describe('renderUnread', () => {
  it('is empty when every repository was read', () => {
    expect(renderUnread(boardOf(org([])), FULL_DETAIL)).toBe('')
  })

  it('lists failed and skipped repositories on their own', () => {
    const failedOnly = renderUnread(
      boardOf(org([], { failed: [{ repo: 'acme/a', reason: 'timeout' }] })),
      FULL_DETAIL,
    )
    expect(failedOnly).toContain('**Could not be read (1)**')
    expect(failedOnly).not.toContain('Skipped')
    const skippedOnly = renderUnread(
      boardOf(org([], { skipped: [{ repo: 'acme/b', reason: 'archived' }] })),
      FULL_DETAIL,
    )
    expect(skippedOnly).toContain('**Skipped (1)**')
    expect(skippedOnly).not.toContain('Could not be read')
  })

  it('cuts long lists when the board is too long', () => {
    const failed = Array.from({ length: 400 }, (_, index) => ({
      repo: `acme/repo-${index}`,
      reason: 'x'.repeat(150),
    }))
    const markdown = renderLeaderboard(boardOf(org([], { failed })))
    expect(markdown.length).toBeLessThanOrEqual(60_000)
    expect(markdown).toContain('repositories not read beyond the first 20 of each list')
    expect(markdown).toContain("_…and 380 more repositories, left out to fit GitHub's size limit._")
  })
})

describe('migration overview', () => {
  it('appears only with several migrations', () => {
    const config = buildConfig({ migrations: [{ id: 'a', title: 'Only one', label: 'm' }] })
    const one = boardOf(
      org([repo('api', { issues: [closed(issue('acme/api', 1, { labels: ['m'] }), '2026-02-20')] })]),
      config,
    )
    expect(renderLeaderboard(one)).not.toContain('| Migration | Progress |')
    expect(renderLeaderboard(board)).toContain('| Migration | Progress |')
  })
})
