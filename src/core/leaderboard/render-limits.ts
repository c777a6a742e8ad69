/**
 * How much detail the renderer shows. `fitToBudget` lowers these step by step until the body fits.
 * Counts are always computed over everything; limits only shorten lists.
 */
export interface RenderLimits {
  /** Decision-log rows per theme. */
  decisionRows: number
  /** Stale ADRs listed per theme (and for ADRs without a theme); the counts stay. */
  staleRows: number
  /** Rows of "ADRs without a known theme" and "Repositories whose ADRs lack a theme". */
  unthemedRows: number
  /** Show the per-team table of merged pull requests. */
  pullTeams: boolean
  /** Team rows per migration. */
  teamRows: number
  /** Show the Mermaid burndown charts. */
  burndown: boolean
  /** Rows of each "Repositories not read" table. */
  unreadRows: number
  /** Repositories listed per migration under "Found in the code" (remaining ones first). */
  detectedRows: number
}

/** Everything shown. */
export const FULL_DETAIL: Readonly<RenderLimits> = {
  decisionRows: Infinity,
  staleRows: Infinity,
  unthemedRows: Infinity,
  pullTeams: true,
  teamRows: Infinity,
  burndown: true,
  unreadRows: Infinity,
  detectedRows: Infinity,
}

/** A "…and N more" line for a list cut at `shown` of `total` items, or '' when nothing was cut. */
export function moreLine(total: number, shown: number, what: string): string {
  const hidden = total - shown
  return hidden > 0 ? `_…and ${hidden} more ${what}, left out to fit GitHub's size limit._` : ''
}
