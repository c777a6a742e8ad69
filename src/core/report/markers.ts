/**
 * Hidden markers that identify what Strategy Trace wrote, so it finds and updates its own comment
 * and tracking issue instead of adding new ones. This module owns both writing and reading them.
 */
export const MARKERS = {
  prCheck: '<!-- strategy-trace:pr-check -->',
  leaderboard: '<!-- strategy-trace:leaderboard -->',
} as const

export type Marker = (typeof MARKERS)[keyof typeof MARKERS]

/**
 * True when `marker` stands on a line of its own in `body` (surrounding spaces allowed). A marker
 * quoted in a reply (`> <!-- … -->`) or mentioned inside a sentence does not count.
 *
 * @example hasMarker(`${MARKERS.prCheck}\nAll clear.`, MARKERS.prCheck) // true
 */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false
  return body.split(/\r\n|\r|\n/).some((line) => line.trim() === marker)
}
