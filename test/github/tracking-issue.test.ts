import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/core/logger.js'
import { MARKERS } from '../../src/core/report/markers.js'
import type { GatewayOctokit } from '../../src/github/octokit-types.js'
import { ensureTrackingIssue, updateKnownTrackingIssue } from '../../src/github/tracking-issue.js'

interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  user: { login: string }
}

const BOT = 'strategy-trace[bot]'

/** Issues of one repository behind the three routes the tracking issue uses; records every write. */
function fakeRepo(initial: Partial<FakeIssue>[] = [], onCreate?: (issues: FakeIssue[]) => void) {
  const issues: FakeIssue[] = initial.map((issue, i) => ({
    number: i + 1,
    title: 'Strategy leaderboard',
    body: '',
    state: 'open',
    labels: ['strategy-trace'],
    user: { login: BOT },
    ...issue,
  }))
  const writes: string[] = []
  const request = async (route: string, params: Record<string, unknown>) => {
    if (route === 'POST /repos/{owner}/{repo}/issues') {
      onCreate?.(issues)
      const issue: FakeIssue = {
        number: issues.length + 1,
        title: String(params.title),
        body: String(params.body),
        state: 'open',
        labels: params.labels as string[],
        user: { login: BOT },
      }
      issues.push(issue)
      writes.push(`create #${issue.number}`)
      return { data: issue }
    }
    if (route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments') {
      writes.push(`comment #${String(params.issue_number)}: ${String(params.body)}`)
      return { data: { id: 1 } }
    }
    if (route === 'GET /repos/{owner}/{repo}/issues/{issue_number}') {
      const issue = issues.find((i) => i.number === params.issue_number)
      if (!issue) throw Object.assign(new Error('Not Found'), { status: 404 })
      return { data: issue }
    }
    if (route === 'PATCH /repos/{owner}/{repo}/issues/{issue_number}') {
      const issue = issues.find((i) => i.number === params.issue_number)
      if (!issue) throw Object.assign(new Error('Not Found'), { status: 404 })
      Object.assign(
        issue,
        Object.fromEntries(Object.entries(params).filter(([k]) => ['title', 'body', 'state'].includes(k))),
      )
      const state = params.state ? `state=${String(params.state)} ${String(params.state_reason)}` : ''
      writes.push(`patch #${issue.number} ${state || 'body'}`)
      return { data: issue }
    }
    throw new Error(`unexpected ${route}`)
  }
  const paginate = async (route: string, params: Record<string, string>) => {
    expect(route).toBe('GET /repos/{owner}/{repo}/issues')
    return issues.filter((i) => i.labels.includes(params.labels ?? '') && i.user.login === params.creator)
  }
  return { issues, writes, octokit: { request, paginate } as unknown as GatewayOctokit }
}

const body = (text: string) => `${MARKERS.leaderboard}\n${text}\n`

function params(octokit: GatewayOctokit, text: string) {
  return {
    octokit,
    logger: silentLogger,
    repo: { owner: 'acme', repo: '.github' },
    title: 'Strategy leaderboard',
    label: 'strategy-trace',
    marker: MARKERS.leaderboard,
    body: body(text),
    ownLogin: BOT,
  }
}

describe('ensureTrackingIssue', () => {
  it('creates the issue once, then leaves an unchanged body alone', async () => {
    const repo = fakeRepo()
    expect(await ensureTrackingIssue(params(repo.octokit, 'board'))).toMatchObject({
      result: 'created',
      number: 1,
    })
    expect(await ensureTrackingIssue(params(repo.octokit, 'board'))).toMatchObject({
      result: 'unchanged',
      number: 1,
    })
    expect(repo.writes).toEqual(['create #1'])
    expect(repo.issues[0]?.labels).toEqual(['strategy-trace'])
  })

  it('updates the body only when it changed', async () => {
    const repo = fakeRepo([{ body: body('old') }])
    expect(await ensureTrackingIssue(params(repo.octokit, 'new'))).toMatchObject({
      result: 'updated',
      number: 1,
    })
    expect(repo.writes).toEqual(['patch #1 body'])
  })

  it('keeps the oldest of duplicates and closes the others, never touching issues by anyone else', async () => {
    const repo = fakeRepo([
      { body: body('someone quoting us'), user: { login: 'mallory' } },
      { body: body('board') },
      { body: body('board') },
      { body: 'no marker' },
    ])
    const result = await ensureTrackingIssue(params(repo.octokit, 'board'))
    expect(result).toMatchObject({ result: 'unchanged', number: 2 })
    // #4 is ours too (same author and label), its marker gone: a second issue of ours, closed as well.
    expect(repo.writes).toEqual([
      'comment #3: The leaderboard is kept in #2; this copy is closed as a duplicate of it.',
      'patch #3 state=closed duplicate',
      'comment #4: The leaderboard is kept in #2; this copy is closed as a duplicate of it.',
      'patch #4 state=closed duplicate',
    ])
    expect(repo.issues.map((i) => i.state)).toEqual(['open', 'open', 'closed', 'closed'])
  })

  it('finds its own issue after a person replaced the whole body (marker and all) and rewrites it', async () => {
    const repo = fakeRepo([{ body: 'Our own notes about the migration, pasted over the board.' }])
    const result = await ensureTrackingIssue(params(repo.octokit, 'board'))
    expect(result).toMatchObject({ result: 'updated', number: 1 })
    expect(repo.writes).toEqual(['patch #1 body'])
    expect(repo.issues).toHaveLength(1)
    expect(repo.issues[0]?.body).toBe(body('board'))
  })

  it('leaves alone an issue of the same login and label with another title and no marker', async () => {
    const repo = fakeRepo([{ title: 'Bug: the board is slow', body: 'A report by the same person.' }])
    const result = await ensureTrackingIssue(params(repo.octokit, 'board'))
    expect(result).toMatchObject({ result: 'created', number: 2 })
    expect(repo.issues[0]).toMatchObject({ state: 'open', body: 'A report by the same person.' })
  })

  it('prefers the issue it wrote last, even unmarked, over an older marked one', async () => {
    const repo = fakeRepo([{ body: body('old board') }, { body: 'replaced by hand' }])
    const result = await ensureTrackingIssue({ ...params(repo.octokit, 'board'), knownNumber: 2 })
    expect(result).toMatchObject({ result: 'updated', number: 2 })
    expect(repo.issues.map((i) => i.state)).toEqual(['closed', 'open'])
  })

  it('converges when another process created an issue at the same moment', async () => {
    const repo = fakeRepo([], (issues) => {
      if (issues.length === 0)
        issues.push({
          number: 1,
          title: 't',
          body: body('theirs'),
          state: 'open',
          labels: ['strategy-trace'],
          user: { login: BOT },
        })
    })
    const result = await ensureTrackingIssue(params(repo.octokit, 'ours'))
    expect(result).toMatchObject({ result: 'updated', number: 1 })
    expect(repo.issues.map((i) => [i.number, i.state])).toEqual([
      [1, 'open'],
      [2, 'closed'],
    ])
    expect(repo.writes).toContain(
      'comment #2: The leaderboard is kept in #1; this copy is closed as a duplicate of it.',
    )
  })

  it('keeps the current body when told why', async () => {
    const repo = fakeRepo([{ body: body('good board') }])
    const result = await ensureTrackingIssue({
      ...params(repo.octokit, 'worse board'),
      reasonToKeep: () => 'most repositories could not be read',
    })
    expect(result).toMatchObject({ result: 'kept', body: body('good board') })
    expect(repo.writes).toEqual([])
  })
})

describe('updateKnownTrackingIssue', () => {
  it('writes nothing when the issue still holds the body written last', async () => {
    const repo = fakeRepo([{ body: body('board') }])
    const result = await updateKnownTrackingIssue({
      ...params(repo.octokit, 'board'),
      number: 1,
      currentBody: body('board'),
    })
    expect(result).toMatchObject({ result: 'unchanged' })
    expect(repo.writes).toEqual([])
  })

  it('reads the issue before writing a changed body, and writes when it still holds ours', async () => {
    const repo = fakeRepo([{ body: body('board') }])
    const result = await updateKnownTrackingIssue({
      ...params(repo.octokit, 'new board'),
      number: 1,
      currentBody: body('board'),
    })
    expect(result).toMatchObject({ result: 'updated', body: body('new board') })
    expect(repo.writes).toEqual(['patch #1 body'])
  })

  it('answers stale, writing nothing, when another instance wrote the issue since', async () => {
    const repo = fakeRepo([{ body: body('written by another instance') }])
    const result = await updateKnownTrackingIssue({
      ...params(repo.octokit, 'new board'),
      number: 1,
      currentBody: body('board'),
    })
    expect(result).toEqual({ result: 'stale', number: 1, body: body('written by another instance') })
    expect(repo.writes).toEqual([])
  })

  it('writes the board back over a body a person replaced (marker gone), without a full refresh', async () => {
    const repo = fakeRepo([{ body: 'Replaced by hand.' }])
    const result = await updateKnownTrackingIssue({
      ...params(repo.octokit, 'board'),
      number: 1,
      currentBody: body('board'),
    })
    expect(result).toMatchObject({ result: 'updated', number: 1, body: body('board') })
    expect(repo.writes).toEqual(['patch #1 body'])
  })

  it('answers null when the issue is gone', async () => {
    const repo = fakeRepo()
    const result = await updateKnownTrackingIssue({
      ...params(repo.octokit, 'new'),
      number: 7,
      currentBody: body('old'),
    })
    expect(result).toBeNull()
  })
})
