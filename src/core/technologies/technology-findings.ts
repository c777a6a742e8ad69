import { finding, type Finding, type Severity } from '../findings.js'
import { pathMatcher } from '../decisions/path-globs.js'
import type { DependencyChange } from '../manifests/diff-manifests.js'
import { dependencyKey, normalizeName } from '../manifests/dependency-key.js'
import type { Dependency } from '../manifests/dependency.js'
import { coversVersion } from './covers-version.js'
import type { GrantedException, Technology, TechnologyException } from './technology.js'

export interface TechnologySeverities {
  /** For `TECH_HOLD`; `warning` by default. */
  hold: Severity
  /** For `TECH_RETIRED`; `error` by default. */
  retire: Severity
}

export interface TechnologyFindingsInput {
  /** `diffManifests(before, after)` of one manifest. */
  changes: readonly DependencyChange[]
  technologies: readonly Technology[]
  exceptions: readonly TechnologyException[]
  /** Repository-relative path of the manifest. */
  path: string
  severities?: Partial<TechnologySeverities>
}

export interface TechnologyFindings {
  findings: Finding[]
  granted: GrantedException[]
}

/** Whether an exception's `technology` names this entry (with the ecosystem's case and spelling rules). */
function sameName(technology: Technology, name: string): boolean {
  return normalizeName(technology.ecosystem, technology.name) === normalizeName(technology.ecosystem, name)
}

/** Changes that invest in a dependency: `removed` and `downgraded` never count. */
const REPORTED = new Set(['added', 'upgraded', 'changed'])

function describe(change: DependencyChange, after: Dependency): string {
  const version = (d: Dependency | null) => (d?.version === null || d === null ? '' : ` ${d.version}`)
  if (change.kind === 'added') return `adds \`${after.name}\`${version(after)}`
  const verb = change.kind === 'upgraded' ? 'upgrades' : 'changes'
  return `${verb} \`${after.name}\` from${version(change.before) || ' an unpinned version'} to${version(after) || ' an unpinned version'}`
}

function message(technology: Technology, change: DependencyChange, after: Dependency, path: string): string {
  const ring = technology.ring === 'hold' ? 'on hold' : 'retired'
  const covered = technology.range === undefined ? '' : ` (versions ${technology.range})`
  const decision = technology.decision === undefined ? '' : ` (decision: ${technology.decision})`
  const parts = [
    `\`${path}\` line ${after.line} ${describe(change, after)}, but \`${technology.name}\`${covered} is ${ring}${decision}.`,
    technology.instead === undefined ? '' : `Use \`${technology.instead}\` instead.`,
    'To keep it here, list this path under `exceptions:` in an accepted ADR.',
  ]
  return parts.filter((part) => part !== '').join(' ')
}

/**
 * Technology guidelines for one manifest's changes: adding, upgrading (or changing to an unordered
 * version, such as another commit id) a technology on `hold` gives `TECH_HOLD`, one to `retire` gives
 * `TECH_RETIRED`, each naming the manifest line, the decision and the alternative. Removing or
 * downgrading is never reported. A technology's `range` limits the versions it covers; an exception
 * whose `paths` match the manifest path turns the finding off and is listed in `granted`.
 */
export function technologyFindings(input: TechnologyFindingsInput): TechnologyFindings {
  const severities: TechnologySeverities = { hold: 'warning', retire: 'error', ...input.severities }
  const flagged = input.technologies.filter((t) => t.ring === 'hold' || t.ring === 'retire')
  const findings: Finding[] = []
  const granted: GrantedException[] = []
  for (const change of input.changes) {
    const after = change.after
    if (after === null || !REPORTED.has(change.kind)) continue
    const key = dependencyKey(after.ecosystem, after.name)
    for (const technology of flagged) {
      if (dependencyKey(technology.ecosystem, technology.name) !== key) continue
      if (!coversVersion(technology.range, after)) continue
      const exception = input.exceptions.find(
        (e) => sameName(technology, e.technology) && pathMatcher(e.paths).match(input.path) !== null,
      )
      if (exception !== undefined) {
        if (!granted.some((g) => g.technology === technology.name && g.adr === exception.adr)) {
          granted.push({ technology: technology.name, path: input.path, adr: exception.adr })
        }
        continue
      }
      const [code, severity] =
        technology.ring === 'hold'
          ? (['TECH_HOLD', severities.hold] as const)
          : (['TECH_RETIRED', severities.retire] as const)
      findings.push(
        finding(code, severity, message(technology, change, after, input.path), {
          file: input.path,
          line: after.line,
        }),
      )
    }
  }
  return { findings, granted }
}
