import { describe, expect, it } from 'vitest'
import type { UpsertCommentResult } from '../../src/github/gateway.js'
import { GitHubError } from '../../src/github/errors.js'
import type { LeaderboardGateway } from '../../src/github/leaderboard-gateway.js'
import { postDigest } from '../../src/jobs/post-digest.js'
import { buildConfig, closed, issue, org, repo } from '../helpers/org-snapshot.js'

const snapshot = org([
  repo('api', {
    issues: [
      closed(issue('acme/api', 1, { labels: ['m'] }), '2026-12-03'),
      issue('acme/api', 2, { labels: ['m'] }),
    ],
  }),
])
const migrations = [{ id: 'm', title: 'M', label: 'm' }]

/** Only `upsertComment` is used; it records each call and answers `answer`. */
function fakeGateway(answer: () => Promise<UpsertCommentResult>) {
  const calls: { marker: string; body: string }[] = []
  const gateway = {
    upsertComment: async (_issue: unknown, p: { marker: string; body: string }) => {
      calls.push(p)
      return answer()
    },
  } as unknown as LeaderboardGateway
  return { gateway, calls }
}

const logs: string[] = []
const logger = {
  debug: () => {},
  info: (m: string) => logs.push(m),
  warn: (m: string) => logs.push(`warn: ${m}`),
  error: () => {},
}
const issueRef = { owner: 'acme', repo: '.github', number: 7 }

describe('postDigest', () => {
  it('writes nothing without `digest:` or before its day', async () => {
    const { gateway, calls } = fakeGateway(async () => ({ result: 'created', commentId: 1 }))
    const base = { gateway, logger, snapshot, issue: issueRef, ownLogin: 'app[bot]' }
    expect(await postDigest({ ...base, config: buildConfig({ migrations }), today: '2026-12-07' })).toBe(
      'off',
    )
    const config = buildConfig({ migrations, digest: { day: 'wednesday' } })
    expect(await postDigest({ ...base, config, today: '2026-12-08' })).toBe('not-due')
    expect(calls).toEqual([])
  })

  it("upserts the week's comment by its marker on and after the day", async () => {
    const { gateway, calls } = fakeGateway(async () => ({ result: 'created', commentId: 1 }))
    const config = buildConfig({ migrations, digest: { day: 'monday' } })
    const base = { gateway, logger, snapshot, config, issue: issueRef, ownLogin: 'app[bot]' }
    expect(await postDigest({ ...base, today: '2026-12-07' })).toBe('created')
    expect(await postDigest({ ...base, today: '2026-12-13' })).toBe('created')
    expect(calls.map((call) => call.marker)).toEqual([
      '<!-- strategy-trace:digest 2026-W50 -->',
      '<!-- strategy-trace:digest 2026-W50 -->',
    ])
    expect(calls[1]?.body).toBe(calls[0]?.body)
    // Both jobs date from January: one done this week, the scope unchanged, one remaining.
    expect(calls[0]?.body).toContain('| M | 1 | 0 | 1 |')
  })

  it('counts a week again on its day, but not once the day is over and a full read wrote it', async () => {
    const { gateway, calls } = fakeGateway(async () => ({ result: 'unchanged', commentId: 1 }))
    const config = buildConfig({ migrations, digest: { day: 'monday' } })
    const state: { digest?: { week: string; issue: string } } = {}
    const base = { gateway, logger, config, issue: issueRef, ownLogin: 'app[bot]', state }
    const partial = { ...snapshot, failed: [{ repo: 'acme/web', reason: 'timeout' }] }
    expect(await postDigest({ ...base, snapshot, today: '2026-12-07' })).toBe('unchanged')
    expect(await postDigest({ ...base, snapshot, today: '2026-12-07' })).toBe('unchanged')
    expect(await postDigest({ ...base, snapshot: partial, today: '2026-12-08' })).toBe('unchanged')
    expect(state.digest).toBeUndefined()
    expect(calls).toHaveLength(3)
    await postDigest({ ...base, snapshot, today: '2026-12-08' })
    expect(state.digest).toEqual({ week: '2026-W50', issue: 'acme/.github#7' })
    await postDigest({ ...base, snapshot, today: '2026-12-09' })
    expect(calls).toHaveLength(4)
    // The next week is counted again.
    await postDigest({ ...base, snapshot, today: '2026-12-14' })
    expect(calls).toHaveLength(5)
  })

  it('logs a GitHub failure and lets the refresh go on', async () => {
    const { gateway } = fakeGateway(async () => {
      throw new GitHubError('Could not create a comment on acme/.github#7: 403 Forbidden', 403)
    })
    const config = buildConfig({ migrations, digest: { day: 'monday' } })
    const result = await postDigest({
      gateway,
      logger,
      snapshot,
      config,
      issue: issueRef,
      ownLogin: 'a',
      today: '2026-12-07',
    })
    expect(result).toBe('failed')
    expect(logs.at(-1)).toBe(
      'warn: The weekly digest 2026-W50 was not written: Could not create a comment on acme/.github#7: 403 Forbidden',
    )
  })
})
