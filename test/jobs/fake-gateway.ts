import type { ChangedFile, IssueRef, PullRequestInfo, RepoRef } from '../../src/core/types.js'
import type { GitHubGateway, UpsertCommentResult } from '../../src/github/gateway.js'

/** Files of one repository at one ref: path → text. */
export type Tree = Record<string, string>

export interface FakeGatewayOptions {
  pr?: PullRequestInfo
  changed?: ChangedFile[]
  truncated?: boolean
  /** Trees by `owner/repo@ref`; `owner/repo@default` answers reads without a ref. */
  trees?: Record<string, Tree>
  ownLogin?: string | null
  upsert?: UpsertCommentResult | Error
}

export interface UpsertCall {
  issue: IssueRef
  marker: string
  body: string
  ownLogin: string | null
  allClearBody?: string
}

/** A hand-written in-memory gateway that records calls (repository-settings' fake `github`). */
export interface FakeGateway extends GitHubGateway {
  calls: string[]
  /** What each `readBatch` asked for: `owner/repo@ref:path`, folders ending in `/`. */
  batches: string[][]
  upserts: UpsertCall[]
}

export function createFakeGateway(options: FakeGatewayOptions): FakeGateway {
  const trees = options.trees ?? {}
  const tree = (repo: RepoRef, ref: string | undefined): Tree =>
    trees[`${repo.owner}/${repo.repo}@${ref ?? 'default'}`] ?? {}
  const fake: FakeGateway = {
    calls: [],
    batches: [],
    upserts: [],
    async getPullRequest(pr) {
      fake.calls.push(`getPullRequest ${pr.number}`)
      if (!options.pr) throw new Error('no pull request in this fake')
      return options.pr
    },
    async listChangedFiles() {
      fake.calls.push('listChangedFiles')
      return { files: options.changed ?? [], truncated: options.truncated ?? false }
    },
    async readBatch(reads) {
      const where = (repo: RepoRef, ref: string | undefined) =>
        `${repo.owner}/${repo.repo}@${ref ?? 'default'}`
      const asked = [
        ...reads.files.map((f) => `${where(f.repo, f.ref)}:${f.path}`),
        ...reads.folders.map((f) => `${where(f.repo, f.ref)}:${f.path}/`),
      ]
      fake.calls.push(`readBatch ${asked.join(' ')}`)
      fake.batches.push(asked)
      const under = (path: string, folder: string) => folder === '' || path.startsWith(`${folder}/`)
      const listed = reads.folders.map((f) =>
        Object.keys(tree(f.repo, f.ref))
          .filter((path) => under(path, f.path))
          .sort(),
      )
      return {
        files: reads.files.map((f) => tree(f.repo, f.ref)[f.path] ?? null),
        folders: listed,
        // As GitHub's Folder fragment does: the texts come with the listing when asked for.
        folderTexts: reads.folders.map((f, i) =>
          f.texts
            ? (listed[i] ?? []).map((path) => ({ path, text: tree(f.repo, f.ref)[path] ?? '' }))
            : undefined,
        ),
      }
    },
    async getFileText(repo, path, ref) {
      fake.calls.push(`getFileText ${repo.owner}/${repo.repo}:${path}@${ref ?? 'default'}`)
      return tree(repo, ref)[path] ?? null
    },
    async listTree(repo, ref) {
      fake.calls.push(`listTree ${repo.owner}/${repo.repo}@${ref}`)
      return { paths: Object.keys(tree(repo, ref)).sort(), truncated: false }
    },
    async getOwnLogin() {
      fake.calls.push('getOwnLogin')
      return options.ownLogin ?? null
    },
    async upsertComment(issue, p) {
      fake.calls.push('upsertComment')
      fake.upserts.push({ issue, ...p })
      if (options.upsert instanceof Error) throw options.upsert
      return options.upsert ?? { result: p.body ? 'created' : 'skipped', commentId: p.body ? 1 : null }
    },
  }
  return fake
}

export const BASE_SHA = 'b'.repeat(40)
export const HEAD_SHA = 'h'.repeat(40)

/** A pull request as the gateway maps it; override what a test is about. */
export function pullRequest(over: Partial<PullRequestInfo> = {}): PullRequestInfo {
  return {
    owner: 'acme',
    repo: 'api',
    number: 42,
    title: 'Add a CDN in front of the API',
    body: 'Theme: global-scale\n',
    labels: [],
    draft: false,
    author: { login: 'octocat', type: 'User' },
    headRef: 'cdn',
    headSha: HEAD_SHA,
    baseRef: 'main',
    baseSha: BASE_SHA,
    headRepo: { owner: 'acme', repo: 'api' },
    fork: false,
    url: 'https://github.com/acme/api/pull/42',
    ...over,
  }
}

export const CONFIG = `themes:
  - id: global-scale
    name: Global Scale & Performance
  - id: developer-velocity
    name: Developer Velocity
  - id: legacy-hosting
    name: Legacy Hosting
    status: retired
`

export const VALID_ADR = `# ADR-0007: Put a CDN in front of the API

**Status**: Accepted
**Date**: 2026-03-14
**Strategic Theme**: global-scale
`
