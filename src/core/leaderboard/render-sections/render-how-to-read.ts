import { AT_RISK_MARGIN_DAYS } from '../burn-rate.js'
import { fromDayNumber, requireDayNumber } from '../day-number.js'
import type { Leaderboard } from '../leaderboard-types.js'
import { plural } from './format.js'

/** The settings the board's definitions depend on (the config's, or the defaults in the README). */
export interface BoardRules {
  /** `leaderboard.burn_rate_weeks`. */
  burnRateWeeks: number
  /** `leaderboard.pr_window_days`. */
  prWindowDays: number
  /** `adrs.review_after_days` (null: age alone never makes an ADR stale). */
  reviewAfterDays: number | null
}

/**
 * The definitions behind every number on the board, one bullet each, from the same constants and settings
 * the aggregation uses. The README's "How to read the board" lists the same bullets for the default
 * settings (a test compares them), so the board and the documentation cannot drift apart.
 */
export function howToReadBullets(rules: BoardRules): string[] {
  const weeks = plural(rules.burnRateWeeks, 'week')
  const days = rules.burnRateWeeks * 7
  const stale =
    rules.reviewAfterDays === null
      ? 'its review date has passed'
      : `its review date has passed or, when it has no review date, it is accepted and its date is more than ${rules.reviewAfterDays} days ago`
  return [
    "**Jobs** are the issues carrying a migration's label that still count: **done** + **remaining**. " +
      'An issue closed as completed, or closed without a reason, is done; one closed as not planned or as ' +
      'a duplicate is **dropped**: shown in its own column and left out of every other number; an open ' +
      'issue is remaining. With `detect:` a repository the detector matches is one job, remaining while ' +
      "it matches and done from the commit that made it stop. A migration's teams add up to its row.",
    '**% done** is done ÷ jobs, rounded down, so 100% means nothing remains.',
    `**Burn rate** is the jobs done in the last ${weeks} ÷ ${rules.burnRateWeeks}: the issues closed as ` +
      `done in the ${days} days that end today, today included.`,
    '**Projected** is today + remaining ÷ burn rate, rounded up to a whole day; none while nothing was ' +
      `done in the last ${weeks}.`,
    '**Status**, the first that applies: *done* when nothing remains; *late* when the deadline has passed ' +
      'with jobs remaining, or the projection lands after the deadline; *no progress* when nothing was ' +
      `done in the last ${weeks}; *at risk* when the projection lands in the last ${AT_RISK_MARGIN_DAYS} ` +
      'days before the deadline, the deadline included; *on track* otherwise (also when no deadline is ' +
      'set and jobs are being done).',
    '**Strategy at a glance**, at the top: per theme the migrations whose `theme` names it, their jobs ' +
      'added up, and a **status vs horizon**: each of those migrations with jobs gets the *Status* above, ' +
      "measured against the theme's horizon instead of its own deadline (its own burn rate and remaining " +
      'jobs), and the theme shows the worst of them in the order *late*, *no progress*, *at risk*, ' +
      '*on track*, *done*. **Merged PRs** is the share of all merged pull requests counted below that name ' +
      'the theme. Metrics are shown as configured (`themes[].metrics`).',
    "**Burn-up**: a migration's chart and table show per week the **scope**, every job created (or found) " +
      'by that day and not dropped by then, and the jobs **done** by then; the gap between them is what ' +
      'remains, and a rising scope means jobs are still being found.',
    '**Teams** come from `teams:` in the config, or, with `ownership.sources`, from the first source in ' +
      'its order that names one (a custom property, the default owner in CODEOWNERS, `spec.owner` in ' +
      'catalog-info.yaml; the team name says which); a repository no source claims counts as its own ' +
      'team. Archived repositories are not counted.',
    `**A stale ADR** is not superseded, deprecated or rejected, and ${stale}.`,
    `**Where effort goes** counts the pull requests merged in the last ${rules.prWindowDays} days. Those ` +
      'exempt from the theme check (by `pull_requests.exempt`: labels, authors, bots) are counted apart ' +
      'and left out of the shares.',
  ]
}

/** The board's collapsed "How to read this board" section, with this board's own dates. */
export function renderHowToRead(board: Leaderboard): string {
  const today = requireDayNumber(board.today, 'today')
  const from = (days: number) => fromDayNumber(today - days + 1)
  const rules = {
    burnRateWeeks: board.burnRateWeeks,
    prWindowDays: board.pulls.windowDays,
    reviewAfterDays: board.reviewAfterDays,
  }
  return [
    '<details>',
    '<summary>How to read this board</summary>',
    '',
    ...howToReadBullets(rules).map((bullet) => `- ${bullet}`),
    '',
    `On this board, the burn rate counts ${from(board.burnRateWeeks * 7)} through ${board.today} and ` +
      `merged pull requests ${from(board.pulls.windowDays)} through ${board.today}.`,
    '',
    '</details>',
  ].join('\n')
}
