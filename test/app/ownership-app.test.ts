import { describe, expect, it } from 'vitest'
import { octokitFor } from '../../sim/test/helpers.js'
import { plantOwnership } from '../helpers/plant-ownership.js'
import { appPerTest, trackingIssues } from './start-app-on-sim.js'

const startApp = appPerTest()

describe('the app with ownership sources', () => {
  it('shows on its tracking issue the teams from the custom property, CODEOWNERS and catalog-info.yaml', async () => {
    const t = await startApp({ sim: { seed: 'demo', install: false }, today: '2026-11-16' })
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

  it('moves a repository to the team its custom property names as soon as the property changes', async () => {
    const t = await startApp({ sim: { seed: 'demo', install: false }, today: '2026-11-16' })
    await plantOwnership(t.sim)
    t.sim.state.installations.create({ account: 'acme' })
    await t.settle()
    expect(trackingIssues(t.sim, 'acme/.github')[0]?.body).not.toContain('Search _(custom property)_')
    const octokit = octokitFor(t.sim, t.sim.issueToken({ login: 'dana-li' }))
    const propertyEvents = () =>
      t.sim.webhooks.deliveries.filter((d) => d.event === 'custom_property_values' && !d.skipped)
    const before = propertyEvents().length
    await octokit.request('PATCH /orgs/{org}/properties/values', {
      org: 'acme',
      repository_names: ['web-storefront'],
      properties: [{ property_name: 'team', value: 'Search' }],
    })
    await t.settle()
    const delivered = propertyEvents().slice(before)
    expect(delivered).toHaveLength(1)
    expect(delivered[0]?.payload).toMatchObject({
      action: 'updated',
      repository: { name: 'web-storefront' },
      new_property_values: [{ property_name: 'team', value: 'Search' }],
      old_property_values: [],
    })
    const body = trackingIssues(t.sim, 'acme/.github')[0]?.body ?? ''
    expect(body).toMatch(/\| Search _\(custom property\)_ \|/)
    expect(body).toContain('custom property `team` (2 teams)')
    expect(t.sim.counters.byRoute['GET /orgs/{org}/properties/values']).toBe(2)
    // Setting the same value again changes nothing, and GitHub sends nothing.
    await octokit.request('PATCH /orgs/{org}/properties/values', {
      org: 'acme',
      repository_names: ['web-storefront'],
      properties: [{ property_name: 'team', value: 'Search' }],
    })
    await t.settle()
    expect(propertyEvents().slice(before)).toHaveLength(1)
  })
})
