import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../index.js'
import { octokitFor } from './helpers.js'

describe('GET /repos/{owner}/{repo}/compare/{basehead}', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator()
    sim.state.repos.create({ owner: 'acme', name: 'api', files: { 'a.md': 'a\n', 'b.md': 'b\n' } })
  })
  afterAll(() => sim.stop())

  it('diffs head against the merge base, like a pull request, whatever the base branch did since', async () => {
    const octokit = octokitFor(sim, sim.issueToken())
    const files: Record<string, string | null> = { 'a.md': 'changed\n', 'b.md': null }
    for (let i = 0; i < 320; i++) files[`gen/${String(i).padStart(3, '0')}.ts`] = `${i}\n`
    const pr = sim.state.pulls.create({ repo: 'acme/api', title: 'Big', head: 'big', files, renames: {} })
    const base = pr.pull?.base.sha as string
    sim.state.files.commit({ repo: 'acme/api', files: { 'c.md': 'later on main\n' } })

    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: 'acme',
      repo: 'api',
      basehead: `main...${pr.pull?.head.sha}`,
    })
    expect(data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1, total_commits: 1 })
    expect(data.merge_base_commit.sha).toBe(base)
    expect(data.files).toHaveLength(300) // GitHub's cap; `pulls/{n}/files` lists all 322
    expect(data.files?.slice(0, 2).map((f) => [f.filename, f.status])).toEqual([
      ['a.md', 'modified'],
      ['b.md', 'removed'],
    ])
    expect(data.files?.some((f) => f.filename === 'c.md')).toBe(false)

    const second = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: 'acme',
      repo: 'api',
      basehead: `${base}...${pr.pull?.head.sha}`,
      per_page: 1,
      page: 2,
    })
    expect(second.data.files).toBeUndefined()
    expect(second.data.commits).toEqual([])
    await expect(
      octokit.rest.repos.compareCommitsWithBasehead({ owner: 'acme', repo: 'api', basehead: 'main...nope' }),
    ).rejects.toMatchObject({ status: 404 })
    expectNoViolations(sim)
  })

  it('reports a rename whose content is unchanged as one renamed file', async () => {
    const octokit = octokitFor(sim, sim.issueToken())
    const pr = sim.state.pulls.create({
      repo: 'acme/api',
      title: 'Move',
      head: 'move',
      renames: { 'a.md': 'docs/a.md' },
    })
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: 'acme',
      repo: 'api',
      basehead: `${pr.pull?.base.sha}...${pr.pull?.head.sha}`,
    })
    expect(data.files?.map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ['docs/a.md', 'renamed', 'a.md'],
    ])
    expectNoViolations(sim)
  })
})
