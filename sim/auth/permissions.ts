import { HttpError, notAccessible, notFound } from '../router/http-error.js'
import type { InstallationsApi } from '../state/installations-api.js'
import type { PermissionLevel, RepoRecord } from '../state/records.js'
import type { Identity } from './identity.js'

const RANK: Record<PermissionLevel, number> = { read: 1, write: 2, admin: 3 }

/**
 * A request that names a repository binds a job token issued without one to it: a workflow's
 * `GITHUB_TOKEN` reads and writes only the repository the workflow runs in.
 */
export function bindJobRepository(identity: Identity, repo: RepoRecord): void {
  if (!identity.unbound || !identity.repositoryIds) return
  identity.repositoryIds.add(repo.id)
  identity.unbound = false
}

/** Whether the identity can see the repository at all (GitHub answers 404 otherwise, not 403). */
export function canSee(identity: Identity, repo: RepoRecord, installations: InstallationsApi): boolean {
  if (identity.kind === 'app') return false
  // Any token reads public repositories, as on GitHub (e.g. a job token following `_extends: .github`).
  return !repo.private || inScope(identity, repo, installations)
}

/** Whether the repository is one the token was issued for (writes need that, even on public ones). */
function inScope(identity: Identity, repo: RepoRecord, installations: InstallationsApi): boolean {
  switch (identity.kind) {
    case 'anonymous':
    case 'app':
      return false
    case 'installation':
      return (
        identity.installation !== undefined &&
        installations.covers(identity.installation, repo) &&
        (identity.repositoryIds === null || identity.repositoryIds.has(repo.id))
      )
    default:
      return identity.repositoryIds === null || identity.repositoryIds.has(repo.id)
  }
}

/**
 * Throws GitHub's answer when the identity may not use `resources` (any one suffices) at `level` on
 * `repo`: 404 when it cannot see the repository, 403 "Resource not accessible by integration" when the
 * permission is missing, 403 for writes to archived repositories, 401 for anonymous writes.
 */
export function requireRepoPermission(
  identity: Identity,
  repo: RepoRecord,
  installations: InstallationsApi,
  resources: string[],
  level: 'read' | 'write',
): void {
  if (identity.kind === 'app') {
    throw new HttpError(401, 'A JSON web token can only call /app endpoints; use an installation token')
  }
  bindJobRepository(identity, repo)
  if (!canSee(identity, repo, installations)) throw notFound()
  if (identity.kind === 'anonymous') {
    if (level === 'write') throw new HttpError(401, 'Requires authentication')
    return
  }
  if (level === 'write' && !inScope(identity, repo, installations)) throw notAccessible()
  if (level === 'write' && repo.archived) throw new HttpError(403, 'Repository was archived so is read-only.')
  const granted = identity.permissions
  if (granted === null) return
  if (level === 'read' && resources.includes('metadata')) return
  const ok = resources.some((resource) => {
    const grant = granted[resource]
    return grant !== undefined && RANK[grant] >= RANK[level]
  })
  if (!ok) throw notAccessible()
}
