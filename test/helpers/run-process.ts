import { spawn, type SpawnOptions } from 'node:child_process'

/** How a child process ended and everything it printed. */
export interface ProcessRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `command args…` to its end, collecting both streams (rejects only when it cannot start). */
export function runProcess(command: string, args: string[], options: SpawnOptions = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
