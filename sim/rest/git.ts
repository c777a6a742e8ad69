import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notFound } from '../router/http-error.js'
import { repoFor } from '../router/helpers.js'
import type { GitStore, TreeRecord } from '../state/git-store.js'
import type { RepoRecord } from '../state/records.js'
import { wantsRaw } from './contents.js'
import { wrappedBase64 } from './serialize/content.js'

interface ListedEntry {
  path: string
  mode: string
  type: 'blob' | 'tree'
  sha: string
  size?: number
  url: string
}

/** Lists a tree, depth-first like GitHub when recursive, stopping at `max` entries (→ truncated). */
function listTree(
  git: GitStore,
  tree: TreeRecord,
  base: string,
  recursive: boolean,
  max: number,
  out: ListedEntry[],
): boolean {
  for (const entry of tree.entries) {
    if (out.length >= max) return true
    const path = base ? `${base}/${entry.name}` : entry.name
    out.push({
      path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      size: entry.size,
      url: `${entry.type}s/${entry.sha}`,
    })
    const child = entry.type === 'tree' && recursive ? git.tree(entry.sha) : undefined
    if (child && listTree(git, child, path, recursive, max, out)) return true
  }
  return false
}

function getTree(ctx: RequestContext) {
  const repo = repoFor(ctx, ['contents'])
  const sha = ctx.params.tree_sha ?? ''
  const tree = repo.git.tree(sha) ?? treeOfCommit(repo, sha)
  if (!tree) throw notFound()
  const recursive = ['1', 'true'].includes(ctx.query.get('recursive') ?? '')
  const entries: ListedEntry[] = []
  const truncated = listTree(repo.git, tree, '', recursive, ctx.rt.limits.treeEntries, entries)
  const gitBase = `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}/git/`
  for (const entry of entries) {
    entry.url = gitBase + entry.url
    if (entry.type === 'tree') delete entry.size
  }
  return { body: { sha: tree.sha, url: `${gitBase}trees/${tree.sha}`, tree: entries, truncated } }
}

function treeOfCommit(repo: RepoRecord, ref: string): TreeRecord | undefined {
  const commit = repo.git.resolve(ref, repo.defaultBranch)
  return commit ? repo.git.tree(commit.treeSha) : undefined
}

function getBlob(ctx: RequestContext) {
  const repo = repoFor(ctx, ['contents'])
  const sha = ctx.params.file_sha ?? ''
  const content = repo.git.blobs.get(sha)
  if (!content) throw notFound()
  if (wantsRaw(ctx)) return { text: content, contentType: 'text/plain; charset=utf-8' }
  return {
    body: {
      sha,
      node_id: Buffer.from(`04:Blob${repo.id}:${sha}`).toString('base64'),
      size: content.length,
      url: `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}/git/blobs/${sha}`,
      content: wrappedBase64(content),
      encoding: 'base64',
    },
  }
}

/** A commit as `GET /commits/{ref}` and comparisons show it; 422 when `ref` names no commit. */
export function commitBody(ctx: RequestContext, repo: RepoRecord, ref: string) {
  const commit = repo.git.resolve(ref, repo.defaultBranch)
  if (!commit) throw new HttpError(422, `No commit found for SHA: ${ref}`)
  const api = `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}`
  const person = { name: commit.authorName, email: commit.authorEmail, date: commit.date }
  return {
    sha: commit.sha,
    node_id: Buffer.from(`06:Commit${repo.id}:${commit.sha}`).toString('base64'),
    url: `${api}/commits/${commit.sha}`,
    html_url: `${ctx.rt.urls.html}/${repo.owner.login}/${repo.name}/commit/${commit.sha}`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
      comment_count: 0,
    },
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}` })),
  }
}

function getRef(ctx: RequestContext) {
  const repo = repoFor(ctx, ['contents'])
  const ref = ctx.params.ref ?? ''
  const match = /^heads\/(.+)$/.exec(ref)
  const sha = match ? repo.git.branches.get(match[1] as string) : undefined
  if (!sha) throw notFound()
  const api = `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}/git`
  return {
    body: {
      ref: `refs/${ref}`,
      node_id: Buffer.from(`03:Ref${repo.id}:${ref}`).toString('base64'),
      url: `${api}/refs/${ref}`,
      object: { sha, type: 'commit', url: `${api}/commits/${sha}` },
    },
  }
}

export const gitRoutes: RouteMap = {
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': getTree,
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': getBlob,
  'GET /repos/{owner}/{repo}/git/ref/{ref}': getRef,
  'GET /repos/{owner}/{repo}/commits/{ref}': (ctx) => {
    const repo = repoFor(ctx, ['contents'])
    return { body: commitBody(ctx, repo, ctx.params.ref ?? '') }
  },
  'GET /repos/{owner}/{repo}/branches/{branch}': (ctx) => {
    const repo = repoFor(ctx, ['contents'])
    const name = ctx.params.branch ?? ''
    if (!repo.git.branches.has(name) || name.startsWith('pull/')) throw new HttpError(404, 'Branch not found')
    const commit = commitBody(ctx, repo, name)
    const api = `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}/branches/${name}`
    return { body: { name, commit, _links: { self: api, html: commit.html_url }, protected: false } }
  },
}
