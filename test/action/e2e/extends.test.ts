import { beforeAll, describe, expect, it } from 'vitest'
import { adr, CONFIG, CONFIG_PATH, useE2e } from './scenario.js'

const e2e = useE2e('_extends')

beforeAll(() => {
  const { state } = e2e.sim
  // The org-wide file holds the themes; each repository extends it and keeps only its own ADR paths.
  state.repos.create({ owner: 'acme', name: '.github', private: false, files: { [CONFIG_PATH]: CONFIG } })
  state.repos.create({ owner: 'secret', name: '.github', private: true, files: { [CONFIG_PATH]: CONFIG } })
  const repoConfig = `_extends: .github\nadrs:\n  paths: ['decisions/*.md']\n`
  for (const owner of ['acme', 'secret'])
    state.repos.create({ owner, name: 'web', files: { [CONFIG_PATH]: repoConfig, 'README.md': '# web\n' } })
})

/** Opens a PR in `<owner>/web` and runs the bundle with a job token scoped to that repository only. */
async function openAndRun(owner: string) {
  const { sim } = e2e
  const repo = `${owner}/web`
  const pr = sim.state.pulls.create({
    repo,
    title: 'Render pages at the edge',
    body: 'Theme: dx',
    head: 'edge',
    files: { 'decisions/0001-edge.md': adr(1, 'Render at the edge', 'Aproved') },
  })
  return e2e.run(`_extends (${owner})`, {
    event: 'pull_request',
    payload: e2e.payload('pull_request', pr.number),
    token: sim.issueToken({ repositories: [repo] }),
    repository: repo,
  })
}

describe('the bundled Action following `_extends` with a job token', () => {
  it('inherits the themes of a public org `.github` repository and uses the local ADR paths', async () => {
    const run = await openAndRun('acme')
    expect(run.outputs).toMatchObject({ result: 'fail', themes: '["developer-velocity"]', errors: '1' })
    expect(run.annotations).toEqual([
      expect.objectContaining({
        severity: 'error',
        properties: expect.objectContaining({ file: 'decisions/0001-edge.md', line: '3' }),
        message: expect.stringContaining('"Aproved"'),
      }),
    ])
  })

  it('explains that a private `.github` repository needs a token that can read it', async () => {
    const run = await openAndRun('secret')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '1' })
    expect(run.summary).toContain('CONFIG_NOT_FOUND')
    expect(run.summary).toMatch(/secret\/\.github/)
    expect(run.summary).toMatch(/give the token read access to secret\/\.github/)
  })
})
