import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'
import { createActionOctokit } from '../../src/action/create-octokit.js'
import { silentLogger } from '../../src/core/logger.js'
import { MARKERS } from '../../src/core/report/markers.js'
import { GitHubError } from '../../src/github/errors.js'
import type { GitHubGateway } from '../../src/github/gateway.js'
import { createOctokitGateway } from '../../src/github/octokit-gateway.js'

let sim: Simulator
let number = 0
const repo = { owner: 'acme', repo: 'api' }
const marker = MARKERS.prCheck

function gatewayFor(token: string): GitHubGateway {
  return createOctokitGateway(
    createActionOctokit({ token, baseUrl: sim.apiUrl, logger: silentLogger }),
    silentLogger,
  )
}

beforeAll(async () => {
  sim = await startSimulator()
  sim.state.repos.create({
    owner: 'acme',
    name: 'api',
    files: {
      '.github/strategy.yml': 'themes: []\n',
      'docs/adr/0001-a.md': '# A\n',
      'src/index.ts': 'export {}\n',
    },
  })
  const pr = sim.state.pulls.create({
    repo: 'acme/api',
    title: 'Add a CDN',
    body: 'Theme: global-scale',
    labels: ['theme:global-scale'],
    head: 'cdn',
    author: 'octocat',
    files: {
      'docs/adr/0002-cdn.md': '# ADR-0002: CDN\n\n**Status**: Accepted\n',
      'docs/adr/0001-a.md': null,
    },
  })
  number = pr.number
})
afterAll(() => sim.stop())
afterEach(() => expectNoViolations(sim))

describe('createOctokitGateway (against the simulator)', () => {
  it('maps a pull request to PullRequestInfo', async () => {
    const pr = await gatewayFor(sim.issueToken()).getPullRequest({ ...repo, number })
    expect(pr).toMatchObject({
      ...repo,
      number,
      title: 'Add a CDN',
      body: 'Theme: global-scale',
      labels: ['theme:global-scale'],
      draft: false,
      author: { login: 'octocat', type: 'User' },
      headRef: 'cdn',
      baseRef: 'main',
      headRepo: repo,
      fork: false,
    })
    expect(pr.headSha).toMatch(/^[0-9a-f]{40}$/)
    expect(pr.baseSha).not.toBe(pr.headSha)
  })

  it('lists changed files with their status, reads files at a ref, and lists the tree', async () => {
    const gateway = gatewayFor(sim.issueToken())
    const pr = await gateway.getPullRequest({ ...repo, number })
    const { files, truncated } = await gateway.listChangedFiles({ ...repo, number })
    expect(truncated).toBe(false)
    expect(files).toEqual(
      expect.arrayContaining([
        { path: 'docs/adr/0002-cdn.md', status: 'added' },
        { path: 'docs/adr/0001-a.md', status: 'removed' },
      ]),
    )
    expect(await gateway.getFileText(repo, 'docs/adr/0002-cdn.md', pr.headSha)).toContain(
      '**Status**: Accepted',
    )
    expect(await gateway.getFileText(repo, 'docs/adr/0002-cdn.md', pr.baseSha)).toBeNull()
    expect(await gateway.getFileText(repo, 'docs')).toBeNull()
    expect(await gateway.getFileText(repo, '.github/strategy.yml')).toBe('themes: []\n')
    expect((await gateway.listTree(repo, pr.headSha)).paths).toEqual([
      '.github/strategy.yml',
      'docs/adr/0002-cdn.md',
      'src/index.ts',
    ])
  })

  it('paginates changed files and flags the 3,000-file cap', async () => {
    const fileList = Array.from({ length: 3_100 }, (_, i) => ({
      filename: `gen/file-${i}.ts`,
      status: 'added' as const,
      additions: 1,
      deletions: 0,
      changes: 1,
      sha: null,
      patch: null,
    }))
    const big = sim.state.pulls.create({ repo: 'acme/api', title: 'Big', head: 'big', fileList } as never)
    const before = sim.counters.byRoute['GET /repos/{owner}/{repo}/pulls/{pull_number}/files'] ?? 0
    const { files, truncated } = await gatewayFor(sim.issueToken()).listChangedFiles({
      ...repo,
      number: big.number,
    })
    expect(files).toHaveLength(3_000)
    expect(truncated).toBe(true)
    expect((sim.counters.byRoute['GET /repos/{owner}/{repo}/pulls/{pull_number}/files'] ?? 0) - before).toBe(
      30,
    )
  })

  it('finds its own login: GET /user for user tokens, GET /app (`<slug>[bot]`) for app and job tokens', async () => {
    expect(await gatewayFor(sim.issueToken({ login: 'mona' })).getOwnLogin()).toBe('mona')
    expect(await gatewayFor(sim.issueToken()).getOwnLogin()).toBe('github-actions[bot]')
  })

  it('turns a missing pull request into one readable GitHubError', async () => {
    const error = await gatewayFor(sim.issueToken())
      .getPullRequest({ ...repo, number: 9_999 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as GitHubError).message).toBe(
      'Could not read pull request acme/api#9999: 404 Not Found. It does not exist, or the token cannot see it.',
    )
  })
})

describe('upsertComment (against the simulator)', () => {
  const ownLogin = 'github-actions[bot]'

  function newPull(): number {
    return sim.state.pulls.create({
      repo: 'acme/api',
      title: 'Comment test',
      head: `c-${Math.random()}`,
      files: { 'x.md': 'x' },
    }).number
  }
  /** A gateway whose token comments as `login`, with the warnings and infos it logs. */
  const gatewayAs = (login: string) => {
    const warnings: string[] = []
    const infos: string[] = []
    const logger = {
      ...silentLogger,
      warn: (message: string) => void warnings.push(message),
      info: (message: string) => void infos.push(message),
    }
    const octokit = createActionOctokit({ token: sim.issueToken({ login }), baseUrl: sim.apiUrl, logger })
    return { gateway: createOctokitGateway(octokit, logger), warnings, infos }
  }
  const bodies = (n: number) => sim.state.comments.list('acme/api', n).map((c) => [c.author.login, c.body])

  it('creates nothing when there is nothing to say, then creates, keeps and updates one comment', async () => {
    const n = newPull()
    const gateway = gatewayFor(sim.issueToken())
    const issue = { ...repo, number: n }
    expect(
      await gateway.upsertComment(issue, {
        marker,
        body: '',
        ownLogin,
        allClearBody: `${marker}\nall clear`,
      }),
    ).toEqual({ result: 'skipped', commentId: null })
    const created = await gateway.upsertComment(issue, { marker, body: `${marker}\nfirst`, ownLogin })
    expect(created.result).toBe('created')
    const writes = sim.counters.writes
    expect(await gateway.upsertComment(issue, { marker, body: `${marker}\nfirst`, ownLogin })).toEqual({
      ...created,
      result: 'unchanged',
    })
    expect(sim.counters.writes).toBe(writes)
    expect(await gateway.upsertComment(issue, { marker, body: `${marker}\nsecond`, ownLogin })).toEqual({
      ...created,
      result: 'updated',
    })
    expect(
      await gateway.upsertComment(issue, {
        marker,
        body: '',
        ownLogin,
        allClearBody: `${marker}\nall clear`,
      }),
    ).toEqual({ ...created, result: 'updated' })
    expect(bodies(n)).toEqual([[ownLogin, `${marker}\nall clear`]])
  })

  it('never touches a comment by someone else carrying the marker, and converges our duplicates to the oldest', async () => {
    const n = newPull()
    sim.state.comments.create({ repo: 'acme/api', issue: n, author: 'mallory', body: `${marker}\nplanted` })
    const oldest = sim.state.comments.create({
      repo: 'acme/api',
      issue: n,
      author: ownLogin,
      body: `${marker}\nold`,
    })
    sim.state.comments.create({ repo: 'acme/api', issue: n, author: ownLogin, body: `${marker}\nrace` })
    const outcome = await gatewayFor(sim.issueToken()).upsertComment(
      { ...repo, number: n },
      { marker, body: `${marker}\nnew`, ownLogin },
    )
    expect(outcome).toEqual({ result: 'updated', commentId: oldest.id })
    expect(bodies(n)).toEqual([
      ['mallory', `${marker}\nplanted`],
      [ownLogin, `${marker}\nnew`],
    ])
  })

  it('deletes our comment when there is nothing to say and no all-clear text', async () => {
    const n = newPull()
    sim.state.comments.create({ repo: 'acme/api', issue: n, author: ownLogin, body: `${marker}\nold` })
    const outcome = await gatewayFor(sim.issueToken()).upsertComment(
      { ...repo, number: n },
      { marker, body: '', ownLogin },
    )
    expect(outcome).toEqual({ result: 'deleted', commentId: null })
    expect(bodies(n)).toEqual([])
  })

  it('keeps one comment when the token comments as someone other than the configured author', async () => {
    const n = newPull()
    const issue = { ...repo, number: n }
    const { gateway, warnings } = gatewayAs('dana-li')
    for (const text of ['first', 'second', 'second'])
      await gateway.upsertComment(issue, { marker, body: `${marker}\n${text}`, ownLogin })
    expect(bodies(n)).toEqual([['dana-li', `${marker}\nsecond`]])
    expect(warnings).toHaveLength(3)
    expect(warnings[0]).toMatch(/comments as dana-li.*`comment-author` input to `dana-li`/)
  })

  it('names a marked comment by another login it left alone when the pull request turns clean', async () => {
    const n = newPull()
    const issue = { ...repo, number: n }
    const { gateway, infos } = gatewayAs('dana-li')
    // Written by an earlier run whose findings are now fixed; the configured author is not the token's.
    const stale = sim.state.comments.create({
      repo: 'acme/api',
      issue: n,
      author: 'dana-li',
      body: `${marker}\n2 errors`,
    })
    const outcome = await gateway.upsertComment(issue, { marker, body: '', ownLogin })
    expect(outcome).toEqual({ result: 'skipped', commentId: null })
    expect(bodies(n)).toEqual([['dana-li', `${marker}\n2 errors`]])
    expect(infos).toEqual([
      `Left comment ${stale.id} by dana-li on acme/api#${n} alone: it carries Strategy Trace's marker but is not by ${ownLogin}. Anyone can copy the marker, so this is usually someone else's comment and needs nothing. Only if this token itself comments as that login, set \`comment-author\` to \`auto\` (it asks GitHub who the token is) so that runs update that comment.`,
    ])
    // Nothing to say about marked comments when there are none by others, or when ours is there.
    const quiet = gatewayAs(ownLogin)
    const clean = newPull()
    await quiet.gateway.upsertComment({ ...repo, number: clean }, { marker, body: '', ownLogin })
    sim.state.comments.create({ repo: 'acme/api', issue: clean, author: ownLogin, body: `${marker}\nold` })
    sim.state.comments.create({
      repo: 'acme/api',
      issue: clean,
      author: 'mallory',
      body: `${marker}\nplanted`,
    })
    const outcome2 = await quiet.gateway.upsertComment(
      { ...repo, number: clean },
      { marker, body: '', ownLogin },
    )
    expect(outcome2.result).toBe('deleted')
    expect(quiet.infos.filter((m) => m.startsWith('Left '))).toEqual([])
  })

  it('fails with a 403 GitHubError under a read-only token (fork pull requests)', async () => {
    const n = newPull()
    const error = await gatewayFor(sim.issueToken({ readOnly: true }))
      .upsertComment({ ...repo, number: n }, { marker, body: `${marker}\nx`, ownLogin })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as GitHubError).status).toBe(403)
    expect((error as GitHubError).message).toMatch(
      /^Could not create a comment on acme\/api#\d+: 403 Resource not accessible by integration\./,
    )
  })
})
