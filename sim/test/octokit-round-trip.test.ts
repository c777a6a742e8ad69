import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../index.js'
import { octokitFor } from './helpers.js'

describe('@octokit/rest against the simulator', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'demo' })
  })
  afterAll(() => sim.stop())

  it('goes from app JWT to installation token to reads and writes that later reads see', async () => {
    const app = octokitFor(sim, sim.createAppJwt())
    expect((await app.rest.apps.getAuthenticated()).data).toMatchObject({
      id: sim.app.id,
      slug: 'strategy-trace',
    })
    const { data: installation } = await app.rest.apps.getOrgInstallation({ org: 'acme' })
    const { data: token } = await app.rest.apps.createInstallationAccessToken({
      installation_id: installation.id,
    })
    expect(token.token).toMatch(/^ghs_/)

    const octokit = octokitFor(sim, token.token)
    const repos = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, { per_page: 5 })
    expect(repos.map((r) => r.full_name)).toContain('acme/payments-api')
    const { data: created } = await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'payments-api',
      title: 'Strategy leaderboard',
      body: '<!-- marker -->',
      labels: ['strategy-trace'],
    })
    expect(created).toMatchObject({
      user: { login: 'strategy-trace[bot]', type: 'Bot' },
      labels: [{ name: 'strategy-trace' }],
      state: 'open',
    })
    await octokit.rest.issues.update({
      owner: 'acme',
      repo: 'payments-api',
      issue_number: created.number,
      state: 'closed',
      state_reason: 'not_planned',
    })
    const { data: read } = await octokit.rest.issues.get({
      owner: 'acme',
      repo: 'payments-api',
      issue_number: created.number,
    })
    expect(read).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      closed_by: { login: 'strategy-trace[bot]' },
    })
    expectNoViolations(sim)
  })

  it('paginates with Link headers and lists pull requests among issues, marked with pull_request', async () => {
    const octokit = octokitFor(sim, sim.issueToken())
    const first = await octokit.rest.issues.listForRepo({
      owner: 'acme',
      repo: 'payments-api',
      state: 'all',
      per_page: 5,
    })
    expect(first.headers.link).toMatch(
      /<http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/payments-api\/issues\?state=all&per_page=5&page=2>; rel="next"/,
    )
    expect(first.headers.link).toMatch(/rel="last"/)
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: 'acme',
      repo: 'payments-api',
      state: 'all',
      per_page: 5,
    })
    const issues = [...sim.state.repos.get('acme/payments-api').issues.values()]
    expect(all).toHaveLength(issues.length)
    expect(all.filter((i) => i.pull_request).length).toBe(issues.filter((i) => i.pull).length)
    const labelled = await octokit.rest.issues.listForRepo({
      owner: 'acme',
      repo: 'payments-api',
      state: 'all',
      labels: 'migration:auth-v2',
    })
    expect(
      labelled.data.every((i) =>
        i.labels.some((l) => typeof l !== 'string' && l.name === 'migration:auth-v2'),
      ),
    ).toBe(true)
  })

  it('reads a pull request, its files and its ADR at the head sha', async () => {
    const octokit = octokitFor(sim, sim.issueToken({ readOnly: true }))
    const number = sim.seeded?.pulls.clean?.number as number
    const { data: pull } = await octokit.rest.pulls.get({
      owner: 'acme',
      repo: 'payments-api',
      pull_number: number,
    })
    expect(pull).toMatchObject({
      state: 'open',
      draft: false,
      user: { login: 'alice-nguyen' },
      base: { ref: 'main' },
    })
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'payments-api',
      pull_number: number,
    })
    const adr = files.find((f) => f.filename.startsWith('docs/adr/'))
    expect(adr).toMatchObject({ status: 'added', filename: 'docs/adr/0004-use-regional-read-replicas.md' })
    const { data: text } = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'payments-api',
      path: adr?.filename ?? '',
      ref: pull.head.sha,
      mediaType: { format: 'raw' },
    })
    expect(String(text)).toContain('**Strategic Theme**: global-scale')
    await expect(
      octokit.rest.repos.getContent({ owner: 'acme', repo: 'payments-api', path: adr?.filename ?? '' }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('serves trees, blobs, directories and base64 contents that agree with each other', async () => {
    const octokit = octokitFor(sim, sim.issueToken())
    const { data: tree } = await octokit.rest.git.getTree({
      owner: 'acme',
      repo: 'payments-api',
      tree_sha: 'main',
      recursive: '1',
    })
    expect(tree.truncated).toBe(false)
    const entry = tree.tree.find((e) => e.path === 'docs/adr/0001-use-postgresql-for-the-ledger.md')
    const { data: blob } = await octokit.rest.git.getBlob({
      owner: 'acme',
      repo: 'payments-api',
      file_sha: entry?.sha ?? '',
    })
    const { data: file } = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'payments-api',
      path: entry?.path ?? '',
    })
    expect(Array.isArray(file) ? null : file).toMatchObject({
      type: 'file',
      sha: entry?.sha,
      encoding: 'base64',
    })
    expect(Buffer.from(blob.content, 'base64').toString()).toContain('# ADR-0001')
    const { data: dir } = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'payments-api',
      path: 'docs/adr',
    })
    expect(Array.isArray(dir) && dir.map((d) => d.name)).toEqual([
      '0001-use-postgresql-for-the-ledger.md',
      '0002-adopt-single-sign-on.md',
      '0003-use-idempotency-keys-for-writes.md',
    ])
  })

  it('comments, edits, reacts, labels and unlabels as the token’s identity', async () => {
    const octokit = octokitFor(sim, sim.issueToken())
    const repo = { owner: 'acme', repo: 'payments-api' }
    const number = sim.seeded?.pulls['missing-theme']?.number as number
    const { data: comment } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: number,
      body: 'first',
    })
    expect(comment.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 })
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'second' })
    const reaction = await octokit.rest.reactions.createForIssueComment({
      ...repo,
      comment_id: comment.id,
      content: 'eyes',
    })
    expect(reaction.status).toBe(201)
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: number,
    })
    expect(comments.at(-1)).toMatchObject({ body: 'second', reactions: { eyes: 1, total_count: 1 } })
    await octokit.rest.issues.addLabels({ ...repo, issue_number: number, labels: ['no-theme'] })
    await octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: 'no-theme' })
    await expect(
      octokit.rest.issues.removeLabel({ ...repo, issue_number: number, name: 'no-theme' }),
    ).rejects.toMatchObject({ status: 404 })
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: comment.id })
    expect(sim.state.comments.get(comment.id)).toBeUndefined()
    const { data: permission } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: 'alice-nguyen',
    })
    expect(permission.permission).toBe('write')
  })

  it('searches issues across the org with qualifiers', async () => {
    const octokit = octokitFor(sim, sim.installationToken())
    const { data } = await octokit.rest.search.issuesAndPullRequests({
      q: 'org:acme is:issue label:"migration:auth-v2" is:closed reason:completed',
      per_page: 100,
    })
    const expected = [...sim.state.core.repos.values()]
      .flatMap((r) => [...r.issues.values()])
      .filter(
        (i) =>
          !i.pull &&
          i.state === 'closed' &&
          i.stateReason === 'completed' &&
          i.labels.includes('migration:auth-v2'),
      )
    expect(data.total_count).toBe(expected.length)
    expect(data.total_count).toBeGreaterThan(0)
    expectNoViolations(sim)
  })
})
