import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/core/logger.js'
import { runAliasedQuery, type GraphqlClient } from '../../src/github/graphql-batch.js'

/** A GraphQL client over a list of item names: `bad` names break their alias, `poison` ones the whole query. */
function fakeClient(p: { bad?: string[]; poison?: string[]; status?: number }) {
  const calls: string[][] = []
  const client = {
    graphql: async (_query: string, variables?: Record<string, unknown>) => {
      const names = Object.keys(variables ?? {})
        .filter((key) => key !== 'request')
        .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
        .map((key) => String(variables?.[key]))
      calls.push(names)
      if (names.some((name) => p.poison?.includes(name)))
        throw Object.assign(new Error('Something went wrong while executing your query.'), {
          status: p.status ?? 502,
        })
      const data: Record<string, unknown> = {}
      const errors: unknown[] = []
      names.forEach((name, i) => {
        if (p.bad?.includes(name)) {
          data[`r${i}`] = null
          errors.push({
            type: 'NOT_FOUND',
            path: [`r${i}`],
            message: `Could not resolve to a Repository ${name}`,
          })
        } else data[`r${i}`] = { name }
      })
      if (errors.length > 0) throw Object.assign(new Error('partial'), { data, errors })
      return data
    },
  }
  return { client: client as unknown as GraphqlClient, calls }
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `repo-${i}`)

function run(client: GraphqlClient, items: string[]) {
  return runAliasedQuery({
    client,
    logger: silentLogger,
    items,
    prefix: 'r',
    build: (chunk) => ({
      query: 'query',
      variables: Object.fromEntries(chunk.map((name, i) => [`n${i}`, name])),
    }),
  })
}

describe('runAliasedQuery', () => {
  it('answers each item from one query', async () => {
    const { client, calls } = fakeClient({})
    const results = await run(client, names(3))
    expect(calls).toHaveLength(1)
    expect(results).toEqual(names(3).map((name) => ({ ok: true, data: { name } })))
  })

  it('fails only the alias GitHub reported an error for', async () => {
    const { client, calls } = fakeClient({ bad: ['repo-1'] })
    const results = await run(client, names(3))
    expect(calls).toHaveLength(1)
    expect(results[0]).toEqual({ ok: true, data: { name: 'repo-0' } })
    expect(results[1]).toEqual({
      ok: false,
      reason: 'not found, or the app cannot read it',
      type: 'NOT_FOUND',
    })
    expect(results[2]).toEqual({ ok: true, data: { name: 'repo-2' } })
  })

  it('splits a query that fails as a whole until the culprit is alone', async () => {
    const { client, calls } = fakeClient({ poison: ['repo-5'] })
    const results = await run(client, names(8))
    expect(results.filter((r) => !r.ok)).toHaveLength(1)
    expect(results[5]).toEqual({ ok: false, reason: '502 Something went wrong while executing your query.' })
    expect(calls.length).toBeLessThanOrEqual(1 + 2 * 3)
  })

  it('does not split on authentication or rate-limit failures', async () => {
    const { client, calls } = fakeClient({ poison: names(4), status: 403 })
    const results = await run(client, names(4))
    expect(calls).toHaveLength(1)
    expect(results.every((r) => !r.ok)).toBe(true)
  })

  it('gives up splitting when both halves fail (an outage, not one repository)', async () => {
    const { client, calls } = fakeClient({ poison: names(16) })
    const results = await run(client, names(16))
    expect(results.every((r) => !r.ok)).toBe(true)
    expect(calls.length).toBeLessThanOrEqual(7)
  })
})
