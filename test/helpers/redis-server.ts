/**
 * A throwaway Redis server for the tests of the app's multi-instance mode: Debian's `redis-server`
 * on a free loopback port, without persistence, stopped after the tests. No Redis mock.
 *
 * When `redis-server` is not installed, the tests that need it are skipped with one line saying so —
 * except in CI (`CI=true`), where `.ci/run` installs it and its absence is a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export interface RedisServer {
  /** `redis://127.0.0.1:PORT`. */
  url: string
  stop(): Promise<void>
}

const BINARY = process.env.REDIS_SERVER ?? 'redis-server'

/** True when `redis-server` can be run here. */
export function redisAvailable(): boolean {
  const found = spawnSync(BINARY, ['--version'], { stdio: 'ignore' }).status === 0
  if (found) return true
  if (process.env.CI === 'true')
    throw new Error(
      `[test] ${BINARY} is not installed, and CI needs it for the multi-instance tests: .ci/run installs Debian's redis-server (apt-get install redis-server).`,
    )
  console.warn(
    `[test] Skipping the Redis tests: ${BINARY} is not installed (apt-get install redis-server, then npm run test:redis).`,
  )
  return false
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Starts a server and resolves once it accepts connections. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    BINARY,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `redis://127.0.0.1:${port}`
  const { Redis } = await import('ioredis')
  const until = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`[test] redis-server exited at start: ${output}`)
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
    probe.on('error', () => undefined)
    try {
      await probe.connect()
      await probe.ping()
      probe.disconnect()
      break
    } catch {
      probe.disconnect()
      if (Date.now() > until) throw new Error(`[test] redis-server did not answer within 10 s: ${output}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
