import { statSync, type Stats } from 'node:fs'
import { resolve } from 'node:path'
import { countBySeverity, finding, sortFindings, type Finding } from '../../core/findings.js'
import { formatFindingLine } from '../../core/report/format-finding-line.js'
import { summariseMatch, type GoverningReport } from '../../core/decisions/governing-decisions.js'
import { auditAdrs } from '../../jobs/audit-adrs.js'
import { THEME_FINDING_CODES } from '../../jobs/default-config.js'
import { UsageError, type CliCommand, type CliIo } from '../cli-types.js'
import { createFsFileSource } from '../fs-file-source.js'
import { DEFAULT_CONFIG_PATH, displayPath, loadCliConfig } from '../load-cli-config.js'
import { oneOf, parseCliArgs, readTodayOption } from '../parse-cli-args.js'

const HELP = `Usage: strategy-trace check [dir] [--config <path>] [--format text|json] [--today YYYY-MM-DD]
       strategy-trace check [dir] --changed-from <git-ref> [--theme <id>] [--format text|json]

Validates the strategy config and every ADR under the configured ADR paths of a working tree
(default: the current directory), as the Action does on push. With --changed-from, checks what
changed between the ref and the working tree as the Action checks a pull request (for a pre-push
hook): the theme, the changed ADRs, the decisions governing the changed files and the technology
guidelines.

Options:
  --config <path>    Config file (default: <dir>/${DEFAULT_CONFIG_PATH}). Without any config file,
                     ADRs are checked with the default settings and theme checks are skipped.
  --format <format>  text (default): one "file:line:col severity CODE message" line per finding and a
                     summary line; json: one JSON object.
  --today <date>     Check as of this date (review dates), default: today.
  --changed-from <ref>  Check only the change from this commit (e.g. origin/main) to the working tree.
  --theme <id>       With --changed-from: the theme the change names (else the branch theme/<id>/…).
  -h, --help         Show this help.

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or config error.`

/** `strategy-trace check`: the config and every ADR of a working tree. */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Validate the strategy config and every ADR of a working tree',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCliArgs(args, {
      config: { type: 'string' },
      format: { type: 'string' },
      today: { type: 'string' },
      'changed-from': { type: 'string' },
      theme: { type: 'string' },
    })
    if (values.help) return printHelp(io)
    if (positionals.length > 1)
      throw new UsageError(
        `expected at most one directory, got ${positionals.length}: ${positionals.join(' ')}.`,
      )
    const format = oneOf('format', values.format, ['text', 'json'], 'text')
    const today = readTodayOption(values.today, io)
    const root = resolve(io.cwd, positionals[0] ?? '.')
    await requireDirectory(root, positionals[0] ?? '.')
    const loaded = await loadCliConfig({ root, cwd: io.cwd, option: values.config })
    if (loaded.status === 'invalid')
      return report(io, format, { findings: loaded.findings, adrs: 0, config: loaded.file, code: 2 })
    const changedFrom = values['changed-from']
    if (changedFrom !== undefined) {
      // Loaded only here: git, the manifest readers and their parsers are no part of a plain check's start.
      const { checkChanges } = await import('../check-changes.js')
      const change = await checkChanges({
        root,
        ref: changedFrom,
        theme: values.theme,
        config: loaded.config,
        today,
      })
      const findings = sortFindings([
        ...loaded.findings,
        ...change.findings.map((f) =>
          f.file === undefined ? f : { ...f, file: displayPath(io.cwd, resolve(root, f.file)) },
        ),
      ])
      const code = countBySeverity(findings).error > 0 ? 1 : 0
      return report(io, format, {
        findings,
        adrs: change.adrsChecked,
        config: loaded.file,
        code,
        governing: change.governing,
      })
    }
    if (values.theme !== undefined) throw new UsageError('--theme only applies with --changed-from <ref>.')
    const audit = await auditAdrs({ source: createFsFileSource(root), config: loaded.config, today })
    const adrFindings = audit.findings
      .filter((f) => loaded.config.themes.length > 0 || !THEME_FINDING_CODES.has(f.code))
      .map((f) => (f.file === undefined ? f : { ...f, file: displayPath(io.cwd, resolve(root, f.file)) }))
    const notes = loaded.status === 'missing' ? [noConfigNotice(loaded.file)] : []
    const findings = sortFindings([...loaded.findings, ...notes, ...adrFindings])
    const code = countBySeverity(findings).error > 0 ? 1 : 0
    return report(io, format, {
      findings,
      adrs: audit.adrs.length,
      config: loaded.status === 'loaded' ? loaded.file : null,
      code,
    })
  },
}

function report(
  io: CliIo,
  format: 'text' | 'json',
  r: { findings: Finding[]; adrs: number; config: string | null; code: number; governing?: GoverningReport },
): number {
  const counts = countBySeverity(r.findings)
  const governing = r.governing === undefined ? undefined : governingJson(r.governing)
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          config: r.config,
          adrsChecked: r.adrs,
          counts,
          findings: r.findings,
          ...(governing === undefined ? {} : { governing }),
          exitCode: r.code,
        },
        null,
        2,
      ) + '\n',
    )
    return r.code
  }
  for (const f of r.findings) io.stdout(formatFindingLine(f) + '\n')
  for (const entry of governing ?? [])
    for (const d of entry.decisions)
      io.stdout(`${entry.path}: governed by ${d.file} (${d.status ?? 'unknown status'}) via ${d.via}\n`)
  const tally = `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.notice} notice${counts.notice === 1 ? '' : 's'}`
  const what =
    r.code === 2 ? `The config ${r.config} is invalid` : `Checked ${r.adrs} ADR${r.adrs === 1 ? '' : 's'}`
  io.stdout(`${what}: ${tally}.\n`)
  return r.code
}

/** The same shape as `strategy-trace decisions --json`: per changed path, what governs it. */
function governingJson(report: GoverningReport) {
  return report.perPath.map(({ path, decisions }) => ({
    path,
    decisions: decisions.map(summariseMatch),
  }))
}

function noConfigNotice(file: string): Finding {
  const message = `No strategy config at ${file}: ADRs were checked with the default settings and theme checks were skipped. Add the file (a list of \`themes:\` is enough) to check themes too.`
  return finding('CONFIG_NOT_FOUND', 'notice', message, { file })
}

async function requireDirectory(path: string, shown: string): Promise<void> {
  const info = statOrNull(path)
  if (!info?.isDirectory())
    throw new UsageError(
      `${shown} is not a directory. Pass the root of a working tree, e.g. \`strategy-trace check .\`.`,
    )
}

function printHelp(io: CliIo): number {
  io.stdout(HELP + '\n')
  return 0
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch {
    return null
  }
}
