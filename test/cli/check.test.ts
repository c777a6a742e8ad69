import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPOS, runCli } from './run-cli.js'

const TODAY = ['--today', '2026-06-01']
const LINE = /^\S+:(\d+|-):(\d+|-) (error|warning|notice) [A-Z_]+ .+$/

describe.concurrent('strategy-trace check', () => {
  it('exits 0 on a clean tree, warnings allowed, with one line per finding and a summary', async () => {
    const run = await runCli(['check', '.', ...TODAY], join(REPOS, 'clean'))
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(
        /^docs\/adr\/0003-old-hosting\.md:11:1 warning ADR_RETIRED_THEME ADR `docs\/adr\/0003-old-hosting\.md` names/,
      ),
      'Checked 3 ADRs: 0 errors, 1 warning, 0 notices.',
    ])
  })

  it('exits 1 with errors on the exact lines, paths relative to the current directory', async () => {
    const run = await runCli(['check', 'errors', ...TODAY], REPOS)
    expect(run.code).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.slice(0, -1).every((line) => LINE.test(line))).toBe(true)
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^errors\/docs\/adr\/0001-use-postgres\.md:3:1 error ADR_INVALID_STATUS .*"Aproved".*Did you mean "Accepted"/,
      ),
    )
    expect(lines.filter((l) => l.includes('ADR_DUPLICATE_NUMBER'))).toHaveLength(2)
    expect(lines).toContainEqual(
      expect.stringMatching(/0002-cache-at-the-edge\.md:3:1 warning ADR_SUPERSEDED_WITHOUT_LINK /),
    )
    expect(lines).toContainEqual(
      expect.stringMatching(/0002-cache-at-the-edge\.md:5:1 error ADR_UNKNOWN_THEME .*global-scael/),
    )
    expect(lines.at(-1)).toBe('Checked 3 ADRs: 4 errors, 1 warning, 0 notices.')
  })

  it('prints one JSON object with --format json', async () => {
    const run = await runCli(['check', join(REPOS, 'errors'), '--format', 'json', ...TODAY], REPOS)
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(['config', 'adrsChecked', 'counts', 'findings', 'exitCode'])
    expect(json).toMatchObject({
      config: 'errors/.github/strategy.yml',
      adrsChecked: 3,
      counts: { error: 4, warning: 1, notice: 0 },
      exitCode: 1,
    })
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        code: 'ADR_INVALID_STATUS',
        severity: 'error',
        file: 'errors/docs/adr/0001-use-postgres.md',
        line: 3,
      }),
    )
  })

  it('checks statuses without a config, skipping theme checks with a notice', async () => {
    const run = await runCli(['check', ...TODAY], join(REPOS, 'no-config'))
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('docs/adr/0002-second.md:3:1 error ADR_INVALID_STATUS')
    expect(run.stdout).toContain('notice CONFIG_NOT_FOUND No strategy config at .github/strategy.yml')
    expect(run.stdout).not.toContain('ADR_UNKNOWN_THEME')
  })

  it('checks a repository whose themes come from `_extends`, offline, skipping theme checks', async () => {
    const root = mkdtempSync(join(tmpdir(), 'strategy-trace-extends-'))
    try {
      mkdirSync(join(root, '.github'))
      mkdirSync(join(root, 'decisions'))
      writeFileSync(
        join(root, '.github/strategy.yml'),
        "_extends: .github\nadrs:\n  paths: ['decisions/*.md']\n",
      )
      writeFileSync(
        join(root, 'decisions/0001-use-x.md'),
        '# 1. Use X\n\n**Status**: Acepted\n**Theme**: anything\n',
      )
      const run = await runCli(['check', '.', ...TODAY], root)
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/^decisions\/0001-use-x\.md:3:\d+ error ADR_INVALID_STATUS /m)
      expect(run.stdout).toMatch(
        /^\.github\/strategy\.yml:1:1 warning CONFIG_NOT_FOUND .*_extends: \.github/m,
      )
      expect(run.stdout).not.toMatch(/THEME/)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('exits 2 on an invalid config and prints its problems at line:col', async () => {
    const run = await runCli(['check', '--format', 'text'], join(REPOS, 'bad-config'))
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(
      '.github/strategy.yml:6:3 error CONFIG_UNKNOWN_KEY Unknown key `missing_theme_severty` in `pull_requests`. Did you mean `missing_theme_severity`?',
    )
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'The config .github/strategy.yml is invalid: 3 errors, 0 warnings, 0 notices.',
    )
  })

  it.each([
    [['check', '--bogus'], "strategy-trace check: Unknown option '--bogus'."],
    [
      ['check', '--format', 'xml'],
      'strategy-trace check: --format is "xml", which is not one of: text, json.',
    ],
    [['check', 'missing-dir'], 'strategy-trace check: missing-dir is not a directory.'],
    [['check', '--config', 'nope.yml'], 'strategy-trace check: the config file nope.yml does not exist.'],
    [
      ['check', '--today', '2026-13-40'],
      'strategy-trace check: --today is "2026-13-40", which is not a date',
    ],
    [['frobnicate'], 'strategy-trace: unknown command "frobnicate".'],
  ])('exits 2 on the usage mistake %j, with one line and no stack trace', async (args, message) => {
    const run = await runCli(args, join(REPOS, 'clean'))
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.startsWith(message)).toBe(true)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('prints help for the program and for each command', async () => {
    const [top, check, adr] = await Promise.all([
      runCli(['--help'], REPOS),
      runCli(['check', '--help'], REPOS),
      runCli(['help', 'adr'], REPOS),
    ])
    expect(top).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:\n  check') })
    expect(check).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: strategy-trace check \[dir\]/),
    })
    expect(adr).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: strategy-trace adr <files…>/),
    })
  })
})
