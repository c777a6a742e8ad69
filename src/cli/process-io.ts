import { writeSync } from 'node:fs'
import type { CliIo } from './cli-types.js'

/** The real terminal: process streams, the current directory and the system clock (UTC date). */
export function createProcessIo(): CliIo {
  // Windows consoles read raw bytes in their own code page; Node's stream writes them UTF-16 text.
  const direct = process.platform !== 'win32'
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: direct ? directWriter(1, () => process.stdout) : (text) => void process.stdout.write(text),
    stderr: direct ? directWriter(2, () => process.stderr) : (text) => void process.stderr.write(text),
    today: () => new Date().toISOString().slice(0, 10),
  }
}

/**
 * Writes to a standard stream's file descriptor directly. `process.stdout` of a pipe or a file is a
 * stream that Node builds on first use, loading its stream machinery: about 5 ms of a 120 ms `check`
 * in a git hook, for a few lines. Writes are synchronous, so output is complete and in order when the
 * process exits. A non-blocking pipe that is full (EAGAIN) hands this write and every later one to the
 * stream, which waits for the reader. A reader that has gone (EPIPE: `strategy-trace check | head -1`)
 * ends the output quietly.
 */
export function directWriter(
  fd: number,
  stream: () => NodeJS.WritableStream,
  write: (fd: number, data: Uint8Array) => number = writeSync,
): (text: string) => void {
  let mode: 'direct' | 'stream' | 'closed' = 'direct'
  return (text) => {
    if (mode === 'closed') return
    if (mode === 'stream') {
      stream().write(text)
      return
    }
    let data = Buffer.from(text, 'utf8')
    while (data.length > 0) {
      try {
        data = data.subarray(write(fd, data))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EPIPE') {
          mode = 'closed'
          return
        }
        if (code !== 'EAGAIN') throw error
        mode = 'stream'
        stream().write(data)
        return
      }
    }
  }
}
