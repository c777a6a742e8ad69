import { adrStaticRoots } from '../core/adr/adr-static-roots.js'
import { isAdrPath } from '../core/adr/is-adr-path.js'
import { parseAdr } from '../core/adr/parse-adr.js'
import { validateAdr } from '../core/adr/validate-adr.js'
import { validateAdrSet } from '../core/adr/validate-adr-set.js'
import type { StrategyConfig } from '../core/config/config.schema.js'
import type { Finding } from '../core/findings.js'
import type { ChangedFile } from '../core/types.js'
import { couldHoldAdrs } from '../github/could-hold-adrs.js'
import { parseAdrWithConfig, unreadable } from './audit-adrs.js'
import type { FileSource } from './file-source.js'

/**
 * Validates the ADRs a pull request adds or changes, read from `head` (the head commit, as data;
 * nothing is checked out). Duplicate numbers and supersession targets are checked against every ADR
 * path at head below the ADR folders; unchanged ADRs are known by their file names. The texts and the
 * listing are asked for together: through the API they are one batch (often already read ahead).
 */
export async function checkChangedAdrs(p: {
  head: FileSource
  files: readonly ChangedFile[]
  config: StrategyConfig
  today: string
}): Promise<{ findings: Finding[]; checked: number }> {
  const { head, config } = p
  const changed = p.files
    .filter((f) => f.status !== 'removed' && isAdrPath(f.path, config.adrs))
    .map((f) => f.path)
  if (changed.length === 0) return { findings: [], checked: 0 }
  const couldHold = (folder: string) => couldHoldAdrs(folder, config.adrs)
  const [texts, listed] = await Promise.all([
    head.readFiles(changed),
    // With texts: the same listing gives the decisions that govern the change (find-governing.ts).
    head.listFilesUnder(adrStaticRoots(config.adrs), { couldHold, withTexts: true }),
  ])
  const findings: Finding[] = []
  const parsed = changed.flatMap((path, index) => {
    const text = texts[index]
    if (text === null || text === undefined) {
      findings.push(unreadable(path, head.label))
      return []
    }
    const adr = parseAdrWithConfig(path, text, config)
    findings.push(...adr.findings, ...validateAdr({ adr: adr.adr, config, today: p.today }))
    return [adr.adr]
  })
  const changedSet = new Set(changed)
  const others = listed
    .filter((path) => !changedSet.has(path) && isAdrPath(path, config.adrs))
    .map((path) => parseAdr(path, '').adr)
  const setFindings = validateAdrSet({ adrs: [...parsed, ...others], config })
  findings.push(...setFindings.filter((f) => f.file !== undefined && changedSet.has(f.file)))
  return { findings, checked: parsed.length }
}
