import type { Ecosystem } from '../manifests/dependency.js'

/** Technology-radar rings: `hold` and `retire` are reported when a pull request adds or upgrades them. */
export const TECHNOLOGY_RINGS = ['adopt', 'trial', 'assess', 'hold', 'retire'] as const

export type TechnologyRing = (typeof TECHNOLOGY_RINGS)[number]

/** One entry of the config's `technologies:` list. */
export interface Technology {
  /** The package as its ecosystem names it: `moment`, `org.apache.logging.log4j:log4j-core`, `node`. */
  name: string
  ecosystem: Ecosystem
  /** Which versions the entry covers (`<2`, `^1.0.0`); all versions when absent. */
  range?: string
  ring: TechnologyRing
  /** The strategic theme the decision belongs to. */
  theme?: string
  /** Link to the ADR that placed the technology in its ring. */
  decision?: string
  /** The recommended alternative. */
  instead?: string
}

/** An accepted ADR's permission to keep using a technology in some paths. */
export interface TechnologyException {
  /** The `name` of the technology entry it applies to. */
  technology: string
  /** minimatch globs over repository-relative manifest paths (`!` excludes). */
  paths: string[]
  /** The ADR that grants it. */
  adr: string
}

/** An exception that turned a finding off, so the comment can say so. */
export interface GrantedException {
  technology: string
  /** The manifest path it matched. */
  path: string
  adr: string
}
