import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/core/logger.js'
import { checkPullRequest, NO_CONFIG } from '../../src/jobs/check-pull-request.js'
import {
  BASE_SHA,
  CONFIG,
  createFakeGateway,
  HEAD_SHA,
  pullRequest,
  VALID_ADR,
  type FakeGatewayOptions,
} from './fake-gateway.js'

const PATH = '.github/strategy.yml'
const ref = { owner: 'acme', repo: 'api', number: 42 }

function check(options: FakeGatewayOptions) {
  const gateway = createFakeGateway({ pr: pullRequest(), ...options })
  const result = checkPullRequest({
    gateway,
    logger: silentLogger,
    ref,
    configPath: PATH,
    today: '2026-06-01',
  })
  return { gateway, result }
}

describe('checkPullRequest', () => {
  it('re-fetches the PR, reads the config at the base sha and resolves the themes', async () => {
    const { gateway, result } = check({ trees: { [`acme/api@${BASE_SHA}`]: { [PATH]: CONFIG } } })
    expect(await result).toMatchObject({
      themes: ['global-scale'],
      findings: [],
      skipReason: null,
      adrsChecked: 0,
    })
    // One batch: the config, and the ADR folders at head with their texts (governing decisions).
    const folders = ['docs/adr/', 'doc/adr/', 'docs/decisions/', 'adr/'].map(
      (f) => `acme/api@${HEAD_SHA}:${f}`,
    )
    expect(gateway.calls).toEqual([
      'getPullRequest 42',
      'listChangedFiles',
      `readBatch acme/api@${BASE_SHA}:${PATH} ${folders.join(' ')}`,
    ])
  })

  it('warns that a pull request deleting the config turns the check off once merged', async () => {
    const { result } = check({
      trees: { [`acme/api@${BASE_SHA}`]: { [PATH]: CONFIG } },
      changed: [{ path: PATH, status: 'removed' }],
    })
    const outcome = await result
    expect(outcome.findings).toMatchObject([
      { code: 'CONFIG_REMOVED', severity: 'warning', file: PATH, line: 1 },
    ])
    expect(outcome.findings[0]?.message).toContain('stops checking pull requests here')
  })

  it('never lets a pull request grant itself a technology exception through an ADR it adds', async () => {
    const config = `${CONFIG}technologies:\n  - { name: request, ecosystem: npm, ring: retire, instead: fetch }\n`
    const granting =
      '---\nstatus: accepted\nexceptions:\n  - { technology: request, paths: ["**"] }\n---\n# Allow request\n'
    const { result } = check({
      trees: {
        [`acme/api@${BASE_SHA}`]: { [PATH]: config, 'package.json': '{ "dependencies": {} }\n' },
        [`acme/api@${HEAD_SHA}`]: {
          [PATH]: config,
          'package.json': '{ "dependencies": { "request": "^2.88.2" } }\n',
          'docs/adr/0009-allow-request.md': granting,
        },
      },
      changed: [
        { path: 'package.json', status: 'modified' },
        { path: 'docs/adr/0009-allow-request.md', status: 'added' },
      ],
    })
    const codes = (await result).findings.map((f) => `${f.code}:${f.severity}`)
    expect(codes).toContain('TECH_RETIRED:error')
    expect(codes).not.toContain('TECH_EXCEPTION:notice')
  })

  it('skips with no-config when the base has no config', async () => {
    const { result } = check({})
    expect(await result).toMatchObject({ skipReason: NO_CONFIG, findings: [], config: null })
  })

  it('validates changed ADRs at the head sha, read through the base repository even for forks', async () => {
    const fork = { owner: 'someone', repo: 'api-fork' }
    const adr = VALID_ADR.replace('Accepted', 'Aproved')
    const { gateway, result } = check({
      pr: pullRequest({ headRepo: fork, fork: true }),
      changed: [
        { path: 'docs/adr/0007-cdn.md', status: 'added' },
        { path: 'src/cdn.ts', status: 'added' },
      ],
      trees: {
        [`acme/api@${BASE_SHA}`]: { [PATH]: CONFIG },
        [`acme/api@${HEAD_SHA}`]: { 'docs/adr/0007-cdn.md': adr, 'docs/adr/0001-old.md': '' },
      },
    })
    const outcome = await result
    expect(outcome.findings).toMatchObject([
      { code: 'ADR_INVALID_STATUS', file: 'docs/adr/0007-cdn.md', line: 3 },
    ])
    expect(outcome.adrsChecked).toBe(1)
    // One batch: the base config, the changed ADR and the ADR folders at head (default globs).
    expect(gateway.batches).toEqual([
      [
        `acme/api@${BASE_SHA}:${PATH}`,
        `acme/api@${HEAD_SHA}:docs/adr/0007-cdn.md`,
        ...['docs/adr', 'doc/adr', 'docs/decisions', 'adr'].map((d) => `acme/api@${HEAD_SHA}:${d}/`),
      ],
    ])
    expect(gateway.calls.filter((call) => call.includes('someone/'))).toEqual([])
  })

  it('checks duplicate numbers against every ADR at head, by file name, reporting only changed files', async () => {
    const { result } = check({
      changed: [{ path: 'docs/adr/0007-cdn.md', status: 'added' }],
      trees: {
        [`acme/api@${BASE_SHA}`]: { [PATH]: CONFIG },
        [`acme/api@${HEAD_SHA}`]: { 'docs/adr/0007-cdn.md': VALID_ADR, 'docs/adr/0007-older.md': '# x' },
      },
    })
    expect((await result).findings).toMatchObject([
      { code: 'ADR_DUPLICATE_NUMBER', file: 'docs/adr/0007-cdn.md' },
    ])
  })

  it('uses the base config and reports problems of the config the PR edits, never using it', async () => {
    const relaxed = `${CONFIG}pull_requests:\n  require_theme: nope\n`
    const { result } = check({
      pr: pullRequest({ body: '' }),
      changed: [{ path: PATH, status: 'modified' }],
      trees: { [`acme/api@${BASE_SHA}`]: { [PATH]: CONFIG }, [`acme/api@${HEAD_SHA}`]: { [PATH]: relaxed } },
    })
    const codes = (await result).findings.map((f) => [f.code, f.file, f.line])
    expect(codes).toEqual([
      ['PR_MISSING_THEME', undefined, undefined],
      ['CONFIG_INVALID', PATH, 10],
    ])
  })

  it('downgrades a broken base config to warnings when the PR fixes it', async () => {
    const { result } = check({
      changed: [{ path: PATH, status: 'modified' }],
      trees: {
        [`acme/api@${BASE_SHA}`]: { [PATH]: 'themes: [' },
        [`acme/api@${HEAD_SHA}`]: { [PATH]: CONFIG },
      },
    })
    expect(await result).toMatchObject({
      config: null,
      skipReason: null,
      findings: [{ code: 'CONFIG_YAML_SYNTAX', severity: 'warning' }],
    })
  })

  it('skips exempt pull requests with the reason and checks nothing else', async () => {
    const { gateway, result } = check({
      pr: pullRequest({ author: { login: 'renovate[bot]', type: 'Bot' }, body: '' }),
      changed: [{ path: 'docs/adr/0007-cdn.md', status: 'added' }],
      trees: { [`acme/api@${BASE_SHA}`]: { [PATH]: CONFIG } },
    })
    expect(await result).toMatchObject({
      skipReason: 'Skipped: the pull request was opened by the bot "renovate[bot]".',
      findings: [],
    })
    // The read-ahead batch is all it cost; nothing was read after the exemption.
    expect(gateway.calls.filter((call) => call.startsWith('readBatch'))).toHaveLength(1)
  })

  it('says PR_TOO_LARGE at the 3,000-file cap instead of passing silently', async () => {
    const { result } = check({
      truncated: true,
      changed: [],
      trees: { [`acme/api@${BASE_SHA}`]: { [PATH]: CONFIG } },
    })
    expect((await result).findings).toMatchObject([
      {
        code: 'PR_TOO_LARGE',
        severity: 'warning',
        message: expect.stringContaining('too large to evaluate'),
      },
    ])
  })
})
