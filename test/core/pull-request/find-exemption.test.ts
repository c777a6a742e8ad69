import { describe, expect, it } from 'vitest'
import { findExemption } from '../../../src/core/pull-request/find-exemption.js'
import type { ChangedFile, PullRequestInfo } from '../../../src/core/types.js'
import { sampleConfig, samplePr } from './sample-config.js'

const files = (...paths: string[]): ChangedFile[] => paths.map((path) => ({ path, status: 'modified' }))
const config = sampleConfig({
  exempt: { authors: ['release-captain', 'renovate'], paths: ['docs/**', '**/*.md'] },
})

function exemption(pr: Partial<PullRequestInfo>, changedFiles = files('src/cdn.ts'), cfg = config) {
  return findExemption({ pr: samplePr(pr), changedFiles, config: cfg })
}

describe('findExemption', () => {
  it.each<[string, Partial<PullRequestInfo>, ChangedFile[], string]>([
    [
      'an exempt label, any case',
      { labels: ['bug', 'No-Theme'] },
      files('src/a.ts'),
      'Skipped: the pull request has the label "No-Theme".',
    ],
    [
      'the second default label',
      { labels: ['skip-strategy-check'] },
      files('src/a.ts'),
      'Skipped: the pull request has the label "skip-strategy-check".',
    ],
    [
      'a listed author, any case',
      { author: { login: 'Release-Captain', type: 'User' } },
      files('src/a.ts'),
      'Skipped: the author "Release-Captain" is listed in pull_requests.exempt.authors.',
    ],
    [
      'a listed bot without its [bot] suffix',
      { author: { login: 'renovate[bot]', type: 'Bot' } },
      files('src/a.ts'),
      'Skipped: the author "renovate[bot]" is listed in pull_requests.exempt.authors.',
    ],
    [
      'a Bot account',
      { author: { login: 'dependabot[bot]', type: 'Bot' } },
      files('src/a.ts'),
      'Skipped: the pull request was opened by the bot "dependabot[bot]".',
    ],
    [
      'a login ending in [bot]',
      { author: { login: 'my-app[bot]', type: 'User' } },
      files('src/a.ts'),
      'Skipped: the pull request was opened by the bot "my-app[bot]".',
    ],
    [
      'a draft',
      { draft: true },
      files('src/a.ts'),
      'Skipped: the pull request is a draft; the check runs when it is marked ready for review.',
    ],
    [
      'only exempt paths, dot files included',
      {},
      files('docs/guide.md', 'docs/.vitepress/config.ts', 'README.md'),
      'Skipped: all 3 changed files match pull_requests.exempt.paths.',
    ],
    [
      'one exempt path',
      {},
      files('docs/x.ts'),
      'Skipped: the one changed file matches pull_requests.exempt.paths.',
    ],
  ])('skips for %s', (_name, pr, changed, reason) => {
    expect(exemption(pr, changed)).toBe(reason)
  })

  it.each<[string, Partial<PullRequestInfo>, ChangedFile[]]>([
    ['a plain human pull request', { labels: ['bug'] }, files('src/a.ts')],
    ['a mix of exempt and other paths', {}, files('docs/guide.md', 'src/a.ts')],
    [
      'a rename out of a non-exempt path',
      {},
      [{ path: 'docs/a.ts', previousPath: 'src/a.ts', status: 'renamed' }],
    ],
    ['no changed files', {}, []],
  ])('does not skip %s', (_name, pr, changed) => {
    expect(exemption(pr, changed)).toBeNull()
  })

  it('checks labels before anything else', () => {
    const pr = { labels: ['no-theme'], draft: true, author: { login: 'dependabot[bot]', type: 'Bot' } }
    expect(exemption(pr)).toBe('Skipped: the pull request has the label "no-theme".')
  })

  it('checks bots and drafts only when enabled', () => {
    const strict = sampleConfig({ exempt: { bots: false, drafts: false } })
    expect(
      exemption({ draft: true, author: { login: 'dependabot[bot]', type: 'Bot' } }, files('a'), strict),
    ).toBeNull()
  })

  it('does not skip on paths when none are configured', () => {
    expect(exemption({}, files('docs/a.md'), sampleConfig())).toBeNull()
  })
})
