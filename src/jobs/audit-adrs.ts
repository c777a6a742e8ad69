import { adrStaticRoots } from '../core/adr/adr-static-roots.js'
import { isAdrPath } from '../core/adr/is-adr-path.js'
import { parseAdr } from '../core/adr/parse-adr.js'
import { validateAdr } from '../core/adr/validate-adr.js'
import { validateAdrSet } from '../core/adr/validate-adr-set.js'
import type { StrategyConfig } from '../core/config/config.schema.js'
import { finding, sortFindings, type Finding } from '../core/findings.js'
import type { ParsedAdr } from '../core/types.js'
import { couldHoldAdrs } from '../github/could-hold-adrs.js'
import type { FileSource } from './file-source.js'

export interface AdrAudit {
  adrs: ParsedAdr[]
  findings: Finding[]
}

/**
 * Validates every ADR of a repository: each file on its own, then the set (duplicate numbers,
 * supersession links to ADRs that don't exist). Used by `push`/`workflow_dispatch` and `strategy-trace check`.
 */
export async function auditAdrs(p: {
  source: FileSource
  config: StrategyConfig
  today: string
}): Promise<AdrAudit> {
  const { adrs: settings } = p.config
  const couldHold = (folder: string) => couldHoldAdrs(folder, settings)
  const listed = await p.source.listFilesUnder(adrStaticRoots(settings), { couldHold })
  const paths = listed.filter((path) => isAdrPath(path, settings)).sort()
  const texts = await p.source.readFiles(paths)
  const adrs: ParsedAdr[] = []
  const findings: Finding[] = []
  for (const [index, path] of paths.entries()) {
    const text = texts[index] ?? null
    if (text === null) {
      findings.push(unreadable(path, p.source.label))
      continue
    }
    const parsed = parseAdrWithConfig(path, text, p.config)
    adrs.push(parsed)
    findings.push(...parsed.findings, ...validateAdr({ adr: parsed.adr, config: p.config, today: p.today }))
  }
  findings.push(...validateAdrSet({ adrs: adrs.map((a) => a.adr), config: p.config }))
  return { adrs, findings: sortFindings(findings) }
}

/** `parseAdr` with the configured statuses and synonyms. */
export function parseAdrWithConfig(path: string, text: string, config: StrategyConfig): ParsedAdr {
  return parseAdr(path, text, { statuses: config.adrs.statuses, synonyms: config.adrs.status_synonyms })
}

/** A listed ADR whose content could not be read (deleted meanwhile, or a submodule/symlink). */
export function unreadable(path: string, where: string): Finding {
  const message = `ADR ${path} is listed in ${where} but its content could not be read. Check that it is a regular file.`
  return finding('ADR_UNREADABLE', 'error', message, { file: path })
}
