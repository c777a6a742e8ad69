/**
 * Teams from where ownership already lives, end to end: custom property values, CODEOWNERS and
 * catalog-info.yaml planted on the simulator through GitHub's own write routes, then
 * `strategy-trace leaderboard --org` reads them with the refresh the app runs.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/cli-types.js'
import { main } from '../../src/cli/main.js'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'
import { plantOwnership } from '../helpers/plant-ownership.js'

let sim: Simulator | undefined
afterEach(async () => {
  if (!sim) return
  expectNoViolations(sim)
  await sim.stop()
  sim = undefined
})

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
    const counted = async (s: Simulator) => {
      const [before, requests] = [{ ...s.counters.byRoute }, s.counters.requests]
      const run = await board(s)
      const after = { ...s.counters.byRoute }
      const count = (route: string) => (after[route] ?? 0) - (before[route] ?? 0)
      return { run, count, requests: s.counters.requests - requests }
    }
    const without = await counted(sim)
    await plantOwnership(sim)
    const { run, count, requests } = await counted(sim)
    expect(run.code).toBe(0)
    // Owner files ride in the batched repository query: one request more, the property listing.
    expect(count('POST /graphql')).toBe(without.count('POST /graphql'))
    expect(count('GET /orgs/{org}/properties/values')).toBe(1)
    expect(requests).toBe(without.requests + 1)
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
