/**
 * Reference bundles for the cold-start scenario, built with the same esbuild settings as
 * scripts/build-action.mjs, to show where the bundle's start-up time goes and what a skip-fast entry
 * would reach: `@actions/core` alone, and an entry that decides the event before loading anything else.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export interface ReferenceBundle {
  name: string
  /** The file to run with `node`. */
  file: string
  description: string
}

const EVENTS = fileURLToPath(new URL('../src/action/events.ts', import.meta.url))
const RUN = fileURLToPath(new URL('../src/action/run.ts', import.meta.url))

const CORE_ONLY = `import * as core from '@actions/core'
core.info('Skipped.')
core.setOutput('result', 'skipped')
`

/** Decides the event with the pure router; only events that need work load the Action (and @actions/core). */
const SKIP_FAST = `import { appendFileSync, readFileSync } from 'node:fs'
import { resolveEvent } from ${JSON.stringify(EVENTS)}
const path = process.env.GITHUB_EVENT_PATH
const event = resolveEvent({
  name: process.env.GITHUB_EVENT_NAME ?? '',
  payload: path ? JSON.parse(readFileSync(path, 'utf8')) : {},
  repository: process.env.GITHUB_REPOSITORY ?? '',
  sha: process.env.GITHUB_SHA ?? '',
})
if (event.kind === 'ignored') {
  process.stdout.write(event.reason + '\\n')
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, 'result<<EOF_\\nskipped\\nEOF_\\n')
} else {
  const { run } = await import(${JSON.stringify(RUN)})
  await run()
}
`

/** Builds both references into `dir` (under 1 s). */
export async function buildReferences(dir: string): Promise<ReferenceBundle[]> {
  const sources = { core: join(dir, 'core-only.ts'), skip: join(dir, 'skip-fast.ts') }
  await writeFile(sources.core, CORE_ONLY)
  await writeFile(sources.skip, SKIP_FAST)
  const common = {
    bundle: true,
    platform: 'node' as const,
    target: 'node24',
    format: 'esm' as const,
    minify: true,
    legalComments: 'none' as const,
    logLevel: 'error' as const,
    nodePaths: [fileURLToPath(new URL('../node_modules', import.meta.url))],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  }
  await build({ ...common, entryPoints: [sources.core], outfile: join(dir, 'core-only', 'index.js') })
  await build({ ...common, entryPoints: [sources.skip], outdir: join(dir, 'skip-fast'), splitting: true })
  return [
    {
      name: '@actions/core alone',
      file: join(dir, 'core-only', 'index.js'),
      description: 'a bundle that only imports `@actions/core` and writes one line and one output',
    },
    {
      name: 'skip-fast entry',
      file: join(dir, 'skip-fast', 'skip-fast.js'),
      description:
        'the same Action code split in two chunks: an entry that routes the event with `src/action/events.ts` and writes the skip line and output itself, and `import()`s `run.ts` (with `@actions/core`) only for events it handles',
    },
  ]
}
