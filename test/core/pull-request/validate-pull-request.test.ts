import { describe, expect, it } from 'vitest'
import { validatePullRequest } from '../../../src/core/pull-request/validate-pull-request.js'
import { sampleConfig, samplePr } from './sample-config.js'

const config = sampleConfig()

function validate(pr: Parameters<typeof samplePr>[0], cfg = config) {
  return validatePullRequest({ pr: samplePr(pr), config: cfg })
}

describe('validatePullRequest', () => {
  it('resolves ids, names and aliases from every source, deduplicated and sorted', () => {
    const result = validate({
      labels: ['theme:dx'],
      title: '[Global Scale & Performance] Add a CDN',
      body: 'Theme: Developer-Velocity, scale',
      headRef: 'theme/enterprise/sso',
    })
    expect(result).toEqual({
      themes: ['developer-velocity', 'enterprise-ready', 'global-scale'],
      findings: [],
    })
  })

  it('reports PR_MISSING_THEME with the exact line to add, the valid themes and how to skip', () => {
    const { themes, findings } = validate({ body: '<!--\nTheme: <id>\n-->\nAdds a CDN.' })
    expect(themes).toEqual([])
    expect(findings).toEqual([{ code: 'PR_MISSING_THEME', severity: 'error', message: expect.any(String) }])
    const message = findings[0]?.message ?? ''
    expect(message).toContain('add the line "Theme: global-scale" to the description')
    expect(message).toContain('valid themes: global-scale, enterprise-ready, developer-velocity, data-driven')
    expect(message).not.toContain('legacy-monolith')
    expect(message).toContain('add the label "no-theme" to skip this check')
  })

  it('uses the configured severity for PR_MISSING_THEME', () => {
    const { findings } = validate({}, sampleConfig({ missing_theme_severity: 'warning' }))
    expect(findings).toMatchObject([{ code: 'PR_MISSING_THEME', severity: 'warning' }])
  })

  it('suggests a label when the body is not a source', () => {
    const { findings } = validate({}, sampleConfig({ sources: ['label', 'branch'], exempt: { labels: [] } }))
    expect(findings[0]?.message).toContain('add the label "theme:global-scale"')
    expect(findings[0]?.message).toContain('a "theme:<id>" label or a branch named "theme/<id>/…"')
    expect(findings[0]?.message).not.toContain('to skip this check')
  })

  it.each([
    [
      { body: 'Intro\n\nTheme: globle-scale' },
      'on line 3 of the description',
      'Change that line to "Theme: global-scale".',
    ],
    [
      { labels: ['theme:enterprize-ready'] },
      'in the label "theme:enterprize-ready"',
      'Replace the label with "theme:enterprise-ready".',
    ],
    [
      { title: '[developer-velocty] Cache CI' },
      'in the title tag "[developer-velocty]"',
      'Change the title tag to "[developer-velocity]".',
    ],
  ])('reports PR_UNKNOWN_THEME with a suggestion and its source: %j', (pr, where, fix) => {
    const { themes, findings } = validate(pr)
    expect(themes).toEqual([])
    expect(findings).toMatchObject([{ code: 'PR_UNKNOWN_THEME', severity: 'error' }])
    expect(findings[0]?.message).toContain(where)
    expect(findings[0]?.message).toContain('Did you mean "')
    expect(findings[0]?.message).toContain(fix)
    expect(findings[0]).not.toHaveProperty('file')
  })

  it('reports an unknown theme without a suggestion when nothing is close', () => {
    const { findings } = validate({ body: 'Theme: bananas' })
    expect(findings).toMatchObject([{ code: 'PR_UNKNOWN_THEME', severity: 'error' }])
    expect(findings[0]?.message).not.toContain('Did you mean')
    expect(findings[0]?.message).toContain('Valid themes: global-scale, enterprise-ready')
  })

  it('reports each unknown reference once', () => {
    const { findings } = validate({ body: 'Theme: bananas\nTheme: Bananas', labels: ['theme:bananas'] })
    expect(findings.map((f) => f.code)).toEqual(['PR_UNKNOWN_THEME'])
  })

  it('still reports an unknown theme next to a valid one', () => {
    const { themes, findings } = validate({ body: 'Themes: dx, globle-scale' })
    expect(themes).toEqual(['developer-velocity'])
    expect(findings).toMatchObject([{ code: 'PR_UNKNOWN_THEME', severity: 'error' }])
  })

  it('warns about a misspelt branch (it cannot be renamed) and still asks for a theme', () => {
    const { findings } = validate({ headRef: 'theme/globle-scale/cdn' })
    expect(findings).toMatchObject([
      { code: 'PR_UNKNOWN_THEME', severity: 'warning' },
      { code: 'PR_MISSING_THEME', severity: 'error' },
    ])
    expect(findings[0]?.message).toContain('by the branch "theme/globle-scale/cdn"')
    expect(findings[0]?.message).toContain('add the line "Theme: global-scale" to the description instead')
  })

  it('reports PR_RETIRED_THEME as a warning, once, and still counts the theme', () => {
    const { themes, findings } = validate({
      labels: ['theme:legacy-monolith'],
      body: 'Theme: Legacy Monolith Decomposition',
    })
    expect(themes).toEqual(['legacy-monolith'])
    expect(findings).toMatchObject([{ code: 'PR_RETIRED_THEME', severity: 'warning' }])
    expect(findings[0]?.message).toBe(
      'The theme "legacy-monolith" (Legacy Monolith Decomposition) named in the label "theme:legacy-monolith" is retired. ' +
        'Name an active theme instead: global-scale, enterprise-ready, developer-velocity, data-driven.',
    )
  })

  describe('with require_theme: false', () => {
    const optional = sampleConfig({ require_theme: false })

    it('accepts a pull request without a theme', () => {
      expect(validate({}, optional)).toEqual({ themes: [], findings: [] })
    })

    it('still resolves themes and only warns about a misspelt one', () => {
      const result = validate({ body: 'Themes: dx, globle-scale' }, optional)
      expect(result.themes).toEqual(['developer-velocity'])
      expect(result.findings).toMatchObject([{ code: 'PR_UNKNOWN_THEME', severity: 'warning' }])
    })
  })

  it('keeps hostile reference text as data (rendering escapes it)', () => {
    const { findings } = validate({ body: 'Theme: @org/team <script>alert(1)</script>' })
    expect(findings[0]?.message).toContain('"@org/team <script>alert(1)</script>"')
  })
})
