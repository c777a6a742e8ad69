/**
 * Reference bundles for the cold-start scenario, built with the same esbuild settings as
 * scripts/build-action.mjs, to show where a cold start's time goes: `@actions/core` alone, and the
 * whole Action in one file (no code splitting, as dist/index.js was before the skip-fast entry).
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

const RUN = fileURLToPath(new URL('../src/action/run.ts', import.meta.url))

const CORE_ONLY = `import * as core from '@actions/core'
core.info('Skipped.')
core.setOutput('result', 'skipped')
`

/** The Action without the skip-fast entry: `run()` loads everything, then sees the event is skipped. */
const SINGLE_FILE = `import { run } from ${JSON.stringify(RUN)}
await run()
`

/** Builds both references into `dir` (about 1 s). */
export async function buildReferences(dir: string): Promise<ReferenceBundle[]> {
  const sources = { core: join(dir, 'core-only.ts'), single: join(dir, 'single-file.ts') }
  await writeFile(sources.core, CORE_ONLY)
  await writeFile(sources.single, SINGLE_FILE)
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
  const files = { core: join(dir, 'core-only', 'index.js'), single: join(dir, 'single-file', 'index.js') }
  await build({ ...common, entryPoints: [sources.core], outfile: files.core })
  await build({ ...common, entryPoints: [sources.single], outfile: files.single })
  return [
    {
      name: '@actions/core alone',
      file: files.core,
      description:
        'a bundle that only imports `@actions/core` and writes one line and one output: what the entry avoids by writing to the runner itself',
    },
    {
      name: 'the Action in one file',
      file: files.single,
      description:
        'the same Action code bundled without code splitting, so the whole bundle is compiled and evaluated before `run()` sees the event is skipped',
    },
  ]
}
