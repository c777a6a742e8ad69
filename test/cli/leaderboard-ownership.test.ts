/**
 * Teams from where ownership already lives, end to end: custom property values, CODEOWNERS and
 * catalog-info.yaml planted on the simulator through GitHub's own write routes, then
 * `strategy-trace leaderboard --org` reads them with the refresh the app runs.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/cli-types.js'
import { main } from '../../src/cli/main.js'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'
import { octokitFor } from '../../sim/test/helpers.js'

const OWNERSHIP = `
ownership:
  sources: [property, codeowners, backstage, config]
  property: team
`

let sim: Simulator | undefined
afterEach(async () => {
  if (!sim) return
  expectNoViolations(sim)
  await sim.stop()
  sim = undefined
})

/** The demo organisation with ownership recorded in all three places GitHub keeps it. */
async function plantOwnership(s: Simulator): Promise<void> {
  const octokit = octokitFor(s, s.issueToken({ login: 'dana-li' }))
  const put = async (repo: string, path: string, text: string) => {
    const sha = await octokit.rest.repos
      .getContent({ owner: 'acme', repo, path })
      .then(({ data }) => ('sha' in data ? data.sha : undefined))
      .catch(() => undefined)
    await octokit.rest.repos.createOrUpdateFileContents({
      owner: 'acme',
      repo,
      path,
      message: `Add ${path}`,
      content: Buffer.from(text).toString('base64'),
      ...(sha ? { sha } : {}),
    })
  }
  const config = s.state.files.read('acme/.github', '.github/strategy.yml') ?? ''
  await put('.github', '.github/strategy.yml', `${config}${OWNERSHIP}`)
  await octokit.request('PATCH /orgs/{org}/properties/values', {
    org: 'acme',
    repository_names: ['data-pipeline'],
    properties: [{ property_name: 'team', value: 'Platform' }],
  })
  await put('web-storefront', '.github/CODEOWNERS', '* @acme/platform\n* @ana @acme/checkout\n')
  await put(
    'growth-experiments',
    'catalog-info.yaml',
    'kind: Component\nspec:\n  owner: group:default/payments\n',
  )
}

async function board(s: Simulator): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' }
  const io: CliIo = {
    cwd: process.cwd(),
    env: { GITHUB_TOKEN: s.installationToken(), GITHUB_API_URL: s.apiUrl },
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    today: () => '2026-11-16',
  }
  const code = await main(['leaderboard', '--org', 'acme', '--today', '2026-11-16'], io)
  return { code, ...out }
}

describe('strategy-trace leaderboard --org with ownership sources', () => {
  it('assigns teams from the custom property, CODEOWNERS and catalog-info.yaml, and says where each came from', async () => {
    sim = await startSimulator({ seed: 'demo' })
    await plantOwnership(sim)
    const before = { ...sim.counters.byRoute }
    const run = await board(sim)
    expect(run.code).toBe(0)
    const count = (route: string) => (sim?.counters.byRoute[route] ?? 0) - (before[route] ?? 0)
    expect(count('GET /orgs/{org}/properties/values')).toBe(1)
    expect(run.stdout).toContain(
      '**Teams from**, first match wins: custom property `team` (1 team) → CODEOWNERS (1 team) → catalog-info.yaml (1 team) → config',
    )
    expect(run.stdout).toMatch(/\| Platform _\(config, custom property\)_ \|/)
    expect(run.stdout).toMatch(/\| checkout _\(CODEOWNERS\)_ \|/)
    expect(run.stdout).toMatch(/\| Payments _\(config, catalog-info\.yaml\)_ \|/)
    expect(run.stdout).not.toMatch(/\| Growth /)
  })

  it('without the custom properties permission, still refreshes and says so on the board', async () => {
    sim = await startSimulator({ seed: 'demo' })
    await plantOwnership(sim)
    const installation = sim.state.installations.get(sim.seeded?.installation?.id ?? 0)
    if (installation) delete installation.permissions.organization_custom_properties
    const run = await board(sim)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /> \[!WARNING\]\n> The custom property `team` could not be read: GitHub answered 403\. Give the app/,
    )
    expect(run.stdout).toMatch(/\| checkout _\(CODEOWNERS\)_ \|/)
    expect(run.stderr).toContain('could not be read')
  })
})
