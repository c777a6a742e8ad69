import type { StrategyConfig } from '../core/config/config.schema.js'
import { aggregateDigest } from '../core/digest/aggregate-digest.js'
import { digestWeek } from '../core/digest/digest-week.js'
import { digestMarker, renderDigest } from '../core/digest/render-digest.js'
import type { Logger } from '../core/logger.js'
import type { OrgSnapshot } from '../core/types.js'
import { GitHubError } from '../github/errors.js'
import type { LeaderboardGateway } from '../github/leaderboard-gateway.js'
import type { DigestMemo } from '../github/snapshot-cache.js'

export interface DigestInput {
  snapshot: OrgSnapshot
  config: StrategyConfig
  /** `YYYY-MM-DD`. */
  today: string
}

/**
 * The digest a preview shows (`strategy-trace leaderboard --digest`): this week's once the configured
 * day (default Monday) has come, else last week's; with the configured settings, or the defaults when
 * the config has no `digest:`.
 */
export function previewDigest({ snapshot, config, today }: DigestInput): string {
  const settings = config.digest ?? { day: 'monday', mention_leaders: false }
  const week = digestWeek(today, settings.day, true)
  if (week === null) throw new Error('[strategy-trace] digestWeek with latest always returns a week')
  return renderDigest(aggregateDigest({ snapshot, config, week }), {
    mentionLeaders: settings.mention_leaders,
  })
}

export type PostDigestResult = 'off' | 'not-due' | 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed'

/**
 * Posts the week's digest on the tracking issue when `digest:` is configured and its day has come:
 * one comment per ISO week, found by the week's hidden marker (and our authorship), edited when a later
 * refresh of the same week finds it changed, never a second one (duplicates from concurrent refreshes
 * are converged by `upsertComment`). A GitHub failure is logged and never fails the refresh. After the
 * week's day, once a refresh that read every repository has written it (or found it up to date), the
 * same process does not count that week again: the 7 days it covers are over.
 */
export async function postDigest(
  p: DigestInput & {
    gateway: LeaderboardGateway
    logger: Logger
    issue: { owner: string; repo: string; number: number }
    ownLogin: string
    /** The installation's state, to skip a week that is settled (see `DigestMemo`). */
    state?: { digest?: DigestMemo }
  },
): Promise<PostDigestResult> {
  const settings = p.config.digest
  if (!settings) return 'off'
  const week = digestWeek(p.today, settings.day)
  if (week === null) return 'not-due'
  const issueKey = `${p.issue.owner}/${p.issue.repo}#${p.issue.number}`
  if (p.state?.digest?.week === week.week && p.state.digest.issue === issueKey) return 'unchanged'
  const body = renderDigest(aggregateDigest({ snapshot: p.snapshot, config: p.config, week }), {
    mentionLeaders: settings.mention_leaders,
  })
  try {
    const written = await p.gateway.upsertComment(p.issue, {
      marker: digestMarker(week.week),
      body,
      ownLogin: p.ownLogin,
    })
    if (written.result !== 'unchanged') p.logger.info(`Weekly digest ${week.week}: ${written.result}.`)
    // Once its day is over, a week's numbers only change with late data: a full read settles them.
    const settled = p.today > week.end && p.snapshot.failed.length === 0 && written.result !== 'skipped'
    if (p.state && settled) p.state.digest = { week: week.week, issue: issueKey }
    return written.result === 'deleted' ? 'updated' : written.result
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error
    p.logger.warn(`The weekly digest ${week.week} was not written: ${error.message}`)
    return 'failed'
  }
}
