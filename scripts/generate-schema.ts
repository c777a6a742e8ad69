/**
 * Writes the files generated from the config schema (src/core/config/config.schema.ts):
 * `schema/strategy.schema.json` (JSON Schema for editors), `docs/CONFIG.md` (the reference), the
 * configuration reference block of `README.md` (between its config-reference markers) and
 * `src/core/config/config-spec.generated.ts` (the schema as data, for validating without zod).
 *
 *   npm run schemas          regenerate all four
 *   npm run check:schemas    exit 1 if any is stale (CI)
 *
 * The output is deterministic: no dates, stable key order, the same bytes on every machine.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { format, resolveConfig } from 'prettier'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfigJsonSchema, CONFIG_SCHEMA_PATH } from '../src/core/config/config-json-schema.js'
import { strategyConfigSchema } from '../src/core/config/config.schema.js'
import { deriveConfigSpec } from '../src/core/config/derive-config-spec.js'
import { parseConfig } from '../src/core/config/parse-config.js'
import { renderConfigReference } from '../src/core/config/render-config-reference.js'
import { README_PATH, renderReadmeConfigReference, replaceMarkedBlock } from './readme-config-block.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** The example in the reference is a test fixture, so it is parsed by the tests as well as here. */
const EXAMPLE_PATH = 'test/fixtures/config/complete.yml'
const REFERENCE_PATH = 'docs/CONFIG.md'
/** The schema as plain data, for validating a config without loading zod (src/core/config/config-spec.ts). */
const SPEC_PATH = 'src/core/config/config-spec.generated.ts'

async function renderSpec(): Promise<string> {
  const source = [
    '// Written by `npm run schemas` from config.schema.ts (see derive-config-spec.ts): do not edit.',
    "import type { SpecNode } from './config-spec.js'",
    '',
    '/** The strategy config schema as plain data, for `validateBySpec`. */',
    `export const CONFIG_SPEC: SpecNode = ${JSON.stringify(deriveConfigSpec(strategyConfigSchema))}`,
    '',
  ].join('\n')
  const file = join(ROOT, SPEC_PATH)
  return format(source, { ...(await resolveConfig(file)), filepath: file })
}

async function renderFiles(): Promise<Map<string, string>> {
  const example = await readFile(join(ROOT, EXAMPLE_PATH), 'utf8')
  parseConfig(example, EXAMPLE_PATH) // throws ConfigError if the documented example is invalid
  const schema = buildConfigJsonSchema()
  const readme = await readFile(join(ROOT, README_PATH), 'utf8')
  return new Map([
    [CONFIG_SCHEMA_PATH, `${JSON.stringify(schema, null, 2)}\n`],
    [REFERENCE_PATH, renderConfigReference({ schema, example })],
    [README_PATH, replaceMarkedBlock(readme, renderReadmeConfigReference(schema), README_PATH)],
    [SPEC_PATH, await renderSpec()],
  ])
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

async function main(check: boolean): Promise<number> {
  const stale: string[] = []
  for (const [path, content] of await renderFiles()) {
    const target = join(ROOT, path)
    if ((await readIfExists(target)) === content) continue
    stale.push(path)
    if (!check) {
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, content)
      console.log(`wrote ${path}`)
    }
  }
  if (check && stale.length > 0) {
    console.error(
      `${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} out of date with src/core/config/config.schema.ts or ${EXAMPLE_PATH}.\n` +
        'Run `npm run schemas` and commit the result.',
    )
    return 1
  }
  if (stale.length === 0)
    console.log(
      `${CONFIG_SCHEMA_PATH}, ${REFERENCE_PATH}, the ${README_PATH} reference and ${SPEC_PATH} are up to date.`,
    )
  return 0
}

try {
  process.exitCode = await main(process.argv.includes('--check'))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 2
}
