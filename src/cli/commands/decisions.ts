import { relative, resolve, sep } from 'node:path'
import { decisionName, summariseMatch } from '../../core/decisions/governing-decisions.js'
import { findGoverning } from '../../jobs/find-governing.js'
import { UsageError, type CliCommand } from '../cli-types.js'
import { createFsFileSource } from '../fs-file-source.js'
import { loadCliConfig } from '../load-cli-config.js'
import { oneOf, parseCliArgs } from '../parse-cli-args.js'

const HELP = `Usage: strategy-trace decisions <path>… [--root <dir>] [--config <path>] [--json]

Lists the decisions that govern the given paths of a working tree, as the Action's pull request
comment shows them: every ADR under the configured ADR paths whose \`affects\` globs match, and the
org-wide \`decisions:\` of the config. Rejected decisions are never listed; superseded and deprecated
ones only where nothing in force covers the path, with what replaces them.

Options:
  --root <dir>       Root of the working tree (default: the current directory). Paths are relative
                     to the current directory and must lie inside the root.
  --config <path>    Config file (default: <root>/.github/strategy.yml).
  --format <format>  text (default), or json: [{ "path", "decisions": [{ "file", "number", "title",
                     "status", "theme", "via" }] }], "via" being the glob that matched (and
                     "supersededBy" for a superseded decision).
  --json             The same as --format json.
  -h, --help         Show this help.

Exit codes: 0 listed (also when nothing governs the paths), 2 usage or config error.`

/** `strategy-trace decisions <path>…`: what governs these paths, from a terminal or a hook. */
export const decisionsCommand: CliCommand = {
  name: 'decisions',
  summary: 'List the decisions (ADR affects globs, org decisions) that govern some paths',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCliArgs(args, {
      root: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
    })
    if (values.help) {
      io.stdout(HELP + '\n')
      return 0
    }
    if (positionals.length === 0)
      throw new UsageError('name at least one path, e.g. `strategy-trace decisions src/billing/invoice.ts`.')
    const format = values.json ? 'json' : oneOf('format', values.format, ['text', 'json'], 'text')
    const root = resolve(io.cwd, values.root ?? '.')
    const paths = positionals.map((path) => treePath(root, resolve(io.cwd, path), path))
    const loaded = await loadCliConfig({ root, cwd: io.cwd, option: values.config })
    if (loaded.status === 'invalid') {
      io.stderr(
        `strategy-trace decisions: the config ${loaded.file} is invalid; run \`strategy-trace check\`.\n`,
      )
      return 2
    }
    const report = await findGoverning({ source: createFsFileSource(root), paths, config: loaded.config })
    const byPath = new Map(report.perPath.map((entry) => [entry.path, entry.decisions]))
    const answer = paths.map((path) => ({
      path,
      decisions: (byPath.get(path) ?? []).map((match) => ({
        ...summariseMatch(match),
        ...(match.decision.supersededBy === null ? {} : { supersededBy: match.decision.supersededBy }),
      })),
    }))
    if (format === 'json') {
      io.stdout(JSON.stringify(answer, null, 2) + '\n')
      return 0
    }
    for (const entry of answer) {
      io.stdout(`${entry.path}\n`)
      if (entry.decisions.length === 0) io.stdout('  no decision governs it\n')
      for (const d of entry.decisions) {
        const theme = d.theme === null ? '' : `, theme ${d.theme}`
        const successor = d.supersededBy === undefined ? '' : `, superseded by ${d.supersededBy}`
        io.stdout(
          `  ${decisionName(d)} (${d.status ?? 'unknown status'}${theme}${successor}) via ${d.via} — ${d.file}\n`,
        )
      }
    }
    return 0
  },
}

/** A path as the globs see it: relative to the root, `/`-separated; outside the root is a usage error. */
function treePath(root: string, full: string, shown: string): string {
  const rel = relative(root, full)
  if (rel === '' || rel.startsWith('..') || resolve(root, rel) !== full)
    throw new UsageError(`${shown} is not inside the working tree ${root}; pass paths below --root.`)
  return rel.split(sep).join('/')
}
