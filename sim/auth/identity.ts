import type { Account, InstallationRecord, PermissionLevel } from '../state/records.js'

export type IdentityKind = 'app' | 'installation' | 'actions' | 'user' | 'anonymous'

/** Who a request acts as, and what it may reach. */
export interface Identity {
  kind: IdentityKind
  /** The account writes are attributed to (`<slug>[bot]`, `github-actions[bot]`, a user); null for JWTs and anonymous. */
  account: Account | null
  installation?: InstallationRecord
  /** Granted permissions; null means a user's full access. */
  permissions: Record<string, PermissionLevel> | null
  /** Repositories the token may reach; null means every repository its account can see. */
  repositoryIds: Set<number> | null
  /** An Actions job token not bound to its repository yet (see `TokenRecord.bindOnFirstUse`). */
  unbound?: boolean
  /** Key of the rate-limit bucket. */
  rateKey: string
  /** How rate-limit messages name the bucket: `installation ID 42`, `user ID 7`. */
  rateLabel: string
}

export const ANONYMOUS: Identity = {
  kind: 'anonymous',
  account: null,
  permissions: {},
  repositoryIds: null,
  rateKey: 'anonymous',
  rateLabel: '127.0.0.1',
}
