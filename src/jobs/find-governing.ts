import { adrStaticRoots } from '../core/adr/adr-static-roots.js'
import { isAdrPath } from '../core/adr/is-adr-path.js'
import type { StrategyConfig } from '../core/config/config.schema.js'
import {
  decisionsFromAdrs,
  decisionsFromConfig,
  governingDecisions,
  type GoverningReport,
} from '../core/decisions/governing-decisions.js'
import type { Adr, ChangedFile } from '../core/types.js'
import { couldHoldAdrs } from '../github/could-hold-adrs.js'
import { parseAdrWithConfig } from './audit-adrs.js'
import type { FileSource } from './file-source.js'

export const NO_GOVERNING: GoverningReport = { governing: [], underDiscussion: [], outdated: [], perPath: [] }

/**
 * The decisions that govern `paths` in a tree: every ADR under the configured ADR globs that lists
 * `affects`, plus the config's org-wide `decisions:`. The ADR folders are listed with their texts,
 * so through the API this is one query (often the pull request's read-ahead already holds it).
 */
export async function findGoverning(p: {
  source: FileSource
  paths: readonly string[]
  config: StrategyConfig
}): Promise<GoverningReport> {
  const adrs = await readDecisionRecords(p.source, p.config)
  return governingOf(adrs, p.paths, p.config)
}

/** The decisions among `adrs` (and the config's) that govern `paths`. */
export function governingOf(
  adrs: readonly Adr[],
  paths: readonly string[],
  config: StrategyConfig,
): GoverningReport {
  const decisions = [...decisionsFromAdrs(adrs, config.themes), ...decisionsFromConfig(config)]
  if (decisions.length === 0) return NO_GOVERNING
  return governingDecisions({ decisions, paths })
}

/**
 * Every ADR under the configured ADR globs of a tree, parsed. The folders are listed with their texts,
 * so through the API this is one query (often the pull request's read-ahead already holds it).
 */
export async function readDecisionRecords(source: FileSource, config: StrategyConfig): Promise<Adr[]> {
  const couldHold = (folder: string) => couldHoldAdrs(folder, config.adrs)
  const listed = await source.listFilesUnder(adrStaticRoots(config.adrs), { couldHold, withTexts: true })
  const adrPaths = listed.filter((path) => isAdrPath(path, config.adrs))
  const texts = await source.readFiles(adrPaths)
  return adrPaths.flatMap((path, i) => {
    const text = texts[i]
    return typeof text === 'string' ? [parseAdrWithConfig(path, text, config).adr] : []
  })
}

/** The paths a pull request touches: every changed file, and a renamed file's old path too. */
export function touchedPaths(files: readonly ChangedFile[]): string[] {
  return files.flatMap((file) => (file.previousPath ? [file.path, file.previousPath] : [file.path]))
}
