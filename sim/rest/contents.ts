import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notFound } from '../router/http-error.js'
import { repoFor } from '../router/helpers.js'
import { contentLinks, wrappedBase64 } from './serialize/content.js'

/** Files above 1 MB come without content, as on GitHub (use the raw media type or blobs). */
const INLINE_LIMIT = 1024 * 1024

/** Whether the client asked for raw content (`mediaType: { format: 'raw' }` in Octokit). */
export function wantsRaw(ctx: RequestContext): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(String(ctx.headers.accept ?? ''))
}

function getContent(ctx: RequestContext) {
  const repo = repoFor(ctx, ['contents'])
  const ref = ctx.query.get('ref') || repo.defaultBranch
  const commit = repo.git.resolve(ref, repo.defaultBranch)
  if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`)
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '')
  const blobSha = commit.files.get(path)
  if (blobSha) {
    const content = repo.git.blobs.get(blobSha) ?? Buffer.alloc(0)
    if (wantsRaw(ctx)) return { text: content, contentType: 'text/plain; charset=utf-8' }
    const inline = content.length <= INLINE_LIMIT
    return {
      body: {
        type: 'file',
        encoding: inline ? 'base64' : 'none',
        size: content.length,
        name: path.split('/').pop(),
        path,
        content: inline ? wrappedBase64(content) : '',
        sha: blobSha,
        ...contentLinks(repo, path, blobSha, 'file', ref, ctx.rt.urls),
      },
    }
  }
  const tree = repo.git.treeAt(commit, path)
  if (!tree) throw notFound()
  const entries = tree.entries.map((entry) => {
    const entryPath = path ? `${path}/${entry.name}` : entry.name
    const type = entry.type === 'tree' ? 'dir' : 'file'
    return {
      type,
      size: entry.size ?? 0,
      name: entry.name,
      path: entryPath,
      sha: entry.sha,
      ...contentLinks(repo, entryPath, entry.sha, type, ref, ctx.rt.urls),
    }
  })
  return { body: entries.sort((a, b) => a.name.localeCompare(b.name)) }
}

export const contentRoutes: RouteMap = {
  'GET /repos/{owner}/{repo}/contents/{path}': getContent,
}
