import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../../src/core/adr/parse-adr.js'
import { adrsSchema } from '../../../src/core/config/config.schema.js'
import type { Adr } from '../../../src/core/types.js'
import { readAdrFixture } from '../../helpers/read-adr-fixture.js'

const defaults = adrsSchema.parse({})
/** Status words of the French and Spanish fixtures, configured as synonyms. */
const localised = {
  statuses: defaults.statuses,
  synonyms: { ...defaults.status_synonyms, accepté: 'accepted', propuesto: 'proposed' },
}

type Expected = Omit<Adr, 'path'> & { findings?: string[] }

const none = { theme: null, supersededBy: null, supersedes: [], reviewDate: null }

// One fixture per format, with every field and the exact line it was read from.
// prettier-ignore
const cases: [string, Expected][] = [
  ['0001-record-architecture-decisions.md', { ...none, title: 'Record architecture decisions', number: 1, status: 'accepted', rawStatus: 'Accepted', date: '2016-02-12', format: 'nygard', lines: { title: 1, number: 1, status: 7, date: 3 } }],
  ['0002-nygard-status-history.md', { ...none, title: "Split the monolith's billing module", number: 2, status: 'accepted', rawStatus: 'Accepted', date: '2021-03-02', theme: 'Global Scale & Performance', format: 'nygard', lines: { title: 1, number: 1, status: 10, date: 10, theme: 3 } }],
  ['0003-nygard-history-newest-first.md', { ...none, title: 'Move sessions to Redis', number: 3, status: 'deprecated', rawStatus: 'Deprecated', date: '2023-09-01', format: 'nygard', lines: { title: 1, number: 1, status: 5, date: 5 } }],
  ['0004-madr2-star-bullets.md', { ...none, title: 'Use Markdown Architectural Decision Records', number: 4, status: 'accepted', rawStatus: 'accepted', date: '2017-12-14', theme: 'developer-velocity', supersedes: ['0001-record-architecture-decisions.md'], format: 'madr2', lines: { title: 1, status: 3, date: 5, theme: 6, supersedes: 21 } }],
  ['0005-madr2-dash-bullets.md', { ...none, title: 'Adopt feature flags for progressive delivery', number: 5, status: 'proposed', rawStatus: 'proposed', date: '2024-06-30', theme: 'developer-velocity', format: 'madr2', lines: { title: 1, status: 3, date: 5, theme: 6 } }],
  ['0006-madr3-front-matter.md', { ...none, title: 'Use OpenID Connect for customer single sign-on', number: 6, status: 'accepted', rawStatus: 'accepted', date: '2022-11-08', theme: 'enterprise-ready', format: 'front-matter', lines: { title: 10, status: 3, date: 4, theme: 8 } }],
  ['0007-madr4-bom.md', { ...none, title: 'Serve static assets from a single region', number: 7, status: 'superseded', rawStatus: 'superseded', date: '2023-01-15', theme: 'global-scale', supersededBy: 'ADR-0012', reviewDate: '2024-01-15', format: 'front-matter', lines: { title: 9, number: 9, status: 2, date: 3, theme: 5, supersededBy: 2, reviewDate: 6 } }],
  ['0008-madr4-yaml-timestamp.md', { ...none, title: 'Store audit events in an append-only log', number: 8, status: 'accepted', rawStatus: 'Approved', date: '2021-03-02', theme: 'Enterprise-Ready Platform', supersedes: ['0004-madr2-star-bullets.md', 'ADR-0003'], reviewDate: '2099-12-31', format: 'front-matter', lines: { title: 2, status: 3, date: 4, theme: 5, supersedes: 6, reviewDate: 9 } }],
  ['0009-madr3-template.md', { ...none, title: '{short title of solved problem and solution}', number: 9, status: null, rawStatus: null, statusPlaceholder: '{proposed | rejected | accepted | deprecated | … | superseded by ADR-0005}', date: null, format: 'front-matter', lines: { title: 7, status: 3, date: 4 }, findings: ['ADR_FRONT_MATTER_INVALID:3', 'ADR_BAD_DATE:4'] }],
  ['0010-madr2-template.md', { ...none, title: '[short title of solved problem and solution]', number: 10, status: null, rawStatus: null, statusPlaceholder: '[proposed | rejected | accepted | deprecated | … | superseded by ADR-0005]', date: null, format: 'madr2', lines: { title: 1, status: 3, date: 5 }, findings: ['ADR_BAD_DATE:5'] }],
  ['0011-recommended-template.md', { ...none, title: 'Adopt single sign-on for all customer-facing apps', number: 11, status: 'accepted', rawStatus: 'Accepted', date: '2026-03-14', theme: 'enterprise-ready', reviewDate: '2027-03-14', format: 'inline', lines: { title: 1, number: 1, status: 3, date: 4, theme: 6, reviewDate: 7 } }],
  ['0012-bold-bullets.md', { ...none, title: 'Use a service mesh for east-west traffic', number: 12, status: 'accepted', rawStatus: 'approved', date: '2021-03-02', theme: 'Global Scale & Performance', supersedes: ['0003-nygard-history-newest-first.md', '0005-madr2-dash-bullets.md'], format: 'inline', lines: { title: 1, status: 3, date: 4, theme: 5, supersedes: 6 } }],
  ['0013-table-vertical.md', { ...none, title: 'Run experiments through one platform', number: 13, status: 'accepted', rawStatus: 'Accepted', date: '2021-03-02', theme: 'data-driven-product', reviewDate: '2022-03-02', format: 'table', lines: { title: 1, number: 1, status: 5, date: 6, theme: 7, reviewDate: 8 } }],
  ['0014-table-horizontal.md', { ...none, title: 'Cache product pages at the edge', number: 14, status: 'proposed', rawStatus: 'Proposed', date: '2024-05-17', theme: 'global-scale', format: 'table', lines: { title: 1, number: 1, status: 5, date: 5, theme: 5 } }],
  ['0015-adr-tools-superseded.md', { ...none, title: 'Use Postgres for the order service', number: 15, status: 'superseded', rawStatus: 'Superceded', date: '2019-08-01', supersededBy: '0016-adr-tools-supersedes.md', format: 'nygard', lines: { title: 1, number: 1, status: 7, date: 3, supersededBy: 7 } }],
  ['0016-adr-tools-supersedes.md', { ...none, title: 'Use CockroachDB for the order service', number: 16, status: 'accepted', rawStatus: 'Accepted', date: '2021-04-12', supersedes: ['0015-adr-tools-superseded.md'], format: 'nygard', lines: { title: 1, number: 1, status: 7, date: 3, supersedes: 9 } }],
  ['0017-status-with-date.md', { ...none, title: 'Pin the CockroachDB version', number: 17, status: 'accepted', rawStatus: 'Accepted', date: '2021-06-01', theme: 'global-scale', format: 'inline', lines: { title: 1, number: 1, status: 3, date: 3, theme: 4 } }],
  ['20210302-use-log4brains.md', { ...none, title: 'Use Log4brains to manage the ADRs', number: null, status: 'superseded', rawStatus: 'superseded', date: '2021-03-02', supersededBy: '20230110-use-backstage-adr-plugin.md', format: 'madr2', lines: { title: 1, status: 3, date: 4, supersededBy: 3 } }],
  ['0019-ignored-regions.md', { ...none, title: 'Retry failed webhooks with backoff', number: 19, status: 'proposed', rawStatus: 'Proposed', date: null, theme: 'developer-velocity', format: 'inline', lines: { title: 1, number: 1, status: 28, theme: 29 } }],
  ['0020-german.md', { ...none, title: 'Einheitliches Logging-Format', number: 20, status: 'accepted', rawStatus: 'Accepted', date: '2021-03-02', theme: 'developer-velocity', format: 'nygard', lines: { title: 1, number: 1, status: 7, date: 3, theme: 11 } }],
  ['0021-french.md', { ...none, title: 'Chiffrer les sauvegardes', number: 21, status: 'accepted', rawStatus: 'Accepté', date: '2021-03-02', theme: 'enterprise-ready', format: 'nygard', lines: { title: 1, number: 1, status: 5, date: 5, theme: 9 } }],
  ['0022-spanish.md', { ...none, title: 'Usar colas para los correos', number: 22, status: 'proposed', rawStatus: 'Propuesto', date: '2021-03-02', theme: 'data-driven-product', format: 'nygard', lines: { title: 1, number: 1, status: 7, date: 3, theme: 11 } }],
  ['0023-italian.md', { ...none, title: 'Centralizzare i segreti', number: 23, status: 'accepted', rawStatus: 'accepted', date: '2021-03-02', theme: 'enterprise-ready', format: 'madr2', lines: { title: 1, number: 1, status: 3, date: 4, theme: 5 } }],
  ['0024-ambiguous-date.md', { ...none, title: 'Archive old invoices', number: 24, status: 'accepted', rawStatus: 'Accepted', date: null, theme: 'enterprise-ready', reviewDate: '2025-12-31', format: 'inline', lines: { title: 1, number: 1, status: 3, date: 4, theme: 5, reviewDate: 6 }, findings: ['ADR_BAD_DATE:4'] }],
  ['0025-recommended-crlf.md', { ...none, title: 'Adopt single sign-on for all customer-facing apps', number: 25, status: 'accepted', rawStatus: 'Accepted', date: '2026-03-14', theme: 'enterprise-ready', reviewDate: '2027-03-14', format: 'inline', lines: { title: 1, number: 1, status: 3, date: 4, theme: 6, reviewDate: 7 } }],
  ['0026-madr3-bom-crlf.md', { ...none, title: 'Use OpenID Connect for customer single sign-on', number: 26, status: 'accepted', rawStatus: 'accepted', date: '2022-11-08', theme: 'enterprise-ready', format: 'front-matter', lines: { title: 10, status: 3, date: 4, theme: 8 } }],
  ['0027-nygard-crlf.md', { ...none, title: 'Record architecture decisions', number: 27, status: 'accepted', rawStatus: 'Accepted', date: '2016-02-12', format: 'nygard', lines: { title: 1, number: 1, status: 7, date: 3 } }],
]

describe('parseAdr: every format', () => {
  it.each(cases)('reads %s', (name, expected) => {
    const path = `docs/adr/${name}`
    const { findings: expectedFindings = [], ...adr } = expected
    const parsed = parseAdr(path, readAdrFixture(name), localised)
    expect(parsed.adr).toEqual({ path, ...adr })
    expect(parsed.findings.map((f) => `${f.code}:${f.line}`)).toEqual(expectedFindings)
    for (const f of parsed.findings) expect(f.file).toBe(path)
  })

  it('keeps the CRLF fixtures in CRLF and the BOM fixtures with their BOM', () => {
    expect(readAdrFixture('0025-recommended-crlf.md')).toContain('\r\n')
    expect(readAdrFixture('0026-madr3-bom-crlf.md').charCodeAt(0)).toBe(0xfeff)
    expect(readAdrFixture('0007-madr4-bom.md').charCodeAt(0)).toBe(0xfeff)
  })

  it('reads the same fields from a CRLF file as from its LF twin', () => {
    const crlf = parseAdr('a.md', readAdrFixture('0025-recommended-crlf.md')).adr
    const lf = parseAdr('a.md', readAdrFixture('0011-recommended-template.md')).adr
    expect({ ...crlf, number: null, title: '' }).toEqual({ ...lf, number: null, title: '' })
  })
})
