/**
 * The owner of a repository in its Backstage descriptor (`catalog-info.yaml` at the root), which may
 * hold several YAML documents (`---`). The first entity with a string `spec.owner` wins, a `Component`
 * before other kinds. Backstage writes owners as entity references: `group:default/payments`,
 * `group:payments` or just `payments` all name the group `payments`; a `user:` owner names no team.
 */
import { parseAllDocuments } from 'yaml'

/** Longer descriptors are not read (real ones are a few hundred bytes). */
export const MAX_CATALOG_CHARS = 256 * 1024
/** Alias expansion allowed while reading (a "billion laughs" file is skipped). */
const MAX_ALIASES = 50

/**
 * The group slug named by `spec.owner`, lower case, or null (no file, not YAML, no owner, a user).
 *
 * @example findCatalogOwner('kind: Component\nspec:\n  owner: group:default/Payments\n') // 'payments'
 */
export function findCatalogOwner(text: string | null): string | null {
  if (text === null || text.length > MAX_CATALOG_CHARS) return null
  const owners: { kind: unknown; owner: string }[] = []
  try {
    for (const doc of parseAllDocuments(text, { uniqueKeys: false })) {
      if ('empty' in doc || doc.errors.length > 0) continue
      const entity = doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown
      const owner = ownerOf(entity)
      if (owner !== null) owners.push({ kind: (entity as { kind?: unknown }).kind, owner })
    }
  } catch {
    return null // an alias bomb or a circular alias: not a descriptor to trust
  }
  const chosen = owners.find((entry) => entry.kind === 'Component') ?? owners[0]
  return chosen ? normaliseOwner(chosen.owner) : null
}

function ownerOf(entity: unknown): string | null {
  if (typeof entity !== 'object' || entity === null) return null
  const spec = (entity as { spec?: unknown }).spec
  if (typeof spec !== 'object' || spec === null) return null
  const owner = (spec as { owner?: unknown }).owner
  return typeof owner === 'string' && owner.trim() !== '' ? owner.trim() : null
}

/** `group:default/payments`, `group:payments`, `default/payments` and `payments` → `payments`; users → null. */
export function normaliseOwner(reference: string): string | null {
  const colon = reference.indexOf(':')
  const kind = colon === -1 ? 'group' : reference.slice(0, colon).toLowerCase()
  if (kind !== 'group') return null
  const rest = colon === -1 ? reference : reference.slice(colon + 1)
  const name = rest.slice(rest.lastIndexOf('/') + 1).trim()
  return name === '' ? null : name.toLowerCase()
}
