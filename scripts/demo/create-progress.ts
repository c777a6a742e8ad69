/** How the demo tells what it is doing: numbered steps stamped with the time since the start. */
export interface Progress {
  /** A step heading: `[ 1.2s] 2/5 Running the bundled Action…`. */
  step(title: string): void
  /** A line under the current step. */
  info(line: string): void
  /** Text shown as quoted, e.g. a comment as a reviewer reads it. */
  quote(text: string): void
  /** Seconds since the start, one decimal. */
  seconds(): string
}

const INDENT = '        '

/** Writes progress to `write` (stdout by default); `steps` is the number of steps announced. */
export function createProgress(
  steps: number,
  write: (text: string) => void = (text) => void process.stdout.write(text),
): Progress {
  const started = performance.now()
  let current = 0
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1)
  return {
    step(title) {
      current += 1
      write(`\n[${seconds().padStart(5)}s] ${current}/${steps} ${title}\n`)
    },
    info(line) {
      write(`${INDENT}${line}`.trimEnd() + '\n')
    },
    quote(text) {
      const lines = text.replace(/\n+$/, '').split('\n')
      write(lines.map((line) => `${INDENT}  │ ${line}`.trimEnd()).join('\n') + '\n')
    },
    seconds,
  }
}
