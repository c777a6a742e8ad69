/** A PEP 508 requirement: its name and its version specifier (null when absent or a URL). */
export interface Requirement {
  name: string
  version: string | null
}

const REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/

/**
 * Reads one PEP 508 requirement (`requests[socks]>=2.31,<3 ; python_version >= "3.8"`): extras and
 * markers are dropped; a single `==` pin gives the bare version, any other specifier stays as written
 * without spaces; `name @ url` has no version. Null when the text is not a requirement.
 */
export function parseRequirement(text: string): Requirement | null {
  const match = REQUIREMENT.exec(text.trim())
  if (match === null) return null
  const name = match[1] ?? ''
  const rest = (match[2] ?? '').split(';')[0]?.trim() ?? ''
  if (rest.startsWith('@')) return { name, version: null }
  const spec = rest.replace(/^\((.*)\)$/, '$1').replace(/\s+/g, '')
  if (spec === '') return { name, version: null }
  if (!/^(?:===?|~=|!=|>=?|<=?)/.test(spec)) return null
  const pin = /^===?([^,*]+)$/.exec(spec)
  return { name, version: pin?.[1] ?? spec }
}
