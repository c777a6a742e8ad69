import type { StrategyConfig } from '../core/config/config.schema.js'
import { finding, type Finding } from '../core/findings.js'
import { diffManifests } from '../core/manifests/diff-manifests.js'
import { manifestReader, readManifest } from '../core/manifests/read-manifest.js'
import type { TechnologyException } from '../core/technologies/technology.js'
import { technologyFindings } from '../core/technologies/technology-findings.js'
import type { Adr, ChangedFile } from '../core/types.js'
import type { FileSource } from './file-source.js'

/** Changed files that are dependency manifests (package.json, go.mod, Dockerfile, workflows, …). */
export function changedManifests(files: readonly ChangedFile[]): ChangedFile[] {
  return files.filter((file) => file.status !== 'removed' && manifestReader(file.path) !== null)
}

/**
 * The technology guidelines on a pull request: each changed manifest is read at base and head, its
 * dependencies compared, and every technology on `hold` or `retire` that the change adds or upgrades
 * is reported, unless an accepted ADR's `exceptions:` allows it in that path (then a notice says so).
 * Removing or downgrading is never reported. Reads only the changed manifests, in one batch (the
 * read-ahead usually holds them already).
 */
export async function checkTechnologies(p: {
  base: FileSource
  head: FileSource
  files: readonly ChangedFile[]
  config: StrategyConfig
  adrs: readonly Adr[]
}): Promise<Finding[]> {
  const { config } = p
  if (config.technologies.length === 0) return []
  const manifests = changedManifests(p.files)
  if (manifests.length === 0) return []
  const [after, before] = await Promise.all([
    p.head.readFiles(manifests.map((f) => f.path)),
    Promise.all(
      manifests.map((f) => (f.status === 'added' ? null : p.base.readFile(f.previousPath ?? f.path))),
    ),
  ])
  const exceptions: TechnologyException[] = p.adrs.flatMap((adr) =>
    adr.status === 'accepted' ? (adr.exceptions ?? []).map((e) => ({ ...e, adr: adr.path })) : [],
  )
  const findings: Finding[] = []
  manifests.forEach((file, i) => {
    const text = after[i]
    if (typeof text !== 'string') return
    const old = before[i]
    const changes = diffManifests(
      typeof old === 'string' ? (readManifest(file.path, old)?.dependencies ?? []) : [],
      readManifest(file.path, text)?.dependencies ?? [],
    )
    const result = technologyFindings({
      changes,
      technologies: config.technologies,
      exceptions,
      path: file.path,
      severities: { hold: config.pull_requests.hold_severity, retire: config.pull_requests.retire_severity },
    })
    findings.push(...result.findings)
    for (const granted of result.granted) {
      const message = `\`${granted.technology}\` in \`${granted.path}\` is allowed here by the exceptions of ${granted.adr}, despite its ring.`
      findings.push(finding('TECH_EXCEPTION', 'notice', message, { file: granted.path }))
    }
  })
  return findings
}
