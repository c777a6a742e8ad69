import { isAdrPath } from '../core/adr/is-adr-path.js'
import { parseAdr } from '../core/adr/parse-adr.js'
import { validateAdr } from '../core/adr/validate-adr.js'
import { validateAdrSet } from '../core/adr/validate-adr-set.js'
import type { StrategyConfig } from '../core/config/config.schema.js'
import type { Finding } from '../core/findings.js'
import type { ChangedFile, PullRequestInfo } from '../core/types.js'
import type { GitHubGateway } from '../github/gateway.js'
import { parseAdrWithConfig, unreadable } from './audit-adrs.js'
import { mapConcurrently } from './map-concurrently.js'

/**
 * Validates the ADRs a pull request adds or changes, read at the head sha from the head repository
 * (as data; nothing is checked out). Duplicate numbers and supersession targets are checked against
 * every ADR path at head — one recursive tree request; unchanged ADRs are known by their file names.
 */
export async function checkChangedAdrs(p: {
  gateway: GitHubGateway
  pr: PullRequestInfo
  files: readonly ChangedFile[]
  config: StrategyConfig
  today: string
}): Promise<{ findings: Finding[]; checked: number }> {
  const { gateway, pr, config } = p
  const changed = p.files
    .filter((f) => f.status !== 'removed' && isAdrPath(f.path, config.adrs))
    .map((f) => f.path)
  if (changed.length === 0) return { findings: [], checked: 0 }
  const texts = await mapConcurrently(changed, 8, (path) =>
    gateway.getFileText(pr.headRepo, path, pr.headSha),
  )
  const findings: Finding[] = []
  const parsed = changed.flatMap((path, index) => {
    const text = texts[index]
    if (text === null || text === undefined) {
      findings.push(unreadable(path, `${pr.headRepo.owner}/${pr.headRepo.repo}@${pr.headSha.slice(0, 7)}`))
      return []
    }
    const adr = parseAdrWithConfig(path, text, config)
    findings.push(...adr.findings, ...validateAdr({ adr: adr.adr, config, today: p.today }))
    return [adr.adr]
  })
  const changedSet = new Set(changed)
  const tree = await gateway.listTree(pr.headRepo, pr.headSha)
  const others = tree.paths
    .filter((path) => !changedSet.has(path) && isAdrPath(path, config.adrs))
    .map((path) => parseAdr(path, '').adr)
  const setFindings = validateAdrSet({ adrs: [...parsed, ...others], config })
  findings.push(...setFindings.filter((f) => f.file !== undefined && changedSet.has(f.file)))
  return { findings, checked: parsed.length }
}
