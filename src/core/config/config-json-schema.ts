import { z } from 'zod'
import { strategyConfigSchema } from './config.schema.js'

/** Identifies the schema; a URN because the project has no canonical URL to serve it from yet. */
export const CONFIG_SCHEMA_ID = 'urn:strategy-trace:schema:strategy-config'

/** Where `npm run schemas` writes the JSON Schema, relative to the repository root. */
export const CONFIG_SCHEMA_PATH = 'schema/strategy.schema.json'

/**
 * The JSON Schema of `.github/strategy.yml`, generated from the zod schema (its input side: keys
 * with defaults are optional and show their default), for editors that complete and validate YAML.
 *
 * @example JSON.stringify(buildConfigJsonSchema(), null, 2)
 */
export function buildConfigJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(strategyConfigSchema, {
    io: 'input',
    target: 'draft-2020-12',
  }) as Record<string, unknown>
  return {
    $schema,
    $id: CONFIG_SCHEMA_ID,
    title: 'Strategy Trace config',
    description:
      'The strategy config of Strategy Trace (`.github/strategy.yml`): strategic themes, the pull request check, ADRs, migrations, teams and the leaderboard. Only `themes` is required. Generated from src/core/config/config.schema.ts by `npm run schemas`.',
    ...generated,
  }
}
