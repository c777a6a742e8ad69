import { GraphQLError } from 'graphql'
import type { Identity } from '../auth/identity.js'
import { canSee } from '../auth/permissions.js'
import type { SimRuntime } from '../runtime.js'
import type { RepoRecord } from '../state/records.js'

/** What every resolver gets as `context`. */
export interface GqlContext {
  rt: SimRuntime
  identity: Identity
  /** `METHOD path` of the HTTP request, for violations. */
  request: string
  cost: { points: number; nodes: number }
  rate: { limit: number; remaining: number; used: number; reset: number }
}

/** A GraphQL error carrying GitHub's top-level `type` (`NOT_FOUND`, `FORBIDDEN`, …). */
export function typedError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } })
}

/** Whether the caller can see `repo` in GraphQL (same rules as REST). */
export function visible(ctx: GqlContext, repo: RepoRecord | undefined): repo is RepoRecord {
  return repo !== undefined && canSee(ctx.identity, repo, ctx.rt.state.installations)
}

/** Throws GitHub's FORBIDDEN error when a token lacks read access to `resource` (`issues`, `contents`, …). */
export function requireRead(ctx: GqlContext, resource: string): void {
  const granted = ctx.identity.permissions
  if (granted === null || granted[resource] !== undefined) return
  throw typedError('FORBIDDEN', 'Resource not accessible by integration')
}
