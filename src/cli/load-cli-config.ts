import { isAbsolute, relative, resolve } from 'node:path'
import type { StrategyConfig } from '../core/config/config.schema.js'
import type { Finding } from '../core/findings.js'
import { createDefaultConfig } from '../jobs/default-config.js'
import { loadConfig } from '../jobs/load-config.js'
import { UsageError } from './cli-types.js'
import { readTextFile } from './fs-file-source.js'

export const DEFAULT_CONFIG_PATH = '.github/strategy.yml'

export type CliConfig =
  | { status: 'loaded' | 'missing'; config: StrategyConfig; file: string; findings: Finding[] }
  | { status: 'invalid'; file: string; findings: Finding[] }

/**
 * The config for a CLI command: `--config` (relative to the current directory; must exist) or
 * `.github/strategy.yml` under `root` (may be missing: the defaults are used, without themes).
 * `_extends` is not followed offline; a warning says so. File names are shown relative to `cwd`.
 */
export async function loadCliConfig(p: {
  root: string
  cwd: string
  option: string | undefined
}): Promise<CliConfig> {
  const full = p.option === undefined ? resolve(p.root, DEFAULT_CONFIG_PATH) : resolve(p.cwd, p.option)
  const file = displayPath(p.cwd, full)
  const loaded = await loadConfig({ source: { readFile: () => readTextFile(full) }, path: file, repo: null })
  if (loaded.status === 'missing' && p.option !== undefined) {
    throw new UsageError(
      `the config file ${file} does not exist. Check the --config path, or leave it out to use ${DEFAULT_CONFIG_PATH}.`,
    )
  }
  if (loaded.status === 'invalid') return loaded
  const config = loaded.status === 'loaded' ? loaded.config : createDefaultConfig()
  return { status: loaded.status, config, file, findings: loaded.findings }
}

/** `path` relative to `cwd` when it lies inside it, else absolute; always `/`-separated. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path)
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel
  return shown.split(/[\\/]/).join('/')
}
