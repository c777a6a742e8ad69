import { HttpError } from '../router/http-error.js'
import type { SimRuntime } from '../runtime.js'
import { ANONYMOUS, type Identity } from './identity.js'
import { looksLikeJwt, verifyAppJwt } from './jwt.js'

/**
 * Resolves an `Authorization` header (`token …`, `bearer …`) to an identity: an app JWT, an
 * installation token, an Actions-style token or a user token. No header is anonymous; anything
 * unknown, revoked or expired is 401 "Bad credentials", as on GitHub.
 */
export function authenticate(rt: SimRuntime, header: string | undefined): Identity {
  if (!header) return ANONYMOUS
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
  if (!match) throw new HttpError(401, 'Bad credentials')
  const token = match[1] as string
  const app = rt.state.app
  if (looksLikeJwt(token)) {
    verifyAppJwt(token, { id: app.id, clientId: app.clientId, publicKey: rt.appPublicKey })
    return {
      kind: 'app',
      account: null,
      permissions: {},
      repositoryIds: new Set(),
      rateKey: `app:${app.id}`,
      rateLabel: `app ID ${app.id}`,
    }
  }
  const record = rt.tokens.lookup(token)
  if (!record) throw new HttpError(401, 'Bad credentials')
  if (record.kind === 'installation') {
    const installation = rt.state.installations.get(record.installationId ?? -1)
    if (!installation) throw new HttpError(401, 'Bad credentials')
    return {
      kind: 'installation',
      account: record.account,
      installation,
      permissions: record.permissions,
      repositoryIds: record.repositoryIds,
      rateKey: `installation:${installation.id}`,
      rateLabel: `installation ID ${installation.id}`,
    }
  }
  return {
    kind: record.kind,
    account: record.account,
    permissions: record.permissions,
    repositoryIds: record.repositoryIds,
    ...(record.bindOnFirstUse && record.repositoryIds?.size === 0 ? { unbound: true } : {}),
    rateKey: `token:${record.token}`,
    rateLabel:
      record.kind === 'user' ? `user ID ${record.account.id}` : `installation ID ${record.account.id}`,
  }
}
