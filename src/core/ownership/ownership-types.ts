/** What the gateway read about a repository's owners, besides the config's `teams:`. */
import type { OwnershipSource } from '../config/config.schema.js'

export type { OwnershipSource }

/** Read from the repository's default branch (null: no file, or it names no team). */
export interface RepoOwnerFacts {
  /** The team slug of the default owner in CODEOWNERS (`payments` of `* @acme/payments`). */
  codeowners: string | null
  /** The group of `spec.owner` in `catalog-info.yaml`, normalised (`payments` of `group:default/payments`). */
  backstage: string | null
}

/** The organisation's custom property values, listed once per full refresh. */
export interface PropertyValues {
  /** The property read (`ownership.property`). */
  property: string
  /** Its value by repository name, lower case. */
  values: Record<string, string>
  /** Why the values could not be listed (e.g. the app lacks the permission), a plain sentence, or null. */
  problem: string | null
}

/** How the board names each source. */
export const SOURCE_LABELS: Record<OwnershipSource, string> = {
  config: 'config',
  property: 'custom property',
  codeowners: 'CODEOWNERS',
  backstage: 'catalog-info.yaml',
}
