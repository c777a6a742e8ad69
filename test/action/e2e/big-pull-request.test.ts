import { beforeAll, describe, expect, it } from 'vitest'
import { generateAdr } from '../../helpers/generate-adrs.js'
import { adr, BASE_FILES, useE2e } from './scenario.js'

// The request budget of the bundled Action on a big pull request (issue 6: ≤ 6 requests for 300
// files, 40 of them ADRs): the PR, its files in one comparison, one GraphQL query for the config and
// the ADRs, the comments listed once, one write — plus, only when it creates its comment, one more
// listing to converge with a concurrent run.

const e2e = useE2e('big pull requests')
const repository = 'acme/api'

beforeAll(() => {
  e2e.sim.state.repos.create({ owner: 'acme', name: 'api', files: BASE_FILES })
})

/** 250 changed files, 30 of them ADRs in mixed formats, one with an invalid status on line 3. */
function bigPull() {
  const files: Record<string, string> = { 'docs/adr/0003-edge-cache.md': adr(3, 'Edge cache', 'Aproved') }
  for (let k = 0; k < 29; k++) {
    const generated = generateAdr(10 + k)
    files[generated.path] = generated.text
  }
  for (let k = 0; k < 220; k++) files[`src/module-${k}.ts`] = `export const v${k} = ${k}\n`
  return e2e.sim.state.pulls.create({
    repo: repository,
    title: 'A big one',
    head: 'big',
    body: 'Theme: global-scale',
    files,
  })
}

describe('the bundled Action on a pull request of 250 files with 30 ADRs', () => {
  it('makes 6 requests when it creates its comment and 4 when nothing changed', async () => {
    const pr = bigPull()
    const run = (name: string) =>
      e2e.run(name, {
        event: 'pull_request',
        payload: e2e.payload('pull_request', pr.number),
        token: e2e.sim.issueToken(),
        repository,
      })
    const first = await run('250 files, 30 ADRs (opened)')
    expect(first.code).toBe(0)
    expect(first.byRoute).toEqual({
      'GET /repos/{owner}/{repo}/pulls/{pull_number}': 1,
      'GET /repos/{owner}/{repo}/compare/{basehead}': 1,
      'POST /graphql': 1,
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': 2,
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 1,
    })
    expect(first.outputs).toMatchObject({ result: 'fail', themes: '["global-scale"]' })
    expect(first.annotations).toContainEqual({
      severity: 'error',
      properties: expect.objectContaining({ file: 'docs/adr/0003-edge-cache.md', line: '3' }),
      message: expect.stringContaining('Aproved'),
    })

    const again = await run('250 files, 30 ADRs (re-run, unchanged)')
    expect(again.requests).toBe(4)
    expect(again.outputs).toEqual(first.outputs)
    expect(e2e.sim.state.comments.list(repository, pr.number)).toHaveLength(1)
  })
})
