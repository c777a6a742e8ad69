import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The Node binary the demo runs the Action with, and why when it is not Node 24. */
export interface ActionNode {
  path: string
  version: string
  /** Why the current Node is used instead of Node 24; null when it is Node 24. */
  fallback: string | null
}

/** Remembers the binary `npx` found, so later runs ask npm nothing. */
const CACHE = new URL('../../node_modules/.cache/strategy-trace-demo/node24-path.txt', import.meta.url)

/**
 * Finds Node 24, the runtime GitHub runs the Action on (`runs.using: node24`): a cached path first,
 * then `npx --prefer-offline -y node@24` (npm's cache answers without network when it has the package),
 * then the current Node, with the reason. The binary is spawned directly afterwards: going through
 * `npx` would run `/bin/sh`, which drops `INPUT_*` variables with hyphens (FIELD-NOTES).
 */
export async function findNode24(timeoutMs = 30_000): Promise<ActionNode> {
  const cached = await readCached()
  if (cached) return cached
  try {
    const { stdout } = await run(
      'npx',
      ['--prefer-offline', '--fetch-retries=0', '-y', 'node@24', '-p', 'process.execPath'],
      {
        timeout: timeoutMs,
      },
    )
    const found = await describe(stdout.trim())
    if (found) {
      // A cache that cannot be written only costs the next run this lookup again.
      await mkdir(dirname(fileURLToPath(CACHE)), { recursive: true })
        .then(() => writeFile(CACHE, found.path))
        .catch(() => undefined)
      return found
    }
    return current('`npx node@24` did not print a Node 24 binary')
  } catch (error) {
    // `--fetch-retries=0`: without network npm fails at once instead of retrying for half a minute.
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
    const code = /npm (?:error|ERR!) code (\S+)/.exec(stderr)?.[1]
    const reason = code
      ? `npm: ${code}`
      : error instanceof Error
        ? error.message.split('\n')[0]
        : String(error)
    return current(`Node 24 is not in npm's cache and could not be downloaded (${reason})`)
  }
}

async function readCached(): Promise<ActionNode | null> {
  const path = existsSync(CACHE) ? (await readFile(CACHE, 'utf8').catch(() => '')).trim() : ''
  return path && existsSync(path) ? describe(path) : null
}

/** The binary's version when it is Node 24, else null. */
async function describe(path: string): Promise<ActionNode | null> {
  try {
    const { stdout } = await run(path, ['-v'], { timeout: 10_000 })
    const version = stdout.trim()
    return version.startsWith('v24.') ? { path, version, fallback: null } : null
  } catch {
    return null
  }
}

function current(reason: string): ActionNode {
  return {
    path: process.execPath,
    version: process.version,
    fallback: `${reason}; running the Action with this Node (${process.version}) instead.`,
  }
}
