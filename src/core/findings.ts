/**
 * Findings are content problems reported as data (never thrown). Codes are stable forever:
 * users silence, grep and document them.
 */
export const FINDING_CODES = [
  // configuration
  'CONFIG_INVALID',
  'CONFIG_UNKNOWN_KEY',
  'CONFIG_YAML_SYNTAX',
  'CONFIG_NOT_FOUND',
  'CONFIG_REMOVED',
  // pull requests
  'PR_MISSING_THEME',
  'PR_UNKNOWN_THEME',
  'PR_RETIRED_THEME',
  'PR_TOO_LARGE',
  // ADRs
  'ADR_MISSING_STATUS',
  'ADR_INVALID_STATUS',
  'ADR_STATUS_PLACEHOLDER',
  'ADR_BAD_GLOB',
  'ADR_STATUS_UNREADABLE',
  'ADR_MISSING_THEME',
  'ADR_UNKNOWN_THEME',
  'ADR_RETIRED_THEME',
  'ADR_MISSING_TITLE',
  'ADR_SUPERSEDED_WITHOUT_LINK',
  'ADR_BROKEN_LINK',
  'ADR_DUPLICATE_NUMBER',
  'ADR_REVIEW_OVERDUE',
  'ADR_BAD_DATE',
  'ADR_FRONT_MATTER_INVALID',
  'ADR_UNREADABLE',
  'DECISION_SUPERSEDED_AREA',
  // technology guidelines
  'TECH_HOLD',
  'TECH_RETIRED',
  'TECH_EXCEPTION',
] as const

export type FindingCode = (typeof FINDING_CODES)[number]

/** `error` fails the check in `mode: fail`; `warning` never fails; `notice` is information. */
export type Severity = 'error' | 'warning' | 'notice'

export interface Finding {
  code: FindingCode
  severity: Severity
  /** What, where, the value, what is accepted, how to fix (STYLE.md §9). Plain text; escape before rendering. */
  message: string
  /** Repository-relative path, when the finding is about a file. */
  file?: string
  /** 1-based line in `file`. */
  line?: number
  /** 1-based column in `file`. */
  column?: number
}

/** Builds a finding; keeps call sites short and the shape uniform. */
export function finding(
  code: FindingCode,
  severity: Severity,
  message: string,
  where: { file?: string; line?: number; column?: number } = {},
): Finding {
  const result: Finding = { code, severity, message }
  if (where.file !== undefined) result.file = where.file
  if (where.line !== undefined) result.line = where.line
  if (where.column !== undefined) result.column = where.column
  return result
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** Stable order: severity, file, line, code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '', 'en', { numeric: true }) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.code.localeCompare(b.code),
  )
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}
