import type { MigrationConfig } from '../config/config.schema.js'

/**
 * The label of a migration's jobs: `label`, or `migration:<id>` for a migration that only detects
 * (its job issues carry that label, so they count like any labelled issue).
 *
 * @example migrationLabel({ id: 'auth-sdk-3', detect: { … } }) // 'migration:auth-sdk-3'
 */
export function migrationLabel(migration: Pick<MigrationConfig, 'id' | 'label'>): string {
  return migration.label ?? `migration:${migration.id}`
}
