/**
 * GitHub's standard write routes, so a scenario can be built with plain Octokit calls: create a
 * repository, commit a file, create a branch (pull requests: pull-writes.ts); and the public
 * repositories of an account. Answers follow GitHub's REST reference (status codes and messages).
 */
import { canSee } from '../auth/permissions.js'
import type { RequestContext, RouteMap } from '../router/context.js'
import { HttpError, notAccessible, notFound, validationFailed } from '../router/http-error.js'
import { bodyText, repoFor } from '../router/helpers.js'
import type { RepoRecord } from '../state/records.js'
import { actorLogin } from './issues.js'
import { paginate } from './paginate.js'
import { contentLinks } from './serialize/content.js'
import { serializeRepo } from './serialize/repo.js'

/** `POST /orgs/{org}/repos`: a member's user token, or an installation with `administration: write`. */
function createOrgRepo(ctx: RequestContext) {
  const { rt, identity } = ctx
  const org = rt.state.core.accounts.get((ctx.params.org ?? '').toLowerCase())
  if (!org || org.type !== 'Organization') throw notFound()
  const admin = identity.permissions === null || identity.permissions.administration === 'write'
  if (identity.kind === 'anonymous') throw new HttpError(401, 'Requires authentication')
  if (identity.kind === 'actions' || !admin) throw notAccessible()
  const name = bodyText(ctx, 'name', { required: true }) as string
  if (!/^[\w.-]+$/.test(name)) throw validationFailed('Repository', 'name', 'name is invalid')
  if (rt.state.core.findRepo(org.login, name))
    throw validationFailed('Repository', 'name', 'name already exists on this account')
  const repo = rt.state.repos.create({
    owner: org.login,
    name,
    private: ctx.body.private === true || ctx.body.visibility === 'private',
    description: typeof ctx.body.description === 'string' ? ctx.body.description : undefined,
  })
  if (identity.kind === 'installation' && identity.installation?.repositorySelection === 'selected')
    identity.installation.repositoryIds.add(repo.id)
  return { status: 201, body: serializeRepo(repo, rt.urls) }
}

function commitPayload(ctx: RequestContext, repo: RepoRecord, sha: string) {
  const commit = repo.git.commits.get(sha)
  const base = `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}`
  return {
    sha,
    url: `${base}/git/commits/${sha}`,
    html_url: `${ctx.rt.urls.html}/${repo.owner.login}/${repo.name}/commit/${sha}`,
    message: commit?.message ?? '',
    tree: { sha: commit?.treeSha ?? '', url: `${base}/git/trees/${commit?.treeSha ?? ''}` },
    parents: (commit?.parents ?? []).map((parent) => ({ sha: parent, url: `${base}/git/commits/${parent}` })),
  }
}

/** `PUT /repos/{owner}/{repo}/contents/{path}`: create (201) or update (200, `sha` required) one file. */
function putContent(ctx: RequestContext) {
  const repo = repoFor(ctx, ['contents'], 'write')
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '')
  const message = bodyText(ctx, 'message', { required: true }) as string
  const content = bodyText(ctx, 'content', { required: true }) as string
  const branch = typeof ctx.body.branch === 'string' ? ctx.body.branch : repo.defaultBranch
  const tip = repo.git.branches.get(branch)
  if (!tip) throw new HttpError(404, `Branch ${branch} not found`)
  const current = repo.git.resolve(tip, repo.defaultBranch)?.files.get(path)
  const given = typeof ctx.body.sha === 'string' ? ctx.body.sha : undefined
  if (current && !given) throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`)
  if (current && given !== current) throw new HttpError(409, `${path} does not match ${given}`)
  const commit = ctx.rt.state.files.commit({
    repo,
    branch,
    files: { [path]: Buffer.from(content, 'base64') },
    message,
    author: actorLogin(ctx.identity),
  })
  const blob = commit.files.get(path) ?? ''
  const size = repo.git.blobs.get(blob)?.length ?? 0
  return {
    status: current ? 200 : 201,
    body: {
      content: {
        name: path.split('/').pop(),
        path,
        sha: blob,
        size,
        type: 'file',
        ...contentLinks(repo, path, blob, 'file', branch, ctx.rt.urls),
      },
      commit: commitPayload(ctx, repo, commit.sha),
    },
  }
}

/** `POST /repos/{owner}/{repo}/git/refs`: a branch (`refs/heads/…`) at an existing commit. */
function createRef(ctx: RequestContext) {
  const repo = repoFor(ctx, ['contents'], 'write')
  const ref = bodyText(ctx, 'ref', { required: true }) as string
  const sha = bodyText(ctx, 'sha', { required: true }) as string
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1]
  if (!branch) throw new HttpError(422, 'Reference name must start with refs/heads/ in the simulator')
  if (repo.git.branches.has(branch)) throw new HttpError(422, 'Reference already exists')
  if (!repo.git.resolve(sha, repo.defaultBranch) || sha.length !== 40)
    throw new HttpError(422, 'Object does not exist')
  repo.git.branches.set(branch, sha)
  const url = `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}/git/refs/heads/${branch}`
  const object = {
    sha,
    type: 'commit',
    url: `${ctx.rt.urls.api}/repos/${repo.owner.login}/${repo.name}/git/commits/${sha}`,
  }
  return {
    status: 201,
    body: { ref, node_id: Buffer.from(`Ref:${repo.id}:${ref}`).toString('base64'), url, object },
  }
}

/** `GET /users/{username}/repos`: the public repositories of a user (or organisation). */
function listUserRepos(ctx: RequestContext) {
  const { rt } = ctx
  const account = rt.state.core.accounts.get((ctx.params.username ?? '').toLowerCase())
  if (!account) throw notFound()
  const repos = rt.state.repos
    .list(account.login)
    .filter((r) => !r.private && canSee(ctx.identity, r, rt.state.installations))
    .sort(
      (a, b) =>
        (ctx.query.get('sort') === 'created' ? a.createdAt.localeCompare(b.createdAt) : 0) ||
        a.name.localeCompare(b.name),
    )
  if (ctx.query.get('direction') === 'desc') repos.reverse()
  const page = paginate(ctx, repos)
  return { headers: page.headers, body: page.items.map((r) => serializeRepo(r, rt.urls)) }
}

export const scenarioWriteRoutes: RouteMap = {
  'POST /orgs/{org}/repos': createOrgRepo,
  'PUT /repos/{owner}/{repo}/contents/{path}': putContent,
  'POST /repos/{owner}/{repo}/git/refs': createRef,
  'GET /users/{username}/repos': listUserRepos,
}
