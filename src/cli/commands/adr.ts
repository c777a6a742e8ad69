import { resolve } from 'node:path'
import type { StrategyConfig } from '../../core/config/config.schema.js'
import type { Finding } from '../../core/findings.js'
import type { Adr } from '../../core/types.js'
import { validateAdr } from '../../core/adr/validate-adr.js'
import { formatFindingLine } from '../../core/report/format-finding-line.js'
import { resolveTheme } from '../../core/themes/resolve-theme.js'
import { parseAdrWithConfig } from '../../jobs/audit-adrs.js'
import { THEME_FINDING_CODES } from '../../jobs/default-config.js'
import { UsageError, type CliCommand } from '../cli-types.js'
import { readTextFile } from '../fs-file-source.js'
import { DEFAULT_CONFIG_PATH, displayPath, loadCliConfig } from '../load-cli-config.js'
import { parseCliArgs, readTodayOption } from '../parse-cli-args.js'

const HELP = `Usage: strategy-trace adr <files…> [--json] [--config <path>] [--today YYYY-MM-DD]

Prints what the parser read from each ADR file: title, number, status, dates, theme, supersession
links, and the findings for that file. Works without any config (the default statuses are used).

Options:
  --json             A JSON array, one object per file, with the keys file, title, number, status,
                     rawStatus, date, theme, supersededBy, supersedes, reviewDate, findings
                     (each finding: code, severity, line, message).
  --config <path>    Config file for statuses, synonyms and themes (default: ./${DEFAULT_CONFIG_PATH}
                     if it exists; without one, theme checks are skipped).
  --today <date>     Check review dates as of this date, default: today.
  -h, --help         Show this help.

Exit codes: 0 the files were read (whatever their findings), 2 usage or config error.`

/** The fields of a parsed ADR that `strategy-trace adr --json` prints, in this order. */
type ReportedField =
  | 'title'
  | 'number'
  | 'status'
  | 'rawStatus'
  | 'date'
  | 'theme'
  | 'supersededBy'
  | 'supersedes'
  | 'reviewDate'

/** The JSON shape of `strategy-trace adr --json`: exactly these keys, in this order. */
export type AdrReport = { file: string } & Pick<Adr, ReportedField> & {
    findings: { code: string; severity: string; line: number | null; message: string }[]
  }

/** `strategy-trace adr <files…>`: what the parser reads from ADRs, for debugging formats. */
export const adrCommand: CliCommand = {
  name: 'adr',
  summary: 'Print what the parser reads from ADR files (--json for machines)',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCliArgs(args, {
      json: { type: 'boolean' },
      config: { type: 'string' },
      today: { type: 'string' },
    })
    if (values.help) {
      io.stdout(HELP + '\n')
      return 0
    }
    if (positionals.length === 0)
      throw new UsageError('name at least one ADR file, e.g. `strategy-trace adr docs/adr/0001-record.md`.')
    const today = readTodayOption(values.today, io)
    const loaded = await loadCliConfig({ root: io.cwd, cwd: io.cwd, option: values.config })
    if (loaded.status === 'invalid') {
      for (const f of loaded.findings) io.stderr(formatFindingLine(f) + '\n')
      io.stderr(`The config ${loaded.file} is invalid; fix it, or pass another one with --config.\n`)
      return 2
    }
    const texts = await Promise.all(positionals.map((file) => readTextFile(resolve(io.cwd, file))))
    const missing = positionals.filter((_, index) => texts[index] === null)
    if (missing.length > 0)
      throw new UsageError(`cannot read ${missing.join(', ')}: no such file (or not a regular file).`)
    const described = positionals.map((file, index) =>
      describeAdr(
        displayPath(io.cwd, resolve(io.cwd, file)),
        texts[index] ?? '',
        loaded.config,
        today,
        loaded.config.themes.length > 0,
      ),
    )
    const output = values.json
      ? JSON.stringify(
          described.map((d) => d.report),
          null,
          2,
        ) + '\n'
      : described.map((d) => renderText(d.report, d.findings)).join('\n')
    io.stdout(output)
    return 0
  },
}

function describeAdr(
  file: string,
  text: string,
  config: StrategyConfig,
  today: string,
  themed: boolean,
): { report: AdrReport; findings: Finding[] } {
  const parsed = parseAdrWithConfig(file, text, config)
  const findings = [...parsed.findings, ...validateAdr({ adr: parsed.adr, config, today })].filter(
    (f) => themed || !THEME_FINDING_CODES.has(f.code),
  )
  const adr = parsed.adr
  const report: AdrReport = {
    file,
    title: adr.title,
    number: adr.number,
    status: adr.status,
    rawStatus: adr.rawStatus,
    date: adr.date,
    theme: themeId(adr.theme, config),
    supersededBy: adr.supersededBy,
    supersedes: adr.supersedes,
    reviewDate: adr.reviewDate,
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      line: f.line ?? null,
      message: f.message,
    })),
  }
  return { report, findings: findings.map((f) => ({ ...f, file })) }
}

/** The theme's id when the config resolves the written id, name or alias; otherwise the text as written. */
function themeId(written: string | null, config: StrategyConfig): string | null {
  if (written === null) return null
  const resolution = resolveTheme(written, config.themes)
  return resolution.kind === 'found' ? resolution.theme.id : written
}

function renderText(r: AdrReport, findings: readonly Finding[]): string {
  // User text goes to a terminal: control characters could move the cursor or recolour it.
  const show = (value: string | number | null) =>
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    value === null ? '-' : String(value).replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
  const lines = [
    r.file,
    `  title:         ${show(r.title)}`,
    `  number:        ${show(r.number)}`,
    `  status:        ${show(r.status)}${r.rawStatus !== null && r.rawStatus.toLowerCase() !== r.status ? ` (written "${show(r.rawStatus)}")` : ''}`,
    `  date:          ${show(r.date)}`,
    `  theme:         ${show(r.theme)}`,
    `  superseded by: ${show(r.supersededBy)}`,
    `  supersedes:    ${r.supersedes.length > 0 ? show(r.supersedes.join(', ')) : '-'}`,
    `  review date:   ${show(r.reviewDate)}`,
    ...findings.map((f) => `  ${formatFindingLine(f)}`),
  ]
  return lines.join('\n') + '\n'
}
