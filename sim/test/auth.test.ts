import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppJwt, generateAppKeyPair, startSimulator, type Simulator } from '../index.js'
import { call, octokitFor } from './helpers.js'

describe('auth and permissions', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'demo' })
  })
  afterAll(() => sim.stop())

  const repo = { owner: 'acme', repo: 'payments-api' }

  it('answers 403 "Resource not accessible by integration" to writes with a read-only token (fork PRs)', async () => {
    const octokit = octokitFor(sim, sim.issueToken({ readOnly: true }))
    await expect(octokit.rest.issues.listComments({ ...repo, issue_number: 1 })).resolves.toMatchObject({
      status: 200,
    })
    const write = octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'hi' })
    await expect(write).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    })
    expect(sim.state.issues).toBeDefined()
    expect(sim.state.comments.list('acme/payments-api', 1).some((c) => c.body === 'hi')).toBe(false)
  })

  it('hides repositories outside a token’s selection behind 404', async () => {
    const octokit = octokitFor(sim, sim.issueToken({ repositories: ['acme/payments-api'] }))
    await expect(octokit.rest.repos.get(repo)).resolves.toMatchObject({ status: 200 })
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'data-pipeline' })).rejects.toMatchObject({
      status: 404,
    })
  })

  it('scopes an installation token to its permissions: no contents write for a read grant', async () => {
    const octokit = octokitFor(sim, sim.installationToken())
    await expect(
      octokit.rest.pulls.update({ ...repo, pull_number: sim.seeded?.pulls.clean?.number ?? 0, title: 'x' }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('answers GET /user and GET /app as GitHub does for each kind of token', async () => {
    const actions = octokitFor(sim, sim.issueToken())
    await expect(actions.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 })
    expect((await actions.rest.apps.getAuthenticated()).data).toMatchObject({ slug: 'github-actions' })
    const installation = octokitFor(sim, sim.installationToken())
    await expect(installation.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 })
    expect((await installation.rest.apps.getAuthenticated()).data).toMatchObject({ slug: 'strategy-trace' })
    const user = octokitFor(sim, sim.issueToken({ login: 'dana-li' }))
    expect((await user.rest.users.getAuthenticated()).data).toMatchObject({ login: 'dana-li', type: 'User' })
    await expect(user.rest.apps.getAuthenticated()).rejects.toMatchObject({ status: 401 })
  })

  it('accepts only JWTs signed with the app key, not expired, on /app routes', async () => {
    const other = generateAppKeyPair(true)
    const forged = await call(sim, '/app', { token: createAppJwt(sim.app.id, other.privateKey) })
    expect(forged).toMatchObject({ status: 401, body: { message: 'A JSON web token could not be decoded' } })
    const expired = await call(sim, '/app', {
      token: createAppJwt(sim.app.id, sim.app.privateKey ?? '', Math.floor(Date.now() / 1000) - 3600),
    })
    expect(expired.status).toBe(401)
    expect(await call(sim, '/app/installations', { token: sim.installationToken() })).toMatchObject({
      status: 401,
    })
    expect(await call(sim, '/repos/acme/payments-api', { token: sim.createAppJwt() })).toMatchObject({
      status: 401,
    })
    expect(await call(sim, '/repos/acme/payments-api', { token: 'ghs_unknown' })).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials' },
    })
  })

  it('narrows installation tokens to requested repositories and permissions', async () => {
    const app = octokitFor(sim, sim.createAppJwt())
    const installation_id = sim.seeded?.installation?.id ?? 0
    const { data } = await app.rest.apps.createInstallationAccessToken({
      installation_id,
      repositories: ['payments-api'],
      permissions: { issues: 'read' },
    })
    expect(data).toMatchObject({
      repository_selection: 'selected',
      permissions: { issues: 'read' },
      repositories: [{ full_name: 'acme/payments-api' }],
    })
    const octokit = octokitFor(sim, data.token)
    await expect(octokit.rest.issues.create({ ...repo, title: 'x' })).rejects.toMatchObject({ status: 403 })
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'data-pipeline' })).rejects.toMatchObject({
      status: 404,
    })
    const tooMuch = app.rest.apps.createInstallationAccessToken({
      installation_id,
      permissions: { administration: 'write' },
    })
    await expect(tooMuch).rejects.toMatchObject({ status: 422 })
  })

  it('refuses writes to archived repositories', async () => {
    sim.state.repos.update('acme/sandbox-tools', { archived: true })
    const octokit = octokitFor(sim, sim.issueToken({ repository: 'acme/sandbox-tools' }))
    const write = octokit.rest.issues.create({ owner: 'acme', repo: 'sandbox-tools', title: 'x' })
    await expect(write).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Repository was archived so is read-only.' } },
    })
  })

  it("scopes a job token to its workflow's repository: public ones readable, nothing else", async () => {
    const token = sim.issueToken() // the demo pull requests' repository, acme/payments-api
    const other = [...sim.state.core.repos.values()].find((r) => r.private && r.name !== 'payments-api')
    const publicRepo = [...sim.state.core.repos.values()].find((r) => !r.private)
    expect((await call(sim, '/repos/acme/payments-api', { token })).status).toBe(200)
    expect((await call(sim, `/repos/acme/${other?.name}`, { token })).status).toBe(404)
    expect((await call(sim, `/repos/acme/${publicRepo?.name}`, { token })).status).toBe(200)
    const write = (repo: string) =>
      call(sim, `/repos/acme/${repo}/issues`, { method: 'POST', token, body: { title: 'x' } })
    expect((await write('payments-api')).status).toBe(201)
    expect((await write(publicRepo?.name ?? '')).status).toBe(403)
    expect((await call(sim, '/installation/repositories', { token })).status).toBe(403)
    const graphql = await call(sim, '/graphql', {
      method: 'POST',
      token,
      body: { query: `{ repository(owner: "acme", name: "${other?.name}") { name } }` },
    })
    expect(graphql.body).toMatchObject({ errors: [{ type: 'NOT_FOUND' }] })
  })

  it('binds a job token issued without a repository to the first one a request names', async () => {
    const empty = await startSimulator({})
    try {
      empty.state.repos.create({ owner: 'o', name: 'a', private: true })
      empty.state.repos.create({ owner: 'o', name: 'b', private: true })
      const token = empty.issueToken()
      expect((await call(empty, '/repos/o/b', { token })).status).toBe(200)
      expect((await call(empty, '/repos/o/a', { token })).status).toBe(404)
      expect((await call(empty, '/repos/o/b/issues', { token })).status).toBe(200)
    } finally {
      await empty.stop()
    }
  })

  it('lets anonymous callers read public repositories only, and never write', async () => {
    const publicRepo = [...sim.state.core.repos.values()].find((r) => !r.private)
    const privateRepo = [...sim.state.core.repos.values()].find((r) => r.private)
    expect((await call(sim, `/repos/acme/${publicRepo?.name}`)).status).toBe(200)
    expect((await call(sim, `/repos/acme/${privateRepo?.name}`)).status).toBe(404)
    expect(
      (await call(sim, `/repos/acme/${publicRepo?.name}/issues`, { method: 'POST', body: { title: 'x' } }))
        .status,
    ).toBe(401)
  })
})
