import { afterEach, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../index.js'
import { octokitFor } from './helpers.js'

let sim: Simulator | undefined
afterEach(async () => {
  if (!sim) return
  expectNoViolations(sim)
  await sim.stop()
  sim = undefined
})

const base64 = (text: string) => Buffer.from(text).toString('base64')

describe('standard write routes (a scenario built with plain Octokit calls)', () => {
  it('creates a repository, commits files, branches, opens and merges a pull request', async () => {
    sim = await startSimulator({ seed: 'demo' })
    const octokit = octokitFor(sim, sim.issueToken({ login: 'dana-li' }))
    const owner = 'acme'
    const { data: repo, status } = await octokit.rest.repos.createInOrg({
      org: owner,
      name: 'svc',
      private: true,
    })
    expect(status).toBe(201)
    expect(repo).toMatchObject({ name: 'svc', private: true, default_branch: 'main' })

    const put = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo: 'svc',
      path: 'docs/adr/0001-a.md',
      message: 'Add ADR',
      content: base64('# A\n'),
    })
    expect(put.status).toBe(201)
    expect(sim.state.files.read('acme/svc', 'docs/adr/0001-a.md')).toBe('# A\n')
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo: 'svc',
        path: 'docs/adr/0001-a.md',
        message: 'No sha',
        content: base64('# B\n'),
      }),
    ).rejects.toMatchObject({ status: 422 })
    const update = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo: 'svc',
      path: 'docs/adr/0001-a.md',
      message: 'Edit ADR',
      content: base64('# A2\n'),
      sha: put.data.content?.sha ?? '',
    })
    expect(update.status).toBe(200)

    const { data: main } = await octokit.rest.git.getRef({ owner, repo: 'svc', ref: 'heads/main' })
    const ref = await octokit.rest.git.createRef({
      owner,
      repo: 'svc',
      ref: 'refs/heads/adr-2',
      sha: main.object.sha,
    })
    expect(ref.status).toBe(201)
    await expect(
      octokit.rest.git.createRef({ owner, repo: 'svc', ref: 'refs/heads/adr-2', sha: main.object.sha }),
    ).rejects.toMatchObject({ status: 422 })
    await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo: 'svc',
      path: 'docs/adr/0002-b.md',
      message: 'Second ADR',
      content: base64('# B\n'),
      branch: 'adr-2',
    })
    const { data: pull } = await octokit.rest.pulls.create({
      owner,
      repo: 'svc',
      title: 'ADR 2',
      head: 'adr-2',
      base: 'main',
      body: 'Theme: global-scale',
    })
    expect(pull).toMatchObject({ state: 'open', head: { ref: 'adr-2' }, base: { ref: 'main' } })
    const { data: files } = await octokit.rest.pulls.listFiles({
      owner,
      repo: 'svc',
      pull_number: pull.number,
    })
    expect(files.map((f) => f.filename)).toEqual(['docs/adr/0002-b.md'])

    const merge = await octokit.rest.pulls.merge({ owner, repo: 'svc', pull_number: pull.number })
    expect(merge.data).toMatchObject({ merged: true })
    expect(sim.state.files.read('acme/svc', 'docs/adr/0002-b.md')).toBe('# B\n')
    await expect(
      octokit.rest.pulls.merge({ owner, repo: 'svc', pull_number: pull.number }),
    ).rejects.toMatchObject({
      status: 405,
    })
  })

  it('refuses repository creation to job tokens and to installations without administration', async () => {
    sim = await startSimulator({ seed: 'demo' })
    const job = octokitFor(sim, sim.issueToken())
    await expect(job.rest.repos.createInOrg({ org: 'acme', name: 'x' })).rejects.toMatchObject({
      status: 403,
    })
    const app = octokitFor(sim, sim.installationToken())
    await expect(app.rest.repos.createInOrg({ org: 'acme', name: 'x' })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('lists the public repositories of an account', async () => {
    sim = await startSimulator({ seed: 'demo' })
    const octokit = octokitFor(sim, sim.issueToken({ login: 'dana-li' }))
    const { data } = await octokit.rest.repos.listForUser({ username: 'acme', per_page: 100 })
    const expected = sim.state.repos
      .list('acme')
      .filter((r) => !r.private)
      .map((r) => r.name)
      .sort()
    expect(data.map((r) => r.name).sort()).toEqual(expected)
  })
})
