import type { RepoRef } from '../types.js'
import { ConfigError } from './config-error.js'

/** Where a repository's strategy config lives, and where `_extends` looks unless told a path. */
export const DEFAULT_CONFIG_PATH = '.github/strategy.yml'

/** A config file in some repository: what `_extends` points at. */
export interface ConfigFileRef extends RepoRef {
  path: string
}

// GitHub owners: letters, digits and single inner dashes, up to 39 characters. Repositories: letters,
// digits, `.`, `_` and `-`, up to 100. An optional `:path` names the file.
const EXTENDS_PATTERN =
  /^(?:([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/)?([\w.-]{1,100})(?::(.*))?$/

const ACCEPTED =
  "Write `.github` (the organisation's .github repository), `repo`, `owner/repo`, or add a file: `owner/repo:path/to/strategy.yml`."

/**
 * Says what is wrong with an `_extends` value, or returns null when `parseExtends` accepts it.
 *
 * @example describeExtendsProblem('acme/.github:../x.yml') // 'The path …'
 */
export function describeExtendsProblem(value: string): string | null {
  const match = EXTENDS_PATTERN.exec(value)
  const repo = match?.[2]
  if (!match || repo === undefined || repo === '.' || repo === '..') {
    return `\`_extends: ${value}\` is not a repository reference. ${ACCEPTED}`
  }
  const path = match[3]
  if (path === undefined) return null
  if (!/\.ya?ml$/i.test(path)) {
    return `The path \`${path}\` in \`_extends\` must name a YAML file ending in \`.yml\` or \`.yaml\`. ${ACCEPTED}`
  }
  if (/^[/\\]|\\|[\s\0]/.test(path) || path.split('/').some((part) => part === '..' || part === '')) {
    return `The path \`${path}\` in \`_extends\` must be relative to the repository root, with no \`..\`, \`//\`, spaces or backslashes, e.g. \`.github/strategy.yml\`.`
  }
  return null
}

/**
 * Reads an `_extends` value (Probot's convention) into the repository and file to inherit from.
 * Without an owner it means the current owner; without a path, `.github/strategy.yml`.
 * Throws a `ConfigError` (`CONFIG_INVALID`) for a value it does not understand; pass `where` to
 * point that error at the `_extends` line.
 *
 * @example parseExtends('.github', { owner: 'acme', repo: 'api' })
 * // { owner: 'acme', repo: '.github', path: '.github/strategy.yml' }
 * @example parseExtends('platform/standards:strategy/base.yml', { owner: 'acme', repo: 'api' })
 * // { owner: 'platform', repo: 'standards', path: 'strategy/base.yml' }
 */
export function parseExtends(
  value: string,
  current: RepoRef,
  where: { file: string; line: number; column: number } = { file: '_extends', line: 1, column: 1 },
): ConfigFileRef {
  const text = value.trim()
  const problem = describeExtendsProblem(text)
  const match = EXTENDS_PATTERN.exec(text)
  if (problem !== null || match === null) {
    throw new ConfigError([{ ...where, code: 'CONFIG_INVALID', message: problem ?? ACCEPTED }])
  }
  return {
    owner: match[1] ?? current.owner,
    repo: match[2] as string,
    path: match[3] ?? DEFAULT_CONFIG_PATH,
  }
}
