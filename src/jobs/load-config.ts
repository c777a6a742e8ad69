import type { StrategyConfig } from '../core/config/config.schema.js'
import { ConfigError, configProblemToFinding } from '../core/config/config-error.js'
import { parseExtends } from '../core/config/parse-extends.js'
import { parseValidConfig, readConfigDocument, type ParseConfigOptions } from '../core/config/read-config.js'
import { finding, type Finding } from '../core/findings.js'
import type { RepoRef } from '../core/types.js'
import type { FileSource } from './file-source.js'

/** Where `_extends` points: a file in a repository, read at its default branch. */
export interface ExtendsTarget {
  owner: string
  repo: string
  path: string
}

export type ConfigLoad =
  | { status: 'loaded'; file: string; config: StrategyConfig; findings: Finding[] }
  | { status: 'missing'; file: string; findings: Finding[] }
  | { status: 'invalid'; file: string; findings: Finding[] }

export interface LoadConfigParams {
  source: Pick<FileSource, 'readFile'>
  /** Repository-relative path of the config, e.g. `.github/strategy.yml`. */
  path: string
  /** The repository the config belongs to; `_extends: .github` is resolved against its owner. */
  repo: RepoRef | null
  /** Reads the file `_extends` points at (null when it does not exist); omitted where it can't be followed. */
  readExtended?: (target: ExtendsTarget) => Promise<string | null>
}

/**
 * Reads and validates the strategy config, following `_extends` one level as Probot does (a base
 * that extends again gets a warning). Config problems come back as findings with file, line and column;
 * only unexpected failures throw.
 */
export async function loadConfig(p: LoadConfigParams): Promise<ConfigLoad> {
  const text = await p.source.readFile(p.path)
  if (text === null) return { status: 'missing', file: p.path, findings: [] }
  let baseFindings: Finding[] = []
  try {
    const document = readConfigDocument(text, p.path)
    const base =
      document.extends === null ? { data: undefined, findings: [] } : await readBase(p, document.extends)
    if (base.data === null) return { status: 'invalid', file: p.path, findings: base.findings }
    baseFindings = base.findings
    const unread = base.data === UNREAD_BASE
    const baseData = unread ? unreadBase(document.data) : base.data
    const config = await parseConfigText(text, p.path, baseData === undefined ? {} : { base: baseData })
    // Unread base: the themes are placeholders unless the file lists its own (a list replaces the base's).
    const ownThemes = isRecord(document.data) && 'themes' in document.data
    const themes = unread && !ownThemes ? [] : config.themes
    return { status: 'loaded', file: p.path, config: { ...config, themes }, findings: base.findings }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    const findings = [...baseFindings, ...error.problems.map(configProblemToFinding)]
    return { status: 'invalid', file: p.path, findings }
  }
}

/**
 * A valid config is validated without zod (`parseValidConfig`); only a config it cannot vouch for
 * loads the zod schema (a chunk of its own in the bundles) to be parsed again with every message.
 */
async function parseConfigText(
  text: string,
  file: string,
  options: ParseConfigOptions,
): Promise<StrategyConfig> {
  const valid = parseValidConfig(text, file, options)
  if (valid !== null) return valid
  const { parseConfig } = await import('../core/config/parse-config.js')
  return parseConfig(text, file, options)
}

/**
 * Stands in for an extended config that cannot be read (offline): one placeholder theme per theme the
 * file's migrations name (they are the inherited ones), so that the file still loads; the placeholders
 * are dropped again after parsing, leaving no themes (theme checks are skipped then).
 */
function unreadBase(data: unknown): { themes: { id: string; name: string }[] } {
  const migrations = isRecord(data) && Array.isArray(data.migrations) ? data.migrations : []
  const named = migrations.flatMap((m) => (isRecord(m) && typeof m.theme === 'string' ? [m.theme] : []))
  const ids = [...new Set(['inherited', ...named])]
  return { themes: ids.map((id) => ({ id, name: id })) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether an `_extends` target lies in the repository being checked. */
function sameRepo(target: { owner: string; repo: string }, repo: { owner: string; repo: string }): boolean {
  return `${target.owner}/${target.repo}`.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase()
}

/** Marks an extended config that could not be read (offline); see `unreadBase`. */
const UNREAD_BASE = Symbol('unread _extends')

/** The extended document's data; `data: null` when it could not be read (the findings say why). */
async function readBase(p: LoadConfigParams, value: string): Promise<{ data: unknown; findings: Finding[] }> {
  const where = { file: p.path, line: 1 }
  if (!p.repo || !p.readExtended) {
    const message =
      `${p.path} has \`_extends: ${value}\`, which can only be followed with access to GitHub. ` +
      `Checking ${p.path} on its own (theme checks need the themes it inherits, so they are skipped unless ` +
      'it lists its own); run the check in the Action to include the extended config.'
    return { data: UNREAD_BASE, findings: [finding('CONFIG_NOT_FOUND', 'warning', message, where)] }
  }
  const target = parseExtends(value, p.repo)
  const label = `${target.owner}/${target.repo}:${target.path}`
  let text: string | null
  try {
    text = await p.readExtended(target)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const message = `${p.path} extends ${label} (\`_extends: ${value}\`), which could not be read: ${reason}`
    return { data: null, findings: [finding('CONFIG_NOT_FOUND', 'error', message, where)] }
  }
  if (text === null) {
    const message =
      `${p.path} extends ${label} (\`_extends: ${value}\`), which does not exist or is not readable with this token. ` +
      `Create that file, fix the \`_extends\` value, or give the token read access to ${target.owner}/${target.repo}` +
      (sameRepo(target, p.repo)
        ? '.'
        : ` (a workflow's GITHUB_TOKEN reads only its own repository: pass an installation token of the app as \`token\`, from actions/create-github-app-token).`)
    return { data: null, findings: [finding('CONFIG_NOT_FOUND', 'error', message, where)] }
  }
  const base = readConfigDocument(text, label)
  const findings: Finding[] = []
  if (base.extends !== null) {
    const message = `${label} has its own \`_extends: ${base.extends}\`, which is not followed: \`_extends\` goes one level deep. Copy the settings you need into ${label}.`
    findings.push(finding('CONFIG_INVALID', 'warning', message, { file: label, line: 1 }))
  }
  return { data: base.data, findings }
}
