import { beforeAll, describe, expect, it } from 'vitest'
import type { CreatePullInput } from '../../../sim/index.js'
import { MARKERS } from '../../../src/core/report/markers.js'
import { adr, BASE_FILES, CONFIG_PATH, useE2e } from './scenario.js'

const e2e = useE2e('pull requests')
const repository = 'acme/api'

beforeAll(() => {
  e2e.sim.state.repos.create({ owner: 'acme', name: 'api', files: BASE_FILES })
  e2e.sim.state.repos.create({ owner: 'acme', name: 'no-config', files: { 'README.md': '# no config\n' } })
})

/** Opens a pull request and runs the bundle on its `opened` event. */
async function openAndRun(
  name: string,
  pull: Omit<CreatePullInput, 'repo' | 'head' | 'title'> & { title?: string; repo?: string },
  p: { inputs?: Record<string, string>; token?: string } = {},
) {
  const { sim } = e2e
  const repo = pull.repo ?? repository
  const pr = sim.state.pulls.create({
    title: 'Serve assets from the edge',
    head: `topic-${name.replace(/\W+/g, '-')}`,
    ...pull,
    repo,
  })
  const run = await e2e.run(name, {
    event: 'pull_request',
    payload: e2e.payload('pull_request', pr.number),
    token: p.token ?? sim.issueToken(),
    inputs: p.inputs,
    repository: repo,
  })
  const comments = sim.state.comments
    .list(repo, pr.number)
    .map((c) => ({ author: c.author.login, body: c.body }))
  return { pr, run, comments }
}

describe('the bundled Action on pull requests', () => {
  it('passes a clean PR: outputs, summary, no annotations, no comment', async () => {
    const { run, comments } = await openAndRun('clean PR', {
      body: 'Theme: global-scale',
      files: { 'docs/adr/0003-edge-cache.md': adr(3, 'Edge cache', 'Proposed') },
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({
      themes: '["global-scale"]',
      errors: '0',
      warnings: '0',
      result: 'pass',
      'skip-reason': '',
      'comment-id': '',
    })
    expect(run.summary).toContain('**Result:** ✅ pass · no findings')
    expect(run.annotations).toEqual([])
    expect(comments).toEqual([])
  })

  it('reports a missing theme as an error and a sticky comment, without failing in mode warn', async () => {
    const { run, comments } = await openAndRun('missing theme (warn)', { body: 'Faster pages.' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '1', themes: '[]' })
    expect(run.outputs['comment-id']).toMatch(/^\d+$/)
    expect(run.annotations).toEqual([
      {
        severity: 'error',
        properties: { title: 'Strategy Trace PR_MISSING_THEME' },
        message: expect.stringContaining('does not name a strategic theme'),
      },
    ])
    expect(run.summary).toContain('PR_MISSING_THEME')
    expect(comments).toEqual([
      { author: 'github-actions[bot]', body: expect.stringContaining('global-scale') },
    ])
    expect(comments[0]?.body.startsWith(MARKERS.prCheck)).toBe(true)
  })

  it('fails the step on a missing theme in mode fail, with one error line', async () => {
    const { run } = await openAndRun('missing theme (fail)', { body: '' }, { inputs: { mode: 'fail' } })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '1' })
    expect(run.stdout).toMatch(
      /^::error::Strategy Trace found 1 error and 0 warnings: see the annotations and the job summary\./m,
    )
  })

  it('suggests the nearest theme for an unknown one', async () => {
    const { run } = await openAndRun('unknown theme', { labels: ['theme:global-scael'] })
    expect(run.annotations).toMatchObject([
      { severity: 'error', properties: { title: 'Strategy Trace PR_UNKNOWN_THEME' } },
    ])
    expect(run.annotations[0]?.message).toContain('Did you mean "global-scale"?')
  })

  it('warns about a retired theme and passes', async () => {
    const { run } = await openAndRun('retired theme', { body: 'Theme: legacy-hosting' })
    expect(run.outputs).toMatchObject({
      result: 'pass',
      errors: '0',
      warnings: '1',
      themes: '["legacy-hosting"]',
    })
    expect(run.annotations).toMatchObject([
      { severity: 'warning', properties: { title: 'Strategy Trace PR_RETIRED_THEME' } },
    ])
  })

  it('annotates an invalid ADR status on its exact line', async () => {
    const { run } = await openAndRun('invalid ADR status', {
      body: 'Theme: dx',
      files: { 'docs/adr/0003-monorepo.md': adr(3, 'Move to a monorepo', 'Aproved', 'dx') },
    })
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '1', themes: '["developer-velocity"]' })
    expect(run.annotations).toEqual([
      {
        severity: 'error',
        properties: {
          title: 'Strategy Trace ADR_INVALID_STATUS',
          file: 'docs/adr/0003-monorepo.md',
          line: '3',
        },
        message: expect.stringContaining('Did you mean "Accepted"?'),
      },
    ])
    expect(run.stdout).toMatch(
      /^::error title=Strategy Trace ADR_INVALID_STATUS,file=docs\/adr\/0003-monorepo\.md,line=3::/m,
    )
  })

  it('reports a superseded ADR without a link on its status line, as a warning', async () => {
    const { run } = await openAndRun('superseded without link', {
      body: 'Theme: global-scale',
      files: { 'docs/adr/0002-use-a-cdn.md': adr(2, 'Use a CDN', 'Superseded') },
    })
    expect(run.annotations).toMatchObject([
      {
        severity: 'warning',
        properties: {
          title: 'Strategy Trace ADR_SUPERSEDED_WITHOUT_LINK',
          file: 'docs/adr/0002-use-a-cdn.md',
          line: '3',
        },
      },
    ])
  })

  it('shows the decisions governing the changed files in the sticky comment, in the same requests', async () => {
    const { sim } = e2e
    const governed = 'acme/billing'
    sim.state.repos.create({
      owner: 'acme',
      name: 'billing',
      files: {
        ...BASE_FILES,
        'docs/adr/0004-bill-in-cents.md':
          '# ADR-0004: Bill in integer cents\n\n**Status**: Accepted\n**Date**: 2026-01-10\n' +
          '**Affects**: `src/billing/**`, `!src/billing/legacy/**`\n',
        'docs/adr/0005-floats.md':
          '# ADR-0005: Bill in floats\n\n**Status**: Superseded by [ADR-0004](0004-bill-in-cents.md)\n' +
          '**Affects**: `src/billing/legacy/**`\n',
      },
    })
    const { run, comments } = await openAndRun('governed paths', {
      repo: governed,
      body: 'Theme: global-scale',
      files: {
        'src/billing/invoice.ts': 'export const cents = 100\n',
        'src/billing/legacy/old.ts': 'export const floats = 1.0\n',
      },
    })
    expect(run.code).toBe(0)
    const requests = run.byRoute as Record<string, number>
    expect(requests['POST /graphql']).toBe(1)
    expect(comments).toHaveLength(1)
    const body = comments[0]?.body ?? ''
    expect(body).toContain('### Decisions governing this change')
    expect(body).toMatch(
      /\| \[ADR-0004: Bill in integer cents\]\(https:\/\/github\.com\/acme\/billing\/blob\/[0-9a-f]{40}\/docs\/adr\/0004-bill-in-cents\.md\) \| accepted \| — \| `src\/billing\/\*\*` \| 1: `src\/billing\/invoice\.ts` \|/,
    )
    expect(run.annotations).toMatchObject([
      {
        severity: 'warning',
        properties: {
          title: 'Strategy Trace DECISION_SUPERSEDED_AREA',
          file: 'docs/adr/0005-floats.md',
          line: '3',
        },
      },
    ])
  })

  it('reports a technology on hold added in a governed folder, next to the decision that governs it', async () => {
    const { sim } = e2e
    const config = `${BASE_FILES[CONFIG_PATH]}technologies:
  - name: moment
    ecosystem: npm
    ring: hold
    decision: docs/adr/0006-dates.md
    instead: date-fns
  - name: request
    ecosystem: npm
    ring: retire
    instead: the fetch API
`
    sim.state.repos.create({
      owner: 'acme',
      name: 'web',
      files: {
        ...BASE_FILES,
        [CONFIG_PATH]: config,
        'docs/adr/0006-dates.md':
          '# ADR-0006: Handle dates with date-fns\n\n**Status**: Accepted\n**Date**: 2026-02-01\n**Affects**: `web/**`\n',
        'docs/adr/0007-legacy.md':
          '---\nstatus: accepted\ndate: 2026-03-01\nexceptions:\n  - { technology: request, paths: [legacy/**] }\n---\n# Keep the legacy client\n',
        'web/package.json': '{\n  "dependencies": {\n    "react": "^18.2.0"\n  }\n}\n',
        'legacy/package.json': '{\n  "dependencies": {}\n}\n',
      },
    })
    const { run, comments } = await openAndRun('technology on hold', {
      repo: 'acme/web',
      body: 'Theme: global-scale',
      files: {
        'web/package.json':
          '{\n  "dependencies": {\n    "react": "^18.2.0",\n    "moment": "^2.30.1"\n  }\n}\n',
        'legacy/package.json': '{\n  "dependencies": {\n    "request": "^2.88.2"\n  }\n}\n',
      },
    })
    expect(run.code).toBe(0)
    expect((run.byRoute as Record<string, number>)['POST /graphql']).toBe(1)
    expect(run.annotations).toMatchObject([
      {
        severity: 'warning',
        properties: { title: 'Strategy Trace TECH_HOLD', file: 'web/package.json', line: '4' },
      },
      {
        severity: 'notice',
        properties: { title: 'Strategy Trace TECH_EXCEPTION', file: 'legacy/package.json' },
      },
    ])
    expect(run.annotations[0]?.message).toContain('Use `date-fns` instead')
    const body = comments[0]?.body ?? ''
    expect(body).toContain('`TECH_HOLD`')
    expect(body).toContain('date-fns')
    expect(body).toContain('`TECH_EXCEPTION`')
    expect(body).toContain('### Decisions governing this change')
    expect(body).toContain('ADR-0006: Handle dates with date-fns')
  })

  it('degrades on a fork PR with a read-only token: annotations and summary, a notice, never red', async () => {
    const { sim } = e2e
    const { run, comments } = await openAndRun(
      'fork PR, read-only token',
      {
        fork: 'contributor',
        body: 'Theme: legacy-hosting',
        files: { 'docs/adr/0003-fork.md': adr(3, 'From a fork', 'Proposed', 'legacy-hosting') },
      },
      { token: sim.issueToken({ readOnly: true }), inputs: { mode: 'fail' } },
    )
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'pass', warnings: '2', 'comment-id': '' })
    expect(run.annotations.map((a) => [a.severity, a.properties.title, a.properties.file])).toEqual([
      ['warning', 'Strategy Trace PR_RETIRED_THEME', undefined],
      ['warning', 'Strategy Trace ADR_RETIRED_THEME', 'docs/adr/0003-fork.md'],
      ['notice', undefined, undefined],
    ])
    expect(run.annotations[2]?.message).toContain('the token is read-only here')
    expect(run.summary).toContain('ADR_RETIRED_THEME')
    expect(comments).toEqual([])
  })

  it('skips an exempt bot PR with the reason and no comment', async () => {
    const { run, comments } = await openAndRun('exempt bot PR', {
      author: 'dependabot[bot]',
      body: 'Bumps lodash.',
    })
    expect(run.outputs).toMatchObject({
      result: 'skipped',
      'skip-reason': 'Skipped: the pull request was opened by the bot "dependabot[bot]".',
    })
    expect(run.annotations).toEqual([])
    expect(comments).toEqual([])
  })

  it('ignores a config on the PR head that tries to disable the check', async () => {
    const relaxed = `${BASE_FILES[CONFIG_PATH]}pull_requests:\n  require_theme: false\n  exempt:\n    authors: [octocat]\n`
    const { run } = await openAndRun('config on head disabling the check', {
      body: 'No theme here.',
      files: { [CONFIG_PATH]: relaxed },
    })
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '1' })
    expect(run.annotations).toMatchObject([
      { severity: 'error', properties: { title: 'Strategy Trace PR_MISSING_THEME' } },
    ])
  })

  it('skips with a notice when the repository has no config', async () => {
    const { run, comments } = await openAndRun('no config', { repo: 'acme/no-config', body: '' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      result: 'skipped',
      'skip-reason': 'No strategy config at .github/strategy.yml on main, so nothing was checked.',
    })
    expect(run.annotations).toMatchObject([
      { severity: 'notice', message: expect.stringContaining('a list of `themes:` is enough') },
    ])
    expect(comments).toEqual([])
  })
})
