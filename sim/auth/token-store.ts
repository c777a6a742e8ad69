import { createHash } from 'node:crypto'
import type { Account, PermissionLevel } from '../state/records.js'

export interface TokenRecord {
  token: string
  kind: 'installation' | 'actions' | 'user'
  account: Account
  installationId?: number
  /** null: a user's full access. */
  permissions: Record<string, PermissionLevel> | null
  /** null: every repository the account (or installation) can reach. */
  repositoryIds: Set<number> | null
  /**
   * An Actions job token issued without a repository: it belongs to the first repository a request
   * names (the job's own), and `repositoryIds` holds it from then on.
   */
  bindOnFirstUse?: boolean
  /** Real-time expiry in ms (installation tokens live one hour, as on GitHub). */
  expiresAt: number
}

/** Issued tokens. Token strings are derived from a counter, so runs are reproducible. */
export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>()
  private counter = 0

  constructor(private readonly seed: string) {}

  issue(record: Omit<TokenRecord, 'token'>): TokenRecord {
    const prefix = record.kind === 'user' ? 'ghp_' : 'ghs_'
    const hash = createHash('sha256').update(`${this.seed}:${++this.counter}`).digest('base64url')
    const token = prefix + hash.replace(/[-_]/g, 'x').slice(0, 36)
    const full = { ...record, token }
    this.tokens.set(token, full)
    return full
  }

  /** The live token record, or undefined when unknown, revoked or expired. */
  lookup(token: string): TokenRecord | undefined {
    const record = this.tokens.get(token)
    if (record && record.expiresAt <= Date.now()) return undefined
    return record
  }

  revoke(token: string): void {
    this.tokens.delete(token)
  }
}
