import { describe, expect, it } from 'vitest'
import { jobIssueText } from '../../../src/core/detect/job-issue-text.js'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { hasJobIssueMarker, jobIssueMarker, planJobIssues } from '../../../src/core/detect/plan-job-issues.js'
import type { DetectedJob } from '../../../src/core/detect/detected-job.js'
import { buildConfig, closed, issue, org, repo } from '../../helpers/org-snapshot.js'

const config = buildConfig({
  migrations: [
    {
      id: 'auth',
      title: 'Leave auth-sdk 2',
      detect: { dependency: { ecosystem: 'npm', name: 'auth-sdk', range: '<3' } },
      create_issues: true,
      issues_per_refresh: 2,
    },
    // Detected without job issues: never planned.
    { id: 'quiet', title: 'Quiet', detect: { file: { path: '.travis.yml' } } },
  ],
})
const [auth] = config.migrations
const LABEL = 'migration:auth'
const BOT = 'strategy-trace[bot]'

const job = (matching: boolean, issueNumber?: number): DetectedJob => ({
  migration: 'auth',
  matching,
  since: '2026-03-01',
  doneOn: matching ? null : '2026-03-02',
  paths: ['package.json'],
  ...(issueNumber === undefined
    ? {}
    : { issue: { number: issueNumber, url: `https://github.com/x/${issueNumber}` } }),
})
// GraphQL shows an app's login without `[bot]`.
const ours = (name: string, number: number) =>
  issue(`acme/${name}`, number, { labels: [LABEL], author: 'strategy-trace' })

describe('planJobIssues', () => {
  it('opens at most issues_per_refresh per migration, in name order, and defers the rest', () => {
    const snapshot = org(
      ['d', 'c', 'b', 'a'].map((name) =>
        repo(name, { detected: [job(true), { ...job(true), migration: 'quiet' }] }),
      ),
    )
    const plan = planJobIssues(snapshot, config.migrations, BOT)
    expect(plan.actions.map((a) => `${a.kind} ${a.repo}`)).toEqual(['open a', 'open b'])
    expect(plan.deferred).toEqual(new Map([['auth', 2]]))
  })

  it('on a cold start, spends issues_per_refresh only on repositories without an issue of ours, so later ones are not starved', () => {
    // a and b already have their job issues (not linked yet after a restart); c and d have none.
    const snapshot = org([
      repo('a', { detected: [job(true)], issues: [ours('a', 1)] }),
      repo('b', { detected: [job(true)], issues: [closed(ours('b', 2), '2026-03-01')] }),
      repo('c', { detected: [job(true)] }),
      repo('d', { detected: [job(true)] }),
      repo('e', { detected: [job(true)] }),
    ])
    const plan = planJobIssues(snapshot, config.migrations, BOT)
    expect(plan.actions.map((a) => `${a.kind} ${a.repo}`)).toEqual(['open a', 'open b', 'open c', 'open d'])
    expect(plan.deferred).toEqual(new Map([['auth', 1]]))
  })

  it('closes a known open job issue once the detector stops, and reopens a closed one when it matches again', () => {
    const snapshot = org([
      repo('done', { detected: [job(false, 3)], issues: [ours('done', 3)] }),
      repo('back', { detected: [job(true, 5)], issues: [closed(ours('back', 5), '2026-03-01')] }),
      repo('steady', { detected: [job(true, 7)], issues: [ours('steady', 7)] }),
      repo('closed', { detected: [job(false, 9)], issues: [closed(ours('closed', 9), '2026-03-01')] }),
    ])
    expect(planJobIssues(snapshot, config.migrations, BOT).actions).toEqual([
      { kind: 'reopen', repo: 'back', migration: auth, number: 5 },
      { kind: 'close', repo: 'done', migration: auth, number: 3, verify: false },
    ])
  })

  it('leaves a job issue a person closed as not planned alone: the job is dropped, not reopened', () => {
    const snapshot = org([
      repo('wontfix', {
        detected: [job(true, 6)],
        issues: [closed(ours('wontfix', 6), '2026-03-01', 'not_planned')],
      }),
    ])
    expect(planJobIssues(snapshot, config.migrations, BOT).actions).toEqual([])
    const board = aggregateLeaderboard({ snapshot, config, today: '2026-03-02' })
    expect(board.migrations[0]).toMatchObject({ jobs: 0, dropped: 1, remaining: 0 })
  })

  it('after a restart, closes open issues of ours only after checking their marker; never touches others’', () => {
    const snapshot = org([
      repo('gone', { issues: [ours('gone', 2), issue('acme/gone', 4, { labels: [LABEL], author: 'dana' })] }),
    ])
    expect(planJobIssues(snapshot, config.migrations, BOT).actions).toEqual([
      { kind: 'close', repo: 'gone', migration: auth, number: 2, verify: true },
    ])
  })
})

describe('jobIssueText', () => {
  it('says what was found and ends with the marker; configured title and body fill in {repo}', () => {
    if (!auth) throw new Error('no migration')
    const text = jobIssueText(auth, 'api')
    expect(text.title).toBe('Leave auth-sdk 2')
    expect(text.body).toContain('the npm dependency `auth-sdk` `<3` is still declared')
    expect(text.body.endsWith(`${jobIssueMarker('auth', 'api')}\n`)).toBe(true)
    const custom = jobIssueText(
      { ...auth, issue_title: 'auth-sdk 3 in {repo}', issue_body: 'Please upgrade {repo}.' },
      'api',
    )
    expect(custom).toEqual({
      title: 'auth-sdk 3 in api',
      body: `Please upgrade api.\n\n${jobIssueMarker('auth', 'api')}\n`,
    })
  })
})

describe('hasJobIssueMarker', () => {
  it('matches the migration whatever repository name the marker carries, and no other migration', () => {
    const body = `Please upgrade.\n\n${jobIssueMarker('auth', 'Old-Name')}\n`
    expect(hasJobIssueMarker(body, 'auth')).toBe(true)
    expect(hasJobIssueMarker(body, 'auth-client')).toBe(false)
    expect(hasJobIssueMarker(`${jobIssueMarker('auth-client', 'api')}`, 'auth')).toBe(false)
    expect(hasJobIssueMarker('<!-- strategy-trace:job migration=auth -->', 'auth')).toBe(false)
  })
})
