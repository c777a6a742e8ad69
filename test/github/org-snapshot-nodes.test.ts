import { describe, expect, it } from 'vitest'
import type { IssueInfo, MergedPullInfo } from '../../src/core/types.js'
import {
  addIssuePage,
  addPullPage,
  readFolder,
  type RawIssue,
  type RawPull,
} from '../../src/github/graphql-nodes.js'

const issue = (number: number, over: Partial<RawIssue> = {}): RawIssue => ({
  number,
  title: `Job ${number}`,
  url: `https://github.com/acme/api/issues/${number}`,
  state: 'OPEN',
  stateReason: null,
  createdAt: '2026-01-05T10:00:00Z',
  closedAt: null,
  author: { login: 'dana' },
  ...over,
})

const pull = (
  number: number,
  mergedAt: string | null,
  updatedAt = mergedAt ?? '2026-01-01T00:00:00Z',
): RawPull => ({
  number,
  title: `PR ${number}`,
  body: null,
  url: `https://github.com/acme/api/pull/${number}`,
  mergedAt,
  updatedAt,
  headRefName: 'theme/global-scale/cdn',
  author: null,
  labels: { nodes: [{ name: 'theme:global-scale' }, null] },
})

const page = <T>(nodes: T[], hasNextPage = false) => ({
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'next' : null },
  nodes,
})

describe('addIssuePage', () => {
  it('maps states and reasons, and merges an issue found under two migration labels', () => {
    const into = new Map<number, IssueInfo>()
    const closed = issue(2, { state: 'CLOSED', stateReason: 'NOT_PLANNED', closedAt: '2026-02-01T00:00:00Z' })
    expect(addIssuePage(page([issue(1), closed], true), { repo: 'acme/api', label: 'auth', into })).toBe(
      'next',
    )
    expect(addIssuePage(page([issue(1)]), { repo: 'acme/api', label: 'cdn', into })).toBeNull()
    expect(into.get(1)).toMatchObject({
      state: 'open',
      stateReason: null,
      labels: ['auth', 'cdn'],
      author: 'dana',
    })
    expect(into.get(2)).toMatchObject({
      state: 'closed',
      stateReason: 'not_planned',
      closedAt: '2026-02-01T00:00:00Z',
    })
  })

  it('tolerates a missing page and null nodes', () => {
    const into = new Map<number, IssueInfo>()
    expect(addIssuePage(undefined, { repo: 'acme/api', label: 'auth', into })).toBeNull()
    expect(
      addIssuePage(
        { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [null] },
        { repo: 'a/b', label: 'x', into },
      ),
    ).toBeNull()
    expect(into.size).toBe(0)
  })
})

describe('addPullPage', () => {
  it('keeps pull requests merged in the window and maps labels', () => {
    const into: MergedPullInfo[] = []
    const next = addPullPage(
      page([pull(3, '2026-02-10T00:00:00Z'), pull(2, '2025-09-01T00:00:00Z', '2026-02-01T00:00:00Z')], true),
      {
        repo: 'acme/api',
        since: '2025-12-01',
        into,
      },
    )
    expect(into.map((p) => p.number)).toEqual([3])
    expect(into[0]).toMatchObject({
      labels: ['theme:global-scale'],
      body: '',
      headRef: 'theme/global-scale/cdn',
      author: null,
    })
    expect(next).toBe('next')
  })

  it('stops paginating once a page reaches updates older than the window', () => {
    const into: MergedPullInfo[] = []
    const old = pull(1, '2025-01-01T00:00:00Z')
    expect(
      addPullPage(page([pull(2, '2026-02-10T00:00:00Z'), old], true), {
        repo: 'a/b',
        since: '2025-12-01',
        into,
      }),
    ).toBeNull()
  })
})

describe('readFolder', () => {
  it('collects texts, one level of sub-folders, listed files and deeper folders', () => {
    const found = readFolder(
      {
        oid: 't1',
        entries: [
          { name: '0001-a.md', type: 'blob', oid: 'b1', object: { text: '# A', isBinary: false } },
          { name: 'diagram.png', type: 'blob', oid: 'b2', object: { text: null, isBinary: true } },
          { name: 'listed.md', type: 'blob', oid: 'b3', object: {} },
          {
            name: '2024',
            type: 'tree',
            oid: 't2',
            object: {
              entries: [
                { name: '0002-b.md', type: 'blob', oid: 'b4', object: { text: '# B', isBinary: false } },
                { name: 'q1', type: 'tree', oid: 't3', object: {} },
              ],
            },
          },
        ],
      },
      'docs/adr',
    )
    expect(found.files).toEqual([
      { path: 'docs/adr/0001-a.md', text: '# A' },
      { path: 'docs/adr/2024/0002-b.md', text: '# B' },
    ])
    expect(found.listed).toEqual(['docs/adr/listed.md'])
    expect(found.deeper).toEqual(['docs/adr/2024/q1'])
  })

  it('builds paths without a leading slash for the repository root', () => {
    expect(
      readFolder({ entries: [{ name: 'x.md', type: 'blob', oid: 'b', object: { text: 'x' } }] }, '').files,
    ).toEqual([{ path: 'x.md', text: 'x' }])
  })
})
