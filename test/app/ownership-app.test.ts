import { afterEach, describe, expect, it } from 'vitest'
import { expectNoViolations } from '../../sim/index.js'
import { plantOwnership } from '../helpers/plant-ownership.js'
import { startAppOnSim, trackingIssues, type AppOnSim } from './start-app-on-sim.js'

let running: AppOnSim | null = null
afterEach(async () => {
  const current = running
  running = null
  if (!current) return
  await current.stop()
  expectNoViolations(current.sim)
})

describe('the app with ownership sources', () => {
  it('shows on its tracking issue the teams from the custom property, CODEOWNERS and catalog-info.yaml', async () => {
    running = await startAppOnSim({ sim: { seed: 'demo', install: false }, today: '2026-11-16' })
    const t = running
    await plantOwnership(t.sim)
    t.sim.state.installations.create({ account: 'acme' })
    await t.settle()
    const issues = trackingIssues(t.sim, 'acme/.github')
    expect(issues).toHaveLength(1)
    const body = issues[0]?.body ?? ''
    expect(body).toContain(
      '**Teams from**, first match wins: custom property `team` (1 team) → CODEOWNERS (1 team)',
    )
    expect(body).toMatch(/\| Platform _\(config, custom property\)_ \|/)
    expect(body).toMatch(/\| checkout _\(CODEOWNERS\)_ \|/)
    expect(body).toMatch(/\| Payments _\(config, catalog-info\.yaml\)_ \|/)
    expect(t.sim.counters.byRoute['GET /orgs/{org}/properties/values']).toBe(1)
  })
})
