/**
 * The first `max` lines of `text`; CRLF, CR and LF each end a line. Reads no further than those
 * lines, so a megabyte of line breaks costs as little as the lines kept (`split` would build them all).
 *
 * @example splitLines('a\r\nb\rc\nd', 3) // ['a', 'b', 'c']
 */
export function splitLines(text: string, max: number): string[] {
  const lines: string[] = []
  let start = 0
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  while (lines.length < max) {
    const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr)
    if (end === -1) {
      lines.push(text.slice(start))
      break
    }
    lines.push(text.slice(start, end))
    start = end + (end === cr && lf === end + 1 ? 2 : 1)
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start)
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
  }
  return lines
}
