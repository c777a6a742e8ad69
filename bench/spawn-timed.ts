/** Spawns a process and measures it from spawn to exit. */
import { spawn } from 'node:child_process'

export interface TimedRun {
  code: number | null
  stdout: string
  stderr: string
  wallMs: number
}

/** Runs `command args` with exactly `env` (nothing inherited) and resolves when it exits. */
export function spawnTimed(command: string, args: string[], env: Record<string, string>): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, wallMs: performance.now() - started }))
  })
}
