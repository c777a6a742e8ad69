/** The package ecosystems whose manifests Strategy Trace reads. */
export const ECOSYSTEMS = [
  'npm',
  'pypi',
  'go',
  'maven',
  'gradle',
  'nuget',
  'cargo',
  'docker',
  'actions',
] as const

export type Ecosystem = (typeof ECOSYSTEMS)[number]

/** One dependency declared in a manifest, in the same shape for every ecosystem. */
export interface Dependency {
  ecosystem: Ecosystem
  /** As the ecosystem names it: `lodash`, `org.slf4j:slf4j-api`, `node` (image, no tag), `actions/checkout`. */
  name: string
  /** As written: an exact version (`1.2.3`, a tag, a git ref) or a range (`^1.2`, `>=2,<3`); null when absent. */
  version: string | null
  /** 1-based line of the declaration in the manifest. */
  line: number
}

/** What a manifest holds: its ecosystem and its dependencies in file order. */
export interface Manifest {
  ecosystem: Ecosystem
  dependencies: Dependency[]
}
