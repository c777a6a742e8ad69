import { describe, expect, it } from 'vitest'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'
import { finding, type Finding } from '../../../src/core/findings.js'
import { validatePullRequest } from '../../../src/core/pull-request/validate-pull-request.js'
import { MARKERS } from '../../../src/core/report/markers.js'
import {
  MAX_COMMENT_LENGTH,
  renderFindingsComment,
} from '../../../src/core/report/render-findings-comment.js'
import type { PullRequestInfo } from '../../../src/core/types.js'
import { SAMPLE_THEMES, sampleConfig, samplePr } from '../pull-request/sample-config.js'
import { countCellSeparators, expectGolden } from '../../helpers/expect-golden.js'
import { ADR_FINDINGS } from './sample-findings.js'

const config = sampleConfig()

function commentFor(pr: Partial<PullRequestInfo>, extra: Finding[] = [], cfg = config): string {
  const info = samplePr(pr)
  const { themes, findings } = validatePullRequest({ pr: info, config: cfg })
  return renderFindingsComment({ findings: [...findings, ...extra], themes, pr: info, config: cfg })
}

/** Every table line has exactly the five separators of a four-column row. */
function expectIntactTable(body: string): void {
  const rows = body.split('\n').filter((line) => line.startsWith('|'))
  expect(rows.length).toBeGreaterThan(2)
  for (const row of rows) expect(countCellSeparators(row), row).toBe(5)
}

describe('renderFindingsComment', () => {
  it('renders nothing for a clean pull request', () => {
    expect(commentFor({ body: 'Theme: global-scale' })).toBe('')
  })

  it.each([
    ['comment-missing-theme', { body: '<!-- Theme: <id> -->\nAdds a CDN.' }],
    ['comment-unknown-theme', { body: 'Adds a CDN.\n\nTheme: globle-scale', labels: ['theme:dx'] }],
    ['comment-retired-theme', { labels: ['theme:legacy-monolith'] }],
  ])('renders %s', (name, pr) => {
    const body = commentFor(pr)
    expect(body.startsWith(`${MARKERS.prCheck}\n`)).toBe(true)
    expectIntactTable(body)
    expectGolden(name, body)
  })

  it('renders ADR findings with file:line and a short footer', () => {
    const body = commentFor({ body: 'Theme: enterprise-ready' }, ADR_FINDINGS)
    expect(body).toContain('`docs/adr/0007-cache.md:3`')
    expect(body).not.toContain('```text')
    expectIntactTable(body)
    expectGolden('comment-adr-findings', body)
  })

  it('escapes hostile titles, names, file names and references', () => {
    const hostile = strategyConfigSchema.parse({
      themes: [
        ...SAMPLE_THEMES,
        { id: 'ops', name: '@acme/everyone <img src=x onerror=alert(1)> | **Ops**', status: 'retired' },
      ],
    })
    const adr = finding(
      'ADR_INVALID_STATUS',
      'error',
      'ADR "<script>alert(1)</script> | @octocat [x](javascript:alert(1))" has status "`rm -rf`".',
      { file: 'docs/adr/00`1|x<b>@team.md', line: 2 },
    )
    const body = commentFor(
      { title: '@acme/security <b>pwn</b>', body: 'Theme: @acme/team <script>|`x`\nTheme: ops' },
      [adr],
      hostile,
    )
    expectIntactTable(body)
    // The file name sits in a code span, which GitHub shows literally (no HTML, no mention).
    const fileSpan = '``docs/adr/00`1¦x<b>@team.md:2``'
    expect(body).toContain(`| ${fileSpan} |`)
    const prose = body.replace(fileSpan, '')
    expect(prose).not.toMatch(/<(script|img|b)\b/i)
    expect(prose).not.toMatch(/@(acme|octocat|team)/)
    expect(body).not.toContain('](javascript:')
    expectGolden('comment-hostile', body)
  })

  it(`stays under ${MAX_COMMENT_LENGTH} characters by leaving out whole findings`, () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      finding(
        'ADR_MISSING_THEME',
        'warning',
        `ADR docs/adr/${String(i).padStart(4, '0')}-x.md names no theme. ${'x'.repeat(150)}`,
        {
          file: `docs/adr/${String(i).padStart(4, '0')}-x.md`,
          line: 1,
        },
      ),
    )
    const body = commentFor({ body: 'Theme: dx' }, many)
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body.length).toBeGreaterThan(MAX_COMMENT_LENGTH - 500)
    const shown = body.split('\n').filter((line) => line.startsWith('| ⚠️')).length
    expect(body).toContain(`_… and ${400 - shown} more findings: see the job summary._`)
    expect(body).toContain('found 400 warnings')
    expect(body.trimEnd().endsWith('this comment updates itself.')).toBe(true)
    expectIntactTable(body)
    expectGolden('comment-truncated', body)
  })

  it('clips one enormous message instead of dropping everything', () => {
    const huge = finding('ADR_BAD_DATE', 'error', `Bad date ${'@x '.repeat(300_000)}`, {
      file: 'a.md',
      line: 1,
    })
    const body = commentFor({ body: 'Theme: dx' }, [huge])
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH)
    expect(body).toContain('| ❌ error | `a.md:1` |')
    expect(body).toContain('…')
  })

  it('uses a longer fence when the example line contains backticks', () => {
    const odd = sampleConfig({ sources: ['label'], label_prefix: '```theme:' })
    expect(commentFor({}, [], odd)).toContain('````text\n```theme:global-scale\n````')
  })

  it('does not offer a skip label when none is configured', () => {
    const body = commentFor({}, [], sampleConfig({ exempt: { labels: [] } }))
    expect(body).toContain('Valid themes: `global-scale`')
    expect(body).not.toContain('To skip this check')
  })

  it('leaves out the commit when the head sha is unknown', () => {
    const body = renderFindingsComment({ findings: ADR_FINDINGS, themes: [], pr: { headSha: '' }, config })
    expect(body).toContain('found 2 errors, 1 warning and 1 notice in this pull request.')
  })

  it('shows a notice-only verdict', () => {
    const body = renderFindingsComment({
      findings: ADR_FINDINGS.slice(3),
      themes: ['dx'],
      pr: samplePr(),
      config,
    })
    expect(body.split('\n')[1]).toMatch(/^ℹ️ \*\*Strategy Trace\*\* found 1 notice/)
  })
})
