import semver from 'semver'
import type { Dependency, Ecosystem } from './dependency.js'
import { dependencyKey } from './dependency-key.js'
import { versionFloor } from './version-floor.js'

/**
 * How a dependency changed. `changed`: the version text differs but the versions cannot be ordered
 * (commit ids, digests, `latest`) or allow the same lowest version (`^1.2.0` → `~1.2.0`).
 */
export type DependencyChangeKind = 'added' | 'upgraded' | 'downgraded' | 'removed' | 'unchanged' | 'changed'

export interface DependencyChange {
  kind: DependencyChangeKind
  ecosystem: Ecosystem
  name: string
  /** The declaration before the change; null when added. */
  before: Dependency | null
  /** The declaration after the change; null when removed. */
  after: Dependency | null
}

function compareVersions(
  ecosystem: Ecosystem,
  before: string | null,
  after: string | null,
): DependencyChangeKind {
  if (before === after) return 'unchanged'
  const from = versionFloor(ecosystem, before)
  const to = versionFloor(ecosystem, after)
  if (from === null || to === null) return 'changed'
  const order = semver.compare(from, to)
  return order < 0 ? 'upgraded' : order > 0 ? 'downgraded' : 'changed'
}

function groupByKey(dependencies: readonly Dependency[]): Map<string, Dependency[]> {
  const groups = new Map<string, Dependency[]>()
  for (const dependency of dependencies) {
    const key = dependencyKey(dependency.ecosystem, dependency.name)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [dependency])
    else group.push(dependency)
  }
  return groups
}

function change(
  kind: DependencyChangeKind,
  before: Dependency | null,
  after: Dependency | null,
): DependencyChange {
  const { ecosystem, name } = (after ?? before) as Dependency
  return { kind, ecosystem, name, before, after }
}

/** Pairs the declarations of one package: equal versions first, then the rest in file order. */
function diffGroup(before: readonly Dependency[], after: readonly Dependency[]): DependencyChange[] {
  const left = [...before]
  const changes: DependencyChange[] = []
  const unmatched: Dependency[] = []
  for (const next of after) {
    const same = left.findIndex((previous) => previous.version === next.version)
    if (same === -1) unmatched.push(next)
    else changes.push(change('unchanged', left.splice(same, 1)[0] ?? null, next))
  }
  unmatched.forEach((next, i) => {
    const previous = left[i]
    const kind =
      previous === undefined ? 'added' : compareVersions(next.ecosystem, previous.version, next.version)
    changes.push(change(kind, previous ?? null, next))
  })
  for (const previous of left.slice(unmatched.length)) changes.push(change('removed', previous, null))
  return changes
}

/**
 * Compares two readings of a manifest per (ecosystem, name): each dependency is added, upgraded,
 * downgraded, removed, unchanged or changed. Versions are ordered with semver: ranges by their
 * lowest version (`semver.minVersion`), other versions through `semver.coerce` (Docker tags, Maven).
 * A package declared more than once (Docker stages, npm `peerDependencies` and `devDependencies`)
 * pairs equal versions first, then the rest in file order. Sorted by ecosystem, name, then line.
 */
export function diffManifests(
  before: readonly Dependency[],
  after: readonly Dependency[],
): DependencyChange[] {
  const old = groupByKey(before)
  const changes: DependencyChange[] = []
  for (const [key, next] of groupByKey(after)) {
    changes.push(...diffGroup(old.get(key) ?? [], next))
    old.delete(key)
  }
  for (const previous of old.values()) changes.push(...previous.map((p) => change('removed', p, null)))
  const lineOf = (c: DependencyChange) => (c.after ?? c.before)?.line ?? 0
  return changes.sort(
    (a, b) =>
      a.ecosystem.localeCompare(b.ecosystem) ||
      a.name.localeCompare(b.name, 'en', { numeric: true }) ||
      lineOf(a) - lineOf(b),
  )
}
