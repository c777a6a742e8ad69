import { afterEach, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../index.js'
import { call, octokitFor } from './helpers.js'

let sim: Simulator | undefined
afterEach(async () => {
  if (!sim) return
  expectNoViolations(sim)
  await sim.stop()
  sim = undefined
})

describe('custom property values (GET/PATCH /orgs/{org}/properties/values)', () => {
  it('sets values and lists every repository with its values, paginated with Link headers', async () => {
    sim = await startSimulator({ seed: 'demo' })
    const admin = octokitFor(sim, sim.issueToken({ login: 'dana-li' }))
    const set = await admin.request('PATCH /orgs/{org}/properties/values', {
      org: 'acme',
      repository_names: ['payments-api', 'web-storefront'],
      properties: [{ property_name: 'team', value: 'payments' }],
    })
    expect(set.status).toBe(204)
    const app = octokitFor(sim, sim.installationToken())
    const first = await app.request('GET /orgs/{org}/properties/values', { org: 'acme', per_page: 5 })
    expect(first.data).toHaveLength(5)
    expect(first.headers.link).toContain('rel="next"')
    const all = await app.paginate('GET /orgs/{org}/properties/values', { org: 'acme', per_page: 5 })
    expect(all).toHaveLength(sim.state.repos.list('acme').length)
    expect(all.find((repo) => repo.repository_name === 'payments-api')).toEqual({
      repository_id: sim.state.repos.get('acme/payments-api').id,
      repository_name: 'payments-api',
      repository_full_name: 'acme/payments-api',
      properties: [{ property_name: 'team', value: 'payments' }],
    })
    expect(all.find((repo) => repo.repository_name === 'data-pipeline')?.properties).toEqual([])
  })

  it('answers 403 without the Custom properties permission, 404 for a user, 422 for a bad body', async () => {
    sim = await startSimulator({ seed: 'demo' })
    const job = sim.issueToken()
    expect((await call(sim, '/orgs/acme/properties/values', { token: job })).status).toBe(403)
    const app = sim.installationToken()
    expect((await call(sim, '/orgs/dana-li/properties/values', { token: app })).status).toBe(404)
    const user = sim.issueToken({ login: 'dana-li' })
    const bad = await call(sim, '/orgs/acme/properties/values', {
      method: 'PATCH',
      token: user,
      body: { repository_names: [], properties: [] },
    })
    expect(bad.status).toBe(422)
    const readOnly = await call(sim, '/orgs/acme/properties/values', {
      method: 'PATCH',
      token: app,
      body: { repository_names: ['payments-api'], properties: [{ property_name: 'team', value: 'x' }] },
    })
    expect(readOnly.status).toBe(403)
  })
})
