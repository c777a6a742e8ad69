import type { Leaderboard } from './leaderboard-types.js'
import { FULL_DETAIL, type RenderLimits } from './render-limits.js'

/** GitHub rejects issue bodies over 65,536 characters; the board stays well below, leaving room. */
export const LEADERBOARD_BUDGET = 60_000

/** One way to shorten the board, tried in a fixed order until it fits. */
export interface BudgetStep {
  /** Steps with the same key describe the same detail; a later one replaces the earlier phrase. */
  key: string
  /** What the visible note says was left out. */
  leftOut: string
  /** True when applying the step would hide something on this board. */
  applies: (board: Leaderboard, limits: RenderLimits) => boolean
  apply: (limits: RenderLimits) => RenderLimits
}

const anyDetected = (board: Leaderboard, over: number): boolean =>
  board.migrations.some((migration) => (migration.detected?.length ?? 0) > over)

const anyTheme = (board: Leaderboard, test: (count: number) => boolean, of: 'decisions' | 'stale'): boolean =>
  board.themes.some((theme) => test(theme[of].length))

/**
 * The fixed order in which detail is dropped: first the long tails of lists (decision logs, stale ADRs,
 * ADRs without a theme), then whole secondary tables, then the migrations' detail, which is the board's
 * reason to exist. Counts and percentages are never dropped.
 */
export const BUDGET_STEPS: readonly BudgetStep[] = [
  {
    key: 'detected',
    leftOut: 'the repositories found in the code beyond the first 50 of each migration',
    applies: (board, limits) => limits.detectedRows > 50 && anyDetected(board, 50),
    apply: (limits) => ({ ...limits, detectedRows: 50 }),
  },
  {
    key: 'decisions',
    leftOut: 'the decision logs beyond the 10 newest ADRs of each theme',
    applies: (board, limits) => limits.decisionRows > 10 && anyTheme(board, (n) => n > 10, 'decisions'),
    apply: (limits) => ({ ...limits, decisionRows: 10 }),
  },
  {
    key: 'stale',
    leftOut: 'the lists of stale ADRs (their counts are kept)',
    applies: (board, limits) =>
      limits.staleRows > 0 && (board.unthemedStale.length > 0 || anyTheme(board, (n) => n > 0, 'stale')),
    apply: (limits) => ({ ...limits, staleRows: 0 }),
  },
  {
    key: 'unthemed',
    leftOut: 'ADRs and repositories without a theme beyond the first 10',
    applies: (board, limits) =>
      limits.unthemedRows > 10 &&
      (board.unthemedAdrs.length > 10 || board.coverage.reposLackingTheme.length > 10),
    apply: (limits) => ({ ...limits, unthemedRows: 10 }),
  },
  {
    key: 'detected',
    leftOut: 'the lists of repositories found in the code (their counts are kept)',
    applies: (board, limits) => limits.detectedRows > 0 && anyDetected(board, 0),
    apply: (limits) => ({ ...limits, detectedRows: 0 }),
  },
  {
    key: 'pull-teams',
    leftOut: 'the per-team table of merged pull requests',
    applies: (board, limits) => limits.pullTeams && board.pulls.perTeam.length > 0,
    apply: (limits) => ({ ...limits, pullTeams: false }),
  },
  {
    key: 'teams',
    leftOut: 'the middle of team tables longer than 25 rows (the top 15 and bottom 10 are shown)',
    applies: (board, limits) => limits.teamRows > 25 && board.migrations.some((m) => m.teams.length > 25),
    apply: (limits) => ({ ...limits, teamRows: 25 }),
  },
  {
    key: 'burndown',
    leftOut: 'the burndown charts',
    applies: (board, limits) => limits.burndown && board.migrations.some((m) => m.burndown.length > 0),
    apply: (limits) => ({ ...limits, burndown: false }),
  },
  {
    key: 'decisions',
    leftOut: 'the decision logs (the counts per status are kept)',
    applies: (board, limits) => limits.decisionRows > 0 && anyTheme(board, (n) => n > 0, 'decisions'),
    apply: (limits) => ({ ...limits, decisionRows: 0 }),
  },
  {
    key: 'unthemed',
    leftOut: 'the lists of ADRs and repositories without a theme (their counts are kept)',
    applies: (board, limits) => limits.unthemedRows > 0 && board.unthemedAdrs.length > 0,
    apply: (limits) => ({ ...limits, unthemedRows: 0 }),
  },
  {
    key: 'unread',
    leftOut: 'repositories not read beyond the first 20 of each list',
    applies: (board, limits) =>
      limits.unreadRows > 20 && (board.failed.length > 20 || board.skipped.length > 20),
    apply: (limits) => ({ ...limits, unreadRows: 20 }),
  },
  {
    key: 'teams',
    leftOut: 'the middle of team tables longer than 10 rows (the top 6 and bottom 4 are shown)',
    applies: (board, limits) => limits.teamRows > 10 && board.migrations.some((m) => m.teams.length > 10),
    apply: (limits) => ({ ...limits, teamRows: 10 }),
  },
  {
    key: 'teams',
    leftOut: 'all but the first 2 and the last team of each migration',
    applies: (board, limits) => limits.teamRows > 3 && board.migrations.some((m) => m.teams.length > 3),
    apply: (limits) => ({ ...limits, teamRows: 3 }),
  },
]

/** Renders the board with the given limits; `leftOut` lists what the visible note must mention. */
export type RenderWithLimits = (limits: RenderLimits, leftOut: readonly string[]) => string

export interface FitToBudgetParams {
  board: Leaderboard
  render: RenderWithLimits
  budget?: number
}

/**
 * Renders with full detail, then applies `BUDGET_STEPS` in order (skipping those that would hide
 * nothing) until the body fits `budget`. Should even the leanest board be too long, its end is cut at a
 * line boundary, open code fences and `<details>` blocks are closed, and the note says so.
 */
export function fitToBudget({ board, render, budget = LEADERBOARD_BUDGET }: FitToBudgetParams): string {
  let limits: RenderLimits = { ...FULL_DETAIL }
  const leftOut = new Map<string, string>()
  let body = render(limits, [])
  for (const step of BUDGET_STEPS) {
    if (body.length <= budget) return body
    if (!step.applies(board, limits)) continue
    limits = step.apply(limits)
    leftOut.set(step.key, step.leftOut)
    body = render(limits, [...leftOut.values()])
  }
  if (body.length <= budget) return body
  leftOut.set('end', 'the end of the board, cut off at the size limit')
  return cutAtLineBoundary(render(limits, [...leftOut.values()]), budget)
}

const CUT_NOTE = "\n\n_…the rest of the board was cut off to fit GitHub's size limit._\n"

/** Keeps whole lines up to `budget` (minus room for closers), closing any fence or `<details>` left open. */
export function cutAtLineBoundary(body: string, budget: number): string {
  const room = budget - CUT_NOTE.length - 32
  const end = body.lastIndexOf('\n', Math.max(0, room))
  const kept = body.slice(0, Math.max(0, end))
  const lines = kept.split('\n')
  const fences = lines.filter((line) => line.startsWith('```')).length
  const opened = lines.filter((line) => line === '<details>').length
  const closed = lines.filter((line) => line === '</details>').length
  const closers = [fences % 2 === 1 ? '\n```' : '', opened > closed ? '\n\n</details>' : ''].join('')
  return `${kept}${closers}${CUT_NOTE}`
}
