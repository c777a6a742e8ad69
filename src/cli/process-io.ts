import type { CliIo } from './cli-types.js'

/** The real terminal: process streams, the current directory and the system clock (UTC date). */
export function createProcessIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    today: () => new Date().toISOString().slice(0, 10),
  }
}
