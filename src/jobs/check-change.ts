import type { StrategyConfig } from '../core/config/config.schema.js'
import { outdatedAreaFindings, type GoverningReport } from '../core/decisions/governing-decisions.js'
import type { Finding } from '../core/findings.js'
import type { ChangedFile } from '../core/types.js'
import { checkChangedAdrs } from './check-changed-adrs.js'
import { checkTechnologies } from './check-technologies.js'
import type { FileSource } from './file-source.js'
import { governingOf, readDecisionRecords, touchedPaths } from './find-governing.js'

/**
 * What a change's files say, beyond its theme — shared by the pull request check and
 * `strategy-trace check --changed-from`: the changed ADRs, the decisions governing the changed files
 * (with DECISION_SUPERSEDED_AREA) and the technology guidelines (manifests at `base` against `head`).
 * Exceptions count only from ADRs the change leaves as they are, so a change cannot grant itself one.
 */
export async function checkChangeContent(p: {
  base: FileSource
  head: FileSource
  files: readonly ChangedFile[]
  config: StrategyConfig
  today: string
}): Promise<{ findings: Finding[]; adrsChecked: number; governing: GoverningReport }> {
  const { base, head, files, config } = p
  const [adrs, records] = await Promise.all([
    checkChangedAdrs({ head, files, config, today: p.today }),
    readDecisionRecords(head, config),
  ])
  const touched = touchedPaths(files)
  const governing = governingOf(records, touched, config)
  const changed = new Set(touched)
  const unchanged = records.filter((adr) => !changed.has(adr.path))
  const technologies = await checkTechnologies({ base, head, files, config, adrs: unchanged })
  return {
    findings: [...adrs.findings, ...outdatedAreaFindings(governing), ...technologies],
    adrsChecked: adrs.checked,
    governing,
  }
}
