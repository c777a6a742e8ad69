import { MARKERS } from './markers.js'

/**
 * The sticky comment once every earlier finding is fixed. Only used when a comment already exists:
 * a pull request that never had findings gets no comment at all.
 *
 * @example renderAllClearComment() // '<!-- strategy-trace:pr-check -->\n✅ **Strategy Trace**: all clear…'
 */
export function renderAllClearComment(): string {
  return `${MARKERS.prCheck}\n✅ **Strategy Trace**: all clear. Everything reported earlier is fixed.\n`
}
