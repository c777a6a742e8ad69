import type { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { octokitFor } from './helpers.js'
import { REST_HANDLERS, RouteTable, expectNoViolations, startSimulator, type Simulator } from '../index.js'

describe('RouteTable', () => {
  const table = RouteTable.load()

  it('holds every operation of GitHub’s OpenAPI description', () => {
    expect(table.routes.length).toBeGreaterThan(1000)
    expect(table.has('GET /repos/{owner}/{repo}/issues')).toBe(true)
    expect(table.has('GET /repos/{owner}/{repo}/adrs')).toBe(false)
  })

  it('prefers literal segments over parameters', () => {
    expect(table.match('GET', '/repos/acme/api/issues/comments')?.route.template).toBe(
      '/repos/{owner}/{repo}/issues/comments',
    )
    expect(table.match('GET', '/repos/acme/api/issues/12')).toMatchObject({
      route: { template: '/repos/{owner}/{repo}/issues/{issue_number}' },
      params: { owner: 'acme', repo: 'api', issue_number: '12' },
    })
  })

  it('lets a trailing `path` span segments, encoded or not, and treats `contents/` as the root', () => {
    expect(table.match('GET', '/repos/acme/api/contents/docs/adr/0001-x.md')?.params.path).toBe(
      'docs/adr/0001-x.md',
    )
    expect(table.match('GET', '/repos/acme/api/contents/docs%2Fadr')?.params.path).toBe('docs/adr')
    expect(table.match('GET', '/repos/acme/api/contents/')?.params.path).toBe('')
  })

  it('matches no route for a wrong method or a made-up path', () => {
    expect(table.match('DELETE', '/repos/acme/api/issues/1')).toBeNull()
    expect(table.match('GET', '/repos/acme/api/strategy')).toBeNull()
  })

  it('has a template for every route the simulator implements', () => {
    expect(Object.keys(REST_HANDLERS).filter((key) => !table.has(key))).toEqual([])
  })
})

describe('violations', () => {
  let sim: Simulator
  let octokit: Octokit
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'demo' })
    octokit = octokitFor(sim, sim.issueToken())
  })
  afterAll(() => sim.stop())

  it('answers a made-up route 404 and records a violation that expectNoViolations throws on', async () => {
    sim.clearViolations()
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/strategy', { owner: 'acme', repo: 'payments-api' }),
    ).rejects.toMatchObject({ status: 404 })
    expect(sim.violations).toEqual([
      expect.objectContaining({ kind: 'unknown-route', request: 'GET /repos/acme/payments-api/strategy' }),
    ])
    expect(() => expectNoViolations(sim)).toThrow(/unknown-route.*GET \/repos\/acme\/payments-api\/strategy/)
  })

  it('answers a real GitHub route it does not implement 501 and records it', async () => {
    sim.clearViolations()
    await expect(
      octokit.rest.repos.listBranches({ owner: 'acme', repo: 'payments-api' }),
    ).rejects.toMatchObject({ status: 501 })
    expect(sim.violations[0]).toMatchObject({
      kind: 'unimplemented-route',
      message: expect.stringContaining('repos/list-branches'),
    })
    sim.clearViolations()
    expect(() => expectNoViolations(sim)).not.toThrow()
  })
})
