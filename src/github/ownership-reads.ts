/**
 * Reads of where GitHub already records a repository's team (issue 15, "teams from where ownership
 * already lives"): CODEOWNERS and `catalog-info.yaml` on the default branch, as fields of the batched
 * repository query (blob texts by expression: no extra request), and the organisation's custom
 * property values, one paginated REST listing (100 repositories a page) per full refresh.
 */
import type { OwnershipConfig } from '../core/config/config.schema.js'
import type { Logger } from '../core/logger.js'
import { findCatalogOwner } from '../core/ownership/read-catalog-owner.js'
import { findCodeownersTeam } from '../core/ownership/read-codeowners.js'
import type { PropertyValues, RepoOwnerFacts } from '../core/ownership/ownership-types.js'
import type { OrgSnapshot } from '../core/types.js'
import { statusOf, toGitHubError } from './errors.js'
import type { GatewayOctokit } from './octokit-types.js'
import type { InstallationState } from './snapshot-cache.js'

/** Where GitHub looks for CODEOWNERS, in its order: the first file found is the one in force. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const
export const CATALOG_PATH = 'catalog-info.yaml'

/** Whether the batch query reads CODEOWNERS and the catalog file (only when a source needs them). */
export function readsOwnerFiles(ownership: OwnershipConfig): boolean {
  return ownership.sources.includes('codeowners') || ownership.sources.includes('backstage')
}

/** The files a push may change that the board reads for ownership (none unless a source needs them). */
export function ownerFilesRead(ownership: OwnershipConfig): string[] {
  return readsOwnerFiles(ownership) ? [...CODEOWNERS_PATHS, CATALOG_PATH] : []
}

/** The batch query's fields for one repository (constant expressions: no user value in the document). */
export const OWNER_FIELDS = [...CODEOWNERS_PATHS, CATALOG_PATH]
  .map((path, k) => `own${k}: object(expression: "HEAD:${path}") { ... on Blob { text } }`)
  .join(' ')

/** The owners named by a repository node of the batch query. */
export function ownerFactsOf(node: Record<string, unknown>): RepoOwnerFacts {
  const texts = [...CODEOWNERS_PATHS, CATALOG_PATH].map((_, k) => {
    const blob = node[`own${k}`] as { text?: unknown } | null | undefined
    return typeof blob?.text === 'string' ? blob.text : null
  })
  const codeowners = texts.slice(0, CODEOWNERS_PATHS.length).find((text) => text !== null) ?? null
  return {
    codeowners: findCodeownersTeam(codeowners)?.slug ?? null,
    backstage: findCatalogOwner(texts[CODEOWNERS_PATHS.length] ?? null),
  }
}

type RawPropertyValues = {
  repository_name: string
  properties: { property_name: string; value: string | string[] | null }[]
}

/**
 * The value of `property` for every repository of the org that has one (`GET /orgs/{org}/properties/values`,
 * 100 a page). Without the permission (403) or on a user account (404) the refresh goes on without
 * them, and the board says why.
 */
export async function listPropertyValues(p: {
  octokit: GatewayOctokit
  logger: Logger
  org: string
  property: string
}): Promise<PropertyValues> {
  const values: Record<string, string> = {}
  try {
    const raw = (await p.octokit.paginate('GET /orgs/{org}/properties/values', {
      org: p.org,
      per_page: 100,
    })) as RawPropertyValues[]
    for (const repo of raw) {
      const found = repo.properties.find((entry) => entry.property_name === p.property)?.value
      const value = Array.isArray(found) ? found[0] : found
      if (typeof value === 'string' && value.trim() !== '') values[repo.repository_name.toLowerCase()] = value
    }
    return { property: p.property, values, problem: null }
  } catch (error) {
    const status = statusOf(error)
    if (status !== 403 && status !== 404)
      throw toGitHubError(error, 'list the custom property values of', p.org)
    const problem = `GitHub answered ${status}. Give the app the organisation permission Custom properties, read, or list the teams another way; meanwhile teams come from the other sources.`
    p.logger.warn(`The custom property "${p.property}" of ${p.org} could not be read: ${problem}`)
    return { property: p.property, values, problem }
  }
}

/** Lists the values when `property` is a source (full refreshes only) and remembers them. */
export async function refreshPropertyValues(p: {
  octokit: GatewayOctokit
  logger: Logger
  state: InstallationState
  ownership: OwnershipConfig
}): Promise<void> {
  if (!p.ownership.sources.includes('property')) {
    delete p.state.properties
    return
  }
  const values = await listPropertyValues({ ...p, org: p.state.org, property: p.ownership.property })
  // Kept in the installation state (plain data, so a shared snapshot store carries it to every
  // instance): an event refresh reuses the values of the last full refresh.
  p.state.properties = values
}

/** The snapshot with the remembered property values, when there are any for the property configured. */
export function withPropertyValues(
  state: InstallationState,
  ownership: OwnershipConfig,
  snapshot: OrgSnapshot,
): OrgSnapshot {
  const values = state.properties
  if (!values || !ownership.sources.includes('property') || values.property !== ownership.property)
    return snapshot
  return { ...snapshot, properties: values }
}
