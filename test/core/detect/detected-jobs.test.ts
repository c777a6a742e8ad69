import { describe, expect, it } from 'vitest'
import { detectionStep } from '../../../src/core/detect/detected-job.js'
import { aggregateLeaderboard } from '../../../src/core/leaderboard/aggregate-leaderboard.js'
import { renderLeaderboard } from '../../../src/core/leaderboard/render-leaderboard.js'
import { renderDetected } from '../../../src/core/leaderboard/render-sections/render-detected.js'
import { expectGolden } from '../../helpers/expect-golden.js'
import { buildConfig, closed, issue, org, repo } from '../../helpers/org-snapshot.js'

const TODAY = '2026-03-02'

const config = buildConfig({
  migrations: [
    {
      id: 'auth-sdk-3',
      title: 'Leave auth-sdk 2',
      deadline: '2026-06-30',
      detect: { dependency: { ecosystem: 'npm', name: 'auth-sdk', range: '<3.0.0' } },
      create_issues: true,
    },
    {
      id: 'node-22',
      title: 'Node 22',
      label: 'migration:node-22',
      detect: { file: { path: '.nvmrc', matches: '^1' } },
    },
  ],
  teams: [{ name: 'Payments', leader: 'ana', repos: ['payments-*'] }],
})

const AUTH = 'migration:auth-sdk-3'

function snapshot() {
  return org([
    repo('payments-api', {
      detected: [
        {
          migration: 'auth-sdk-3',
          matching: true,
          since: '2026-02-01',
          doneOn: null,
          paths: ['package.json'],
          issue: { number: 7, url: 'https://github.com/acme/payments-api/issues/7' },
        },
      ],
      // The job issue itself, and a hand-filed one: the repository is still one job.
      issues: [
        issue('acme/payments-api', 7, { labels: [AUTH] }),
        issue('acme/payments-api', 8, { labels: [AUTH] }),
      ],
    }),
    repo('payments-web', {
      detected: [
        {
          migration: 'auth-sdk-3',
          matching: false,
          since: '2026-01-20',
          doneOn: '2026-02-24',
          paths: ['package.json'],
          issue: { number: 3, url: 'https://github.com/acme/payments-web/issues/3' },
        },
      ],
    }),
    // Cold start with create_issues: the app's closed job issue is the durable record of a done job.
    repo('search', { issues: [closed(issue('acme/search', 2, { labels: [AUTH] }), '2026-02-10')] }),
    repo('tools', {
      detected: [
        { migration: 'node-22', matching: true, since: '2026-02-27', doneOn: null, paths: ['.nvmrc'] },
      ],
      issues: [closed(issue('acme/tools', 4, { labels: ['migration:node-22'] }), '2026-02-11')],
    }),
    // A detection of a migration no longer configured is ignored.
    repo('old', {
      detected: [{ migration: 'gone', matching: true, since: '2026-01-01', doneOn: null, paths: [] }],
    }),
  ])
}

describe('detected jobs on the board', () => {
  it('counts each found repository once, labelled issues elsewhere as before, and dates done jobs', () => {
    const board = aggregateLeaderboard({ snapshot: snapshot(), config, today: TODAY })
    const [auth, node] = board.migrations
    expect(auth).toMatchObject({ label: AUTH, jobs: 3, done: 2, remaining: 1 })
    expect(auth?.detected).toEqual([
      {
        repo: 'acme/payments-api',
        remaining: true,
        dropped: false,
        doneOn: null,
        issue: { number: 7, url: 'https://github.com/acme/payments-api/issues/7' },
      },
      {
        repo: 'acme/payments-web',
        remaining: false,
        dropped: false,
        doneOn: '2026-02-24',
        issue: { number: 3, url: 'https://github.com/acme/payments-web/issues/3' },
      },
    ])
    expect(auth?.teams.map((t) => [t.team.name, t.jobs, t.done])).toEqual([
      ['search', 1, 1],
      ['Payments', 2, 1],
    ])
    expect(node).toMatchObject({ jobs: 1, done: 0, remaining: 1 })
    expectGolden('leaderboard-detected', renderLeaderboard(board))
  })

  it('a migration whose detector found nothing says so', () => {
    const board = aggregateLeaderboard({ snapshot: org([repo('x')]), config, today: TODAY })
    expect(renderLeaderboard(board)).toContain('Its detector has found no repository')
  })
})

describe('detectionStep', () => {
  const match = { matches: true, paths: ['package.json'] }
  const gone = { matches: false, paths: [] }

  it('finds a job, keeps it while it matches, and asks for a done date when it stops', () => {
    const found = detectionStep(undefined, match, 'm', '2026-03-01')
    expect(found).toEqual({
      job: { migration: 'm', matching: true, since: '2026-03-01', doneOn: null, paths: ['package.json'] },
      dateFrom: null,
    })
    const kept = detectionStep(found.job ?? undefined, match, 'm', '2026-03-05')
    expect(kept.job?.since).toBe('2026-03-01')
    const stopped = detectionStep(kept.job ?? undefined, gone, 'm', '2026-03-09')
    expect(stopped).toEqual({
      job: {
        migration: 'm',
        matching: false,
        since: '2026-03-01',
        doneOn: '2026-03-09',
        paths: ['package.json'],
      },
      dateFrom: ['package.json'],
    })
    // Done stays done (no second history read); a returning match makes it remain again.
    expect(detectionStep(stopped.job ?? undefined, gone, 'm', '2026-03-10')).toEqual({
      job: stopped.job,
      dateFrom: null,
    })
    const back = detectionStep(stopped.job ?? undefined, match, 'm', '2026-03-12')
    expect(back.job).toMatchObject({ matching: true, since: '2026-03-01', doneOn: null })
  })

  it('a repository never matched is no job', () => {
    expect(detectionStep(undefined, gone, 'm', '2026-03-01')).toEqual({ job: null, dateFrom: null })
  })

  it('keeps the job issue across steps', () => {
    const issue = { number: 4, url: 'https://github.com/acme/a/issues/4' }
    const job = { migration: 'm', matching: true, since: '2026-03-01', doneOn: null, paths: ['x'], issue }
    expect(detectionStep(job, gone, 'm', '2026-03-02').job?.issue).toEqual(issue)
  })
})

describe('renderDetected', () => {
  const entries = ['a', 'b', 'c'].map((name, i) => ({
    repo: `acme/${name}`,
    remaining: i < 2,
    dropped: false,
    doneOn: i < 2 ? null : '2026-03-01',
    issue: null,
  }))

  it('cuts the list at the budget’s rows, says how many are left out, and drops it at 0', () => {
    const cut = renderDetected(entries, 2)
    expect(cut).toContain('Found in the code: 3 repositories, 2 remaining')
    expect(cut).toContain('- ⬜ acme/b')
    expect(cut).not.toContain('acme/c')
    expect(cut).toContain('_…and 1 more repositories')
    expect(renderDetected(entries, 0)).toBe('')
  })

  it('shows a job whose issue a person closed as not planned as dropped, not done', () => {
    const issue = { number: 7, url: 'https://github.com/acme/d/issues/7' }
    const dropped = { repo: 'acme/d', remaining: false, dropped: true, doneOn: null, issue }
    const list = renderDetected([...entries, dropped], 10)
    expect(list).toContain('- ➖ acme/d · [#7](https://github.com/acme/d/issues/7) — dropped')
    expect(list).not.toContain('✅ acme/d')
    expect(list).toContain('- ✅ acme/c — done 2026-03-01')
  })
})
