import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../../src/core/adr/parse-adr.js'
import { validateAdr } from '../../../src/core/adr/validate-adr.js'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'
import type { Finding } from '../../../src/core/findings.js'
import type { Adr } from '../../../src/core/types.js'
import { readAdrFixture } from '../../helpers/read-adr-fixture.js'

const config = strategyConfigSchema.parse({
  themes: [
    { id: 'enterprise-ready', name: 'Enterprise-Ready Platform', aliases: ['enterprise'] },
    { id: 'global-scale', name: 'Global Scale & Performance' },
    { id: 'legacy-cost', name: 'Legacy Cost Cutting', status: 'retired' },
  ],
})
const TODAY = '2026-03-14'
const PATH = 'docs/adr/0007-sso.md'

function check(text: string, overrides: Partial<typeof config.adrs> = {}): Finding[] {
  const adrs = { ...config.adrs, ...overrides }
  const { adr } = parseAdr(PATH, text, { statuses: adrs.statuses, synonyms: adrs.status_synonyms })
  return validateAdr({ adr, config: { ...config, adrs }, today: TODAY })
}

const header = (lines: string): string => `# ADR-0007: Adopt SSO\n\n${lines}\n`
const THEME = '**Strategic Theme**: enterprise-ready'

describe('validateAdr', () => {
  it('finds nothing wrong with the recommended template', () => {
    expect(
      validateAdr({
        adr: parseAdr(PATH, readAdrFixture('0011-recommended-template.md')).adr,
        config,
        today: TODAY,
      }),
    ).toEqual([])
  })

  it('reports ADR_MISSING_STATUS on line 1, showing the line to add', () => {
    const [f, ...rest] = check(header(THEME))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'ADR_MISSING_STATUS', severity: 'error', file: PATH, line: 1 })
    expect(f?.message).toBe(
      'ADR `docs/adr/0007-sso.md` has no status. Add `**Status**: Proposed` below the title; accepted statuses: ' +
        'Proposed, Accepted, Rejected, Deprecated, Superseded. See the recommended ADR template: https://github.com/strategy-trace/strategy-trace#adr-format',
    )
  })

  it('reports an empty status on its own line, in the ADR’s format', () => {
    expect(check(`# T\n\n* Status:\n* Theme: enterprise-ready\n`)).toMatchObject([
      {
        code: 'ADR_MISSING_STATUS',
        line: 3,
        message: expect.stringContaining('has an empty status on line 3. Add `* Status: proposed`'),
      },
    ])
  })

  it('reports ADR_INVALID_STATUS with the accepted values and the nearest one', () => {
    const [f] = check(header(`**Status**: Aproved\n${THEME}`))
    expect(f).toMatchObject({ code: 'ADR_INVALID_STATUS', severity: 'error', line: 3 })
    expect(f?.message).toBe(
      'ADR `docs/adr/0007-sso.md` has status "Aproved" on line 3, which is not one of: Proposed, Accepted, Rejected, ' +
        'Deprecated, Superseded (or a synonym: approved, draft, in review, superceded, declined). Did you mean "Accepted"? ' +
        'Edit its status line, e.g. `**Status**: Accepted` below the title. If "Aproved" means one of them in your ' +
        'team, map it in the config: `adrs.status_synonyms: { "aproved": accepted }`. See the recommended ADR ' +
        'template: https://github.com/strategy-trace/strategy-trace#adr-format',
    )
  })

  it("warns, never errs, when the status is still the template's list of choices", () => {
    const findings = check(readAdrFixture('0010-madr2-template.md'))
    expect(findings.map((f) => `${f.code}:${f.severity}:${f.line}`)).toEqual([
      'ADR_MISSING_TITLE:warning:1',
      'ADR_STATUS_PLACEHOLDER:warning:3',
      'ADR_MISSING_THEME:warning:1',
    ])
    expect(findings[1]?.message).toContain("still has the template's choices as its status on line 3")
    expect(findings[1]?.message).toContain('leave it out with `adrs.ignore`')
  })

  it('warns, never errs, when the status is a sentence it cannot be sure of', () => {
    const [f] = check(header(`**Status**: We think this might be what the team wants for now\n${THEME}`))
    expect(f).toMatchObject({ code: 'ADR_STATUS_UNREADABLE', severity: 'warning', line: 3 })
  })

  it('reports a status the config does not allow even when the parser knew it', () => {
    const findings = check(header(`**Status**: Deprecated\n${THEME}`), {
      statuses: ['proposed', 'accepted'],
      status_synonyms: {},
    })
    expect(findings).toMatchObject([
      { code: 'ADR_INVALID_STATUS', message: expect.stringContaining('not one of: Proposed, Accepted.') },
    ])
  })

  it('reports ADR_SUPERSEDED_WITHOUT_LINK on the status line', () => {
    expect(check(header(`**Status**: Superseded\n${THEME}`))).toMatchObject([
      {
        code: 'ADR_SUPERSEDED_WITHOUT_LINK',
        severity: 'warning',
        line: 3,
        message: expect.stringContaining('`Superseded by [ADR-0012](0012-newer-decision.md)`'),
      },
    ])
    expect(check(header(`**Status**: Superseded by [ADR-0012](0012-x.md)\n${THEME}`))).toEqual([])
  })

  it('reports ADR_MISSING_THEME as a warning with the line to add and the theme ids', () => {
    const [f] = check(header('**Status**: Accepted'))
    expect(f).toMatchObject({ code: 'ADR_MISSING_THEME', severity: 'warning', line: 1 })
    expect(f?.message).toBe(
      'ADR `docs/adr/0007-sso.md` names no strategic theme. Add the line `**Strategic Theme**: enterprise-ready` below the ' +
        'title, with one of: enterprise-ready, global-scale. To stop requiring a theme on ADRs, set `adrs.require_theme: false`. ' +
        'See the recommended ADR template: https://github.com/strategy-trace/strategy-trace#adr-format',
    )
    expect(check(header('**Status**: Accepted'), { require_theme: false })).toEqual([])
  })

  it('shows the theme line in front-matter form for MADR 3 ADRs', () => {
    expect(check('---\nstatus: accepted\n---\n# T\n')).toMatchObject([
      {
        code: 'ADR_MISSING_THEME',
        message: expect.stringContaining('Add `theme: enterprise-ready` to the front matter'),
      },
    ])
  })

  it('reports ADR_UNKNOWN_THEME with a suggestion, on the theme line', () => {
    const [f] = check(header('**Status**: Accepted\n**Strategic Theme**: enterprize-ready'))
    expect(f).toMatchObject({ code: 'ADR_UNKNOWN_THEME', severity: 'error', line: 4 })
    expect(f?.message).toBe(
      'ADR `docs/adr/0007-sso.md` names strategic theme "enterprize-ready" on line 4, which is not a theme id, name or ' +
        'alias in the strategy config. Did you mean "enterprise-ready"? Accepted: enterprise-ready, global-scale. Edit its ' +
        'Strategic Theme line, or add the theme to `themes:` in the strategy config.',
    )
  })

  it('resolves theme names and aliases', () => {
    expect(check(header('**Status**: Accepted\n**Strategic Theme**: Global Scale & Performance'))).toEqual([])
    expect(check(header('**Status**: Accepted\n**Theme**: ENTERPRISE'))).toEqual([])
  })

  it('reports ADR_RETIRED_THEME as a warning', () => {
    expect(check(header('**Status**: Accepted\n**Strategic Theme**: legacy-cost'))).toMatchObject([
      {
        code: 'ADR_RETIRED_THEME',
        severity: 'warning',
        line: 4,
        message: expect.stringContaining('which is retired. Active themes: enterprise-ready, global-scale.'),
      },
    ])
  })

  it('reports ADR_REVIEW_OVERDUE for a review date before today', () => {
    const [f] = check(header(`**Status**: Accepted\n${THEME}\n**Review Date**: 2026-03-01`))
    expect(f).toMatchObject({ code: 'ADR_REVIEW_OVERDUE', severity: 'warning', line: 5 })
    expect(f?.message).toContain('was due for review on 2026-03-01 (13 days ago) on line 5.')
    expect(check(header(`**Status**: Accepted\n${THEME}\n**Review Date**: ${TODAY}`))).toEqual([])
    expect(check(header(`**Status**: Deprecated\n${THEME}\n**Review Date**: 2020-01-01`))).toEqual([])
  })

  it('reports ADR_BAD_DATE for a date that is not a calendar day', () => {
    const adr: Adr = {
      ...parseAdr(PATH, readAdrFixture('0011-recommended-template.md')).adr,
      date: '2021-02-30',
      reviewDate: '2027-3-1',
    }
    expect(validateAdr({ adr, config, today: TODAY })).toMatchObject([
      { code: 'ADR_BAD_DATE', severity: 'warning', line: 4 },
      { code: 'ADR_BAD_DATE', severity: 'warning', line: 7 },
    ])
  })

  it('reports ADR_MISSING_TITLE for a derived or placeholder title', () => {
    expect(check(`**Status**: Accepted\n${THEME}\n`)).toMatchObject([
      {
        code: 'ADR_MISSING_TITLE',
        severity: 'warning',
        line: 1,
        message: expect.stringContaining(
          'has no title, so "Sso" (from its file name) is shown. Start the file with a heading such as `# ADR-0007: <the decision>`',
        ),
      },
    ])
    expect(check(`# {short title}\n\n**Status**: Accepted\n${THEME}\n`)).toMatchObject([
      {
        code: 'ADR_MISSING_TITLE',
        line: 1,
        message: expect.stringContaining('placeholder title "{short title}"'),
      },
    ])
  })
})
