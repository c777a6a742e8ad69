/**
 * The Octokit shape the gateway needs, typed structurally (type-only imports) so the Action's
 * `getOctokit(...)` client and Probot's `context.octokit` both fit without bundling two Octokits.
 */
import type { Octokit } from '@octokit/core'
import type { PaginateInterface } from '@octokit/plugin-paginate-rest'
import type { Api } from '@octokit/plugin-rest-endpoint-methods'

export type GatewayOctokit = Octokit & Api & { paginate: PaginateInterface }
