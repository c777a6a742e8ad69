import semver from 'semver'
import type { MigrationConfig } from '../config/config.schema.js'
import type { PathProblem } from '../config/describe-zod-issue.js'
import { filePattern } from './detector-paths.js'

/**
 * Checks what the schema cannot say about `detect:` and job issues: a migration needs a `label` or a
 * `detect`; a detector is one kind (`dependency` or `file`); its `range` is a semver range, its
 * `matches` a regular expression and its `path` one the batch query can read; `create_issues` needs
 * a detector. Each problem names the key to fix.
 */
export function checkDetectors(migrations: readonly MigrationConfig[]): PathProblem[] {
  return migrations.flatMap((migration, index) => checkMigration(migration, index))
}

function problem(path: (string | number)[], message: string, at: 'value' | 'key' = 'value'): PathProblem {
  return { path, at, code: 'CONFIG_INVALID', message }
}

function checkMigration(migration: MigrationConfig, index: number): PathProblem[] {
  const at = ['migrations', index]
  const { detect } = migration
  if (!detect) {
    const problems: PathProblem[] = []
    if (migration.label === undefined)
      problems.push(
        problem(
          [...at, 'id'],
          `The migration \`${migration.id}\` has neither a \`label\` nor a \`detect\`: add \`label: <label of its job issues>\`, or a detector such as \`detect: { dependency: { ecosystem: npm, name: auth-sdk, range: '<3.0.0' } }\`.`,
        ),
      )
    if (migration.create_issues)
      problems.push(
        problem(
          [...at, 'create_issues'],
          '`create_issues: true` opens one issue per repository a detector finds, but this migration has no `detect`: add one, or remove `create_issues`.',
        ),
      )
    return problems
  }
  const kinds = (['dependency', 'file'] as const).filter((kind) => detect[kind] !== undefined)
  if (kinds.length !== 1)
    return [
      problem(
        [...at, 'detect'],
        kinds.length === 0
          ? 'A detector needs one of `dependency` or `file`, e.g. `detect: { file: { path: .travis.yml } }`.'
          : 'A detector is either `dependency` or `file`, not both: split it into two migrations.',
      ),
    ]
  const problems: PathProblem[] = []
  const dependency = detect.dependency
  if (dependency?.range !== undefined && semver.validRange(dependency.range) === null)
    problems.push(
      problem(
        [...at, 'detect', 'dependency', 'range'],
        `The range ${JSON.stringify(dependency.range)} is not a semver range; write the versions that still need migrating like \`<3.0.0\` or \`^2 || ^1\`.`,
      ),
    )
  dependency?.paths?.forEach((path, k) => {
    const why = filePattern(path).problem
    if (why) problems.push(problem([...at, 'detect', 'dependency', 'paths', k], why))
  })
  const file = detect.file
  if (file) {
    const why = filePattern(file.path).problem
    if (why) problems.push(problem([...at, 'detect', 'file', 'path'], why))
    if (file.matches !== undefined) {
      const regexProblem = regexError(file.matches)
      if (regexProblem)
        problems.push(
          problem(
            [...at, 'detect', 'file', 'matches'],
            `The regular expression ${JSON.stringify(file.matches)} does not compile (${regexProblem}); escape special characters with \`\\\\\` (in single quotes: '^2[0-3]\\.').`,
          ),
        )
    }
  }
  return problems
}

function regexError(source: string): string | null {
  try {
    new RegExp(source, 'm')
    return null
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'invalid'
  }
}
