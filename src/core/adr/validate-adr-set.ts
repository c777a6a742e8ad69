import type { StrategyConfig } from '../config/config.schema.js'
import { finding, type Finding } from '../findings.js'
import type { Adr } from '../types.js'
import { onLine, quoteValue } from './adr-messages.js'
import { folderOf, indexAdrs, resolveAdrLink, type AdrIndex } from './resolve-adr-link.js'

export interface ValidateAdrSetParams {
  adrs: readonly Adr[]
  /** Accepted for symmetry with `validateAdr`; the set rules need no settings today. */
  config?: Pick<StrategyConfig, 'adrs'>
}

function duplicates(adrs: readonly Adr[]): Finding[] {
  const groups = new Map<string, Adr[]>()
  const highest = new Map<string, number>()
  for (const adr of adrs) {
    if (adr.number === null) continue
    const folder = folderOf(adr.path)
    const key = `${folder}\u0000${adr.number}`
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [adr])
    else group.push(adr)
    highest.set(folder, Math.max(highest.get(folder) ?? 0, adr.number))
  }
  const findings: Finding[] = []
  for (const group of groups.values()) {
    if (group.length < 2) continue
    for (const adr of group) {
      const others = group
        .filter((o) => o !== adr)
        .map((o) => `\`${o.path}\``)
        .join(', ')
      const next = (highest.get(folderOf(adr.path)) ?? 0) + 1
      const line = adr.lines.number ?? adr.lines.title ?? 1
      const message =
        `ADR \`${adr.path}\` has number ${adr.number}, like ${others}. ADR numbers must be unique within a folder: ` +
        `renumber one of them (the next free number is ${next}) and update the links to it.`
      findings.push(finding('ADR_DUPLICATE_NUMBER', 'error', message, { file: adr.path, line }))
    }
  }
  return findings
}

function brokenLinks(adr: Adr, index: AdrIndex): Finding[] {
  const references = [
    ...(adr.supersededBy === null
      ? []
      : [{ ref: adr.supersededBy, verb: 'is superseded by', line: adr.lines.supersededBy }]),
    ...adr.supersedes.map((ref) => ({ ref, verb: 'supersedes', line: adr.lines.supersedes })),
  ]
  const findings: Finding[] = []
  for (const { ref, verb, line } of references) {
    const resolved = resolveAdrLink(ref, adr.path, index)
    if (resolved.kind !== 'missing') continue
    const message =
      `ADR \`${adr.path}\` says it ${verb} ${quoteValue(ref)}${onLine(line)}, but there is no ${resolved.looked} among ` +
      'the ADRs. Link the other ADR by its file, relative to this one, e.g. `[ADR-0012](0012-newer-decision.md)`.'
    findings.push(finding('ADR_BROKEN_LINK', 'warning', message, { file: adr.path, line: line ?? 1 }))
  }
  return findings
}

/**
 * Checks a repository's ADRs together: ADR_DUPLICATE_NUMBER (error, on each file that shares a number
 * with another in the same folder) and ADR_BROKEN_LINK (warning: a superseded-by or supersedes
 * reference that names no ADR of the set; links resolve relative to the ADR's folder, `ADR-0012`
 * by number; URLs are not checked).
 */
export function validateAdrSet({ adrs }: ValidateAdrSetParams): Finding[] {
  const index = indexAdrs(adrs)
  return [...duplicates(adrs), ...adrs.flatMap((adr) => brokenLinks(adr, index))]
}
