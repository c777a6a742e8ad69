import { validate } from '@octokit/graphql-schema'
import { describe, expect, it } from 'vitest'
import {
  buildFollowUpQuery,
  buildRepoBatchQuery,
  type RepoRequest,
} from '../../src/github/graphql-queries.js'

const repo = (name: string, over: Partial<RepoRequest> = {}): RepoRequest => ({
  owner: 'acme',
  name,
  folders: [
    { path: 'docs/adr', mode: 'full' },
    { path: 'adr', mode: 'oid' },
  ],
  config: true,
  issues: true,
  pulls: true,
  ...over,
})

function errorsOf(query: string): string[] {
  return validate(query).map((error: { message: string }) => error.message)
}

describe('buildRepoBatchQuery', () => {
  it('is checked by a validator that does reject unknown fields', () => {
    expect(errorsOf('query { repository(owner: "a", name: "b") { adrFolder } }')).not.toEqual([])
  })

  it("is valid against GitHub's published schema", () => {
    const { query } = buildRepoBatchQuery([repo('api'), repo('web')], ['migrate-auth', 'drop-jquery'])
    expect(errorsOf(query)).toEqual([])
  })

  it('stays valid when some parts are left out (no unused fragments or variables)', () => {
    const bare = repo('api', {
      folders: [{ path: 'adr', mode: 'oid' }],
      config: false,
      issues: false,
      pulls: false,
    })
    for (const labels of [[], ['migrate-auth']]) {
      const { query, variables } = buildRepoBatchQuery([bare], labels)
      expect(errorsOf(query)).toEqual([])
      expect(Object.keys(variables).sort()).toEqual(['f0_0', 'n0', 'o0'])
    }
  })

  it('passes owners, names, labels and paths as variables, never inside the document', () => {
    const hostile = '") { viewer { login } } #'
    const { query, variables } = buildRepoBatchQuery(
      [repo(hostile, { folders: [{ path: hostile, mode: 'full' }] })],
      [hostile],
    )
    expect(query).not.toContain(hostile)
    expect(variables).toMatchObject({ n0: hostile, l0: [hostile], f0_0: `HEAD:${hostile}` })
    expect(errorsOf(query)).toEqual([])
  })

  it('lists the repository root without texts when a glob starts with a wildcard', () => {
    const { query } = buildRepoBatchQuery([repo('api', { folders: [{ path: '', mode: 'list' }] })], [])
    expect(errorsOf(query)).toEqual([])
    expect(query).toContain('...Listing')
    expect(query).not.toContain('fragment Folder')
  })

  it('aliases repositories r<i>, folders f<k>, issue labels i<j>', () => {
    const { query } = buildRepoBatchQuery([repo('api'), repo('web')], ['a', 'b'])
    for (const alias of [
      'r0: repository',
      'r1: repository',
      'f0: object',
      'f1: object',
      'i0: issues',
      'i1: issues',
    ])
      expect(query).toContain(alias)
  })
})

describe('buildFollowUpQuery', () => {
  it("is valid against GitHub's published schema for every kind of follow-up", () => {
    const { query, variables } = buildFollowUpQuery([
      { kind: 'issues', owner: 'acme', name: 'api', label: 'migrate-auth', after: 'Y3Vyc29y' },
      { kind: 'pulls', owner: 'acme', name: 'api', after: 'Y3Vyc29y' },
      { kind: 'folder', owner: 'acme', name: 'web', path: 'docs/adr/2024' },
      { kind: 'folder', owner: 'acme', name: 'web', path: '', list: true },
      { kind: 'blob', owner: 'acme', name: 'web', path: 'services/a/adr/0001-x.md' },
    ])
    expect(errorsOf(query)).toEqual([])
    expect(variables).toMatchObject({ c0: 'Y3Vyc29y', l0: ['migrate-auth'], e2: 'HEAD:docs/adr/2024' })
  })

  it('includes only the fragments it uses', () => {
    const { query } = buildFollowUpQuery([{ kind: 'folder', owner: 'acme', name: 'web', path: 'adr' }])
    expect(errorsOf(query)).toEqual([])
    expect(query).not.toContain('fragment IssuePage')
  })
})
