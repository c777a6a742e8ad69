import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../index.js'
import { call, octokitFor, pick } from './helpers.js'

describe('GraphQL', () => {
  let sim: Simulator
  let token: string
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'demo' })
    token = sim.installationToken()
  })
  afterAll(() => sim.stop())
  beforeEach(() => sim.clearViolations())

  const query = (q: string, variables: Record<string, unknown> = {}, auth = token) =>
    call(sim, '/graphql', { method: 'POST', token: auth, body: { query: q, variables } })

  it('answers Commit.history(path:) newest first, with the commit that deleted the path', async () => {
    const repo = 'acme/sandbox-tools'
    sim.state.clock.set('2026-11-20T10:00:00Z')
    sim.state.files.commit({ repo, files: { '.nvmrc': '18\n' } })
    sim.state.clock.set('2026-11-21T10:00:00Z')
    sim.state.files.commit({ repo, files: { 'README.md': 'unrelated\n' } })
    sim.state.clock.set('2026-11-22T10:00:00Z')
    sim.state.files.commit({ repo, files: { '.nvmrc': null } })
    const data = await octokitFor(sim, token).graphql<Record<string, unknown>>(
      `query {
        repository(owner: "acme", name: "sandbox-tools") {
          defaultBranchRef { target { ... on Commit {
            nvmrc: history(first: 5, path: ".nvmrc") { nodes { committedDate } }
            last: history(first: 1) { nodes { committedDate } }
          } } }
        }
      }`,
    )
    const dates = (key: string) =>
      (pick(data, `repository.defaultBranchRef.target.${key}.nodes`) as { committedDate: string }[]).map(
        (node) => node.committedDate.slice(0, 10),
      )
    expect(dates('nvmrc')).toEqual(['2026-11-22', '2026-11-20'])
    expect(dates('last')).toEqual(['2026-11-22'])
  })

  it('answers viewer, rateLimit and a repository with aliases and fragments', async () => {
    const data = await octokitFor(sim, token).graphql<Record<string, unknown>>(
      `
      query($owner: String!) {
        viewer { login }
        rateLimit { cost limit remaining used resetAt nodeCount }
        api: repository(owner: $owner, name: "payments-api") { ...Repo }
      }
      fragment Repo on Repository {
        id nameWithOwner url isArchived isFork
        defaultBranchRef { name target { oid } }
        migration: issues(first: 50, labels: ["migration:auth-v2"], states: [OPEN, CLOSED]) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { number title url state stateReason createdAt closedAt author { login } labels(first: 10) { nodes { name } } repository { nameWithOwner } }
        }
        pullRequests(first: 10, states: MERGED, orderBy: { field: CREATED_AT, direction: DESC }) {
          totalCount nodes { number title body url mergedAt merged headRefName author { login } labels(first: 5) { nodes { name } } }
        }
      }`,
      { owner: 'acme' },
    )
    expect(pick(data, 'viewer.login')).toBe('strategy-trace[bot]')
    expect(data.rateLimit).toMatchObject({ cost: 1, limit: 5000, nodeCount: 50 + 500 + 10 + 50 })
    const repo = sim.state.repos.get('acme/payments-api')
    expect(data.api).toMatchObject({
      nameWithOwner: 'acme/payments-api',
      defaultBranchRef: { name: 'main', target: { oid: repo.git.branches.get('main') } },
    })
    const auth = [...repo.issues.values()].filter((i) => !i.pull && i.labels.includes('migration:auth-v2'))
    expect(pick(data, 'api.migration.totalCount')).toBe(auth.length)
    expect(pick(data, 'api.migration.nodes.0.state')).toMatch(/^(OPEN|CLOSED)$/)
    expect((pick(data, 'api.pullRequests.nodes') as { merged: boolean }[]).every((p) => p.merged)).toBe(true)
    expectNoViolations(sim)
  })

  it('reads trees and blobs through object(expression:)', async () => {
    const { body } = await query(`{ repository(owner: "acme", name: "payments-api") {
      object(expression: "main:docs") { ... on Tree { entries { name path type object { ... on Tree { entries { path object { ... on Blob { oid text byteSize isBinary } } } } } } } } } }`)
    const docs = pick(body, 'data.repository.object.entries')
    expect(docs).toEqual([expect.objectContaining({ name: 'adr', type: 'tree' })])
    expect(pick(docs, '0.object.entries.0')).toMatchObject({
      path: 'docs/adr/0001-use-postgresql-for-the-ledger.md',
      object: { isBinary: false, text: expect.stringContaining('ADR-0001') },
    })
  })

  it('fails validation for a field GitHub’s schema does not have, as GitHub words it', async () => {
    const { status, body } = await query('{ repository(owner: "acme", name: "payments-api") { adrs } }')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      errors: [
        {
          message: "Field 'adrs' doesn't exist on type 'Repository'",
          extensions: { code: 'undefinedField' },
        },
      ],
    })
    expect(sim.violations[0]).toMatchObject({ kind: 'invalid-graphql' })
  })

  it('errors (never nulls) on a schema field the simulator does not implement', async () => {
    const { body } = await query(
      '{ repository(owner: "acme", name: "payments-api") { name stargazerCount } }',
    )
    expect(pick(body, 'errors.0.message')).toBe(
      'Field "Repository.stargazerCount" is not implemented by the simulator.',
    )
    expect(() => expectNoViolations(sim)).toThrow(/unimplemented-field.*Repository\.stargazerCount/)
  })

  it('enforces first/last between 0 and 100 and the 500,000-node limit', async () => {
    const missing = await query(
      '{ repository(owner: "acme", name: "payments-api") { issues { totalCount } } }',
    )
    expect(missing.body).toMatchObject({ errors: [{ type: 'MISSING_PAGINATION_BOUNDARIES' }] })
    const excessive = await query(
      '{ repository(owner: "acme", name: "payments-api") { issues(first: 101) { totalCount } } }',
    )
    expect(excessive.body).toMatchObject({
      errors: [{ type: 'EXCESSIVE_PAGINATION', message: expect.stringContaining('101 records') }],
    })
    const huge = await query(`{ organization(login: "acme") { repositories(first: 100) { nodes {
      issues(first: 100) { nodes { labels(first: 100) { nodes { name } } } } } } } }`)
    expect(huge.body).toMatchObject({ errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED' }] })
  })

  it('computes point costs as GitHub documents: connection requests / 100, at least 1', async () => {
    const { body, headers } =
      await query(`{ rateLimit { cost } organization(login: "acme") { repositories(first: 100) { nodes {
      issues(first: 50) { nodes { labels(first: 10) { nodes { name } } } } } } } }`)
    // 1 + 100 + 100 * 50 = 5,101 requests → 51 points
    expect(pick(body, 'data.rateLimit.cost')).toBe(51)
    expect(headers.get('x-ratelimit-resource')).toBe('graphql')
    expect(Number(headers.get('x-ratelimit-used'))).toBeGreaterThanOrEqual(51)
  })

  it('pages with cursors, filters by label and since, and resolves nodes(ids:)', async () => {
    const page = async (after: string | null) =>
      (
        await query(
          'query($after: String) { repository(owner: "acme", name: "payments-api") { issues(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { id number } } } }',
          { after },
        )
      ).body
    const first = await page(null)
    const second = await page(pick(first, 'data.repository.issues.pageInfo.endCursor') as string)
    const numberAt = (answer: unknown, i: number) =>
      pick(answer, `data.repository.issues.nodes.${i}.number`) as number
    expect(numberAt(second, 0)).toBeGreaterThan(numberAt(first, 1))
    const ids = [pick(first, 'data.repository.issues.nodes.0.id'), 'bm9wZQ==']
    const { body } = await query(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Issue { number } } }',
      { ids },
    )
    expect(body).toMatchObject({
      data: { nodes: [{ __typename: 'Issue' }, null] },
      errors: [{ type: 'NOT_FOUND', path: ['nodes', 1] }],
    })
    const label =
      await query(`{ repository(owner: "acme", name: "payments-api") { label(name: "migration:node-24") {
      issues(first: 100, filterBy: { since: "2000-01-01T00:00:00Z" }) { totalCount } } } }`)
    const node24 = [...sim.state.repos.get('acme/payments-api').issues.values()].filter(
      (i) => !i.pull && i.labels.includes('migration:node-24'),
    )
    expect(pick(label.body, 'data.repository.label.issues.totalCount')).toBe(node24.length)
  })

  it('answers NOT_FOUND for repositories the token cannot see, and serves search', async () => {
    const { body } = await query('{ repository(owner: "acme", name: "nope") { id } }')
    expect(body).toMatchObject({
      data: { repository: null },
      errors: [
        { type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'acme/nope'." },
      ],
    })
    const search = await query(
      '{ search(type: ISSUE, query: "org:acme is:pr is:merged", first: 5) { issueCount nodes { __typename ... on PullRequest { merged } } } }',
    )
    expect(pick(search.body, 'data.search.issueCount')).toBeGreaterThan(5)
    const nodes = pick(search.body, 'data.search.nodes') as { __typename: string; merged: boolean }[]
    expect(nodes.every((n) => n.__typename === 'PullRequest' && n.merged)).toBe(true)
  })

  it('also serves Probot’s GitHub Enterprise path /api/graphql', async () => {
    const { body } = await call(sim, '/api/graphql', {
      method: 'POST',
      token,
      body: { query: '{ viewer { login } }' },
    })
    expect(body).toEqual({ data: { viewer: { login: 'strategy-trace[bot]' } } })
  })
})
