import { describe, expect, it } from 'vitest'
import { buildRepoBatchQuery } from '../../src/github/graphql-queries.js'
import {
  listPropertyValues,
  ownerFactsOf,
  ownerFilesRead,
  readsOwnerFiles,
  refreshPropertyValues,
  withPropertyValues,
} from '../../src/github/ownership-reads.js'
import { SnapshotCache, toOrgSnapshot } from '../../src/github/snapshot-cache.js'
import { decodeState, encodeState } from '../../app/redis/state-codec.js'
import { expectNoViolations, startSimulator } from '../../sim/index.js'
import { octokitFor } from '../../sim/test/helpers.js'

const blob = (text: string) => ({ text })

describe('owner files in the batched repository query', () => {
  it('asks for the three CODEOWNERS places and catalog-info.yaml only for repositories that need them', () => {
    const repo = { owner: 'acme', name: 'api', folders: [], config: true, issues: false, pulls: false }
    const { query } = buildRepoBatchQuery([repo, { ...repo, name: 'web', owners: true }], [])
    expect(query.match(/own\d: object/g)).toHaveLength(4)
    for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', 'catalog-info.yaml'])
      expect(query).toContain(`"HEAD:${path}"`)
    expect(query.indexOf('own0')).toBeGreaterThan(query.indexOf('r1: repository'))
  })

  it('takes the first CODEOWNERS GitHub would read, as GitHub does, and the catalog owner', () => {
    const node = {
      own0: null,
      own1: blob('* @acme/root-team\n'),
      own2: blob('* @acme/docs-team\n'),
      own3: blob('kind: Component\nspec:\n  owner: group:default/Payments\n'),
    }
    expect(ownerFactsOf(node)).toEqual({ codeowners: 'root-team', backstage: 'payments' })
    expect(ownerFactsOf({ ...node, own0: blob('* @acme/github-team') }).codeowners).toBe('github-team')
    // A CODEOWNERS without a default team hides the later ones: GitHub reads only the first found.
    expect(ownerFactsOf({ ...node, own0: blob('/docs/ @acme/x\n') }).codeowners).toBeNull()
    expect(ownerFactsOf({})).toEqual({ codeowners: null, backstage: null })
  })

  it('reads owner files only when an ownership source needs them', () => {
    expect(readsOwnerFiles({ sources: ['config', 'property'], property: 'team' })).toBe(false)
    expect(ownerFilesRead({ sources: ['config'], property: 'team' })).toEqual([])
    expect(ownerFilesRead({ sources: ['backstage'], property: 'team' })).toContain('catalog-info.yaml')
  })
})

describe('listPropertyValues (on the simulator)', () => {
  it('maps each repository to its value (the first of a multi-select), and turns 404 into a note', async () => {
    const sim = await startSimulator({ seed: 'demo' })
    try {
      const admin = octokitFor(sim, sim.issueToken({ login: 'dana-li' }))
      await admin.request('PATCH /orgs/{org}/properties/values', {
        org: 'acme',
        repository_names: ['Payments-API'],
        properties: [
          { property_name: 'team', value: ['Payments', 'Risk'] },
          { property_name: 'tier', value: 'gold' },
        ],
      })
      const octokit = octokitFor(sim, sim.installationToken())
      const logger = { debug() {}, info() {}, warn() {}, error() {} }
      const listed = await listPropertyValues({ octokit, logger, org: 'acme', property: 'team' })
      expect(listed).toEqual({ property: 'team', values: { 'payments-api': 'Payments' }, problem: null })
      // The values of a full refresh live in the installation state, so another instance that decodes
      // the shared state (app/redis) still has them for its event refreshes.
      const ownership = { sources: ['property' as const], property: 'team' }
      const state = new SnapshotCache().open(1, 'acme')
      await refreshPropertyValues({ octokit, logger, state, ownership })
      const elsewhere = decodeState(encodeState(state))
      expect(withPropertyValues(elsewhere, ownership, toOrgSnapshot(elsewhere)).properties).toEqual(listed)
      const user = await listPropertyValues({ octokit, logger, org: 'dana-li', property: 'team' })
      expect(user.problem).toMatch(/^GitHub answered 404\./)
      expectNoViolations(sim)
    } finally {
      await sim.stop()
    }
  })
})
