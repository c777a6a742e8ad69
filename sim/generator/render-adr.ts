/** The formats ADRs are found in across real repositories. */
export type AdrStyle = 'inline' | 'front-matter' | 'madr2' | 'log4brains' | 'nygard' | 'table'

export interface AdrSpec {
  style: AdrStyle
  number: number
  title: string
  /** As written, e.g. `Accepted`, `Accepted (2025-03-02)`, `Superseded by [ADR-0002](0002-x.md)`, `Aproved`; null: no status line. */
  status: string | null
  date: string
  /** As written (id, name or alias, possibly unknown); null: no theme field. */
  theme: string | null
  deciders: string
  reviewDate: string | null
  context: string
  decision: string
}

const pad = (n: number): string => String(n).padStart(4, '0')

function body(spec: AdrSpec, headings: [string, string, string]): string {
  const [context, decision, consequences] = headings
  return [
    `## ${context}`,
    '',
    spec.context,
    '',
    `## ${decision}`,
    '',
    spec.decision,
    '',
    `## ${consequences}`,
    '',
    'Teams get one supported way to do this; the old way is removed within two quarters.',
    '',
  ].join('\n')
}

/** Renders an ADR in one of the real-world formats (the recommended template is `inline`). */
export function renderAdr(spec: AdrSpec): string {
  const std: [string, string, string] = ['Context', 'Decision', 'Consequences']
  const madr: [string, string, string] = ['Context and Problem Statement', 'Decision Outcome', 'Consequences']
  const field = (value: string | null, make: (v: string) => string): string[] =>
    value === null ? [] : [make(value)]
  switch (spec.style) {
    case 'inline':
      return [
        `# ADR-${pad(spec.number)}: ${spec.title}`,
        '',
        ...field(spec.status, (v) => `**Status**: ${v}`),
        `**Date**: ${spec.date}`,
        `**Deciders**: ${spec.deciders}`,
        ...field(spec.theme, (v) => `**Strategic Theme**: ${v}`),
        ...field(spec.reviewDate, (v) => `**Review Date**: ${v}`),
        '',
        body(spec, std),
      ].join('\n')
    case 'front-matter':
      return [
        '---',
        ...field(spec.status, (v) => `status: ${JSON.stringify(v.toLowerCase())}`),
        `date: ${spec.date}`,
        `deciders: ${JSON.stringify(spec.deciders)}`,
        ...field(spec.theme, (v) => `theme: ${JSON.stringify(v)}`),
        ...field(spec.reviewDate, (v) => `review-date: ${v}`),
        '---',
        '',
        `# ${spec.title}`,
        '',
        body(spec, madr),
      ].join('\n')
    case 'madr2':
    case 'log4brains': {
      const bullet = spec.style === 'madr2' ? '*' : '-'
      return [
        `# ${spec.title}`,
        '',
        ...field(spec.status, (v) => `${bullet} Status: ${v.toLowerCase()}`),
        `${bullet} Deciders: ${spec.deciders}`,
        `${bullet} Date: ${spec.date}`,
        ...field(spec.theme, (v) => `${bullet} Strategic Theme: ${v}`),
        '',
        body(spec, madr),
      ].join('\n')
    }
    case 'nygard':
      return [
        `# ${spec.number}. ${spec.title}`,
        '',
        `Date: ${spec.date}`,
        ...field(spec.theme, (v) => `Strategic Theme: ${v}`),
        '',
        ...(spec.status === null ? [] : ['## Status', '', spec.status, '']),
        body(spec, std),
      ].join('\n')
    case 'table':
      return [
        `# ADR ${spec.number}: ${spec.title}`,
        '',
        '| Field | Value |',
        '| --- | --- |',
        ...field(spec.status, (v) => `| Status | ${v} |`),
        `| Date | ${spec.date} |`,
        `| Deciders | ${spec.deciders} |`,
        ...field(spec.theme, (v) => `| Strategic Theme | ${v} |`),
        '',
        body(spec, std),
      ].join('\n')
  }
}

/** The file name convention of each format: `0007-use-postgres.md`, adr-tools `0007-use-postgres.md`. */
export function adrFileName(number: number, title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `${pad(number)}-${slug}.md`
}
