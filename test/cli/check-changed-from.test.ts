import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

const CONFIG = `themes:
  - { id: global-scale, name: Global Scale & Performance }
adrs:
  require_theme: false
technologies:
  - { name: moment, ecosystem: npm, ring: hold, instead: date-fns }
`
const ADR =
  '# ADR-0006: Handle dates with date-fns\n\n**Status**: Accepted\n**Date**: 2026-02-01\n**Affects**: `web/**`\n'

let root = ''

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

function git(...args: string[]): void {
  execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    stdio: 'ignore',
  })
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'strategy-trace-changed-'))
  git('init', '-q', '-b', 'main')
  write('.github/strategy.yml', CONFIG)
  write('docs/adr/0006-dates.md', ADR)
  write('web/package.json', '{\n  "dependencies": {\n    "react": "^18.2.0"\n  }\n}\n')
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  git('checkout', '-q', '-b', 'theme/global-scale/dates')
  // The change: a dependency on hold in a governed folder (tracked), and a new untracked ADR.
  write(
    'web/package.json',
    '{\n  "dependencies": {\n    "react": "^18.2.0",\n    "moment": "^2.30.1"\n  }\n}\n',
  )
  write('docs/adr/0007-cache.md', '# ADR-0007: Cache pages\n\n**Status**: Aproved\n')
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('strategy-trace check --changed-from', () => {
  it('checks the change as the Action checks a pull request, with the governing decisions in JSON', async () => {
    const run = await runCli(
      ['check', '.', '--changed-from', 'main', '--format', 'json', '--today', '2026-06-01'],
      root,
    )
    const json = JSON.parse(run.stdout) as {
      findings: { code: string; file?: string; line?: number }[]
      governing: { path: string; decisions: { file: string; via: string }[] }[]
      exitCode: number
    }
    // The theme comes from the branch theme/global-scale/…: no theme finding.
    expect(json.findings.map((f) => `${f.code} ${f.file}:${f.line}`).sort()).toEqual([
      'ADR_INVALID_STATUS docs/adr/0007-cache.md:3',
      'TECH_HOLD web/package.json:4',
    ])
    expect(json.governing).toEqual([
      {
        path: 'web/package.json',
        decisions: [expect.objectContaining({ file: 'docs/adr/0006-dates.md', via: 'web/**' })],
      },
    ])
    expect(json.exitCode).toBe(1)
    expect(run.code).toBe(1)
  })

  it('asks for a theme on a branch that names none, unless --theme gives it', async () => {
    git('checkout', '-q', '-b', 'no-theme-branch')
    const missing = await runCli(['check', '.', '--changed-from', 'main'], root)
    expect(missing.stdout).toMatch(/error PR_MISSING_THEME /)
    const given = await runCli(['check', '.', '--changed-from', 'main', '--theme', 'global-scale'], root)
    expect(given.stdout).not.toMatch(/PR_MISSING_THEME/)
    expect(given.stdout).toMatch(
      /web\/package\.json: governed by docs\/adr\/0006-dates\.md \(accepted\) via web\/\*\*/,
    )
  })

  it('refuses a ref that names no commit, with exit code 2', async () => {
    const run = await runCli(['check', '.', '--changed-from', 'no-such-ref'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--changed-from no-such-ref names no commit/)
  })
})
