import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPOS, runCli } from './run-cli.js'

const KEYS = [
  'file',
  'title',
  'number',
  'status',
  'rawStatus',
  'date',
  'theme',
  'supersededBy',
  'supersedes',
  'reviewDate',
  'findings',
]

describe.concurrent('strategy-trace adr', () => {
  it('prints a JSON array with exactly the documented keys', async () => {
    const files = ['docs/adr/0001-record-architecture-decisions.md', 'docs/adr/0002-adopt-sso.md']
    const run = await runCli(['adr', ...files, '--json', '--today', '2026-06-01'], join(REPOS, 'clean'))
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(json.map((entry) => Object.keys(entry))).toEqual([KEYS, KEYS])
    expect(json[0]).toEqual({
      file: 'docs/adr/0001-record-architecture-decisions.md',
      title: 'Record architecture decisions',
      number: 1,
      status: 'accepted',
      rawStatus: 'Accepted',
      date: '2026-01-10',
      theme: 'developer-velocity',
      supersededBy: null,
      supersedes: [],
      reviewDate: '2099-01-10',
      findings: [],
    })
    expect(json[1]).toMatchObject({
      number: 2,
      status: 'accepted',
      // Written as the theme's name; printed as its id.
      theme: 'enterprise-ready',
      date: '2026-03-14',
    })
  })

  it('reports findings as {code, severity, line, message} and works without a config', async () => {
    const run = await runCli(
      ['adr', 'docs/adr/0002-second.md', 'docs/adr/0001-first.md', '--json'],
      join(REPOS, 'no-config'),
    )
    expect(run.code).toBe(0)
    const [second, first] = JSON.parse(run.stdout) as {
      findings: Record<string, unknown>[]
      status: string | null
    }[]
    expect(second?.status).toBeNull()
    expect(second?.findings).toEqual([
      { code: 'ADR_INVALID_STATUS', severity: 'error', line: 3, message: expect.stringContaining('"Maybe"') },
    ])
    // Without a config there are no themes to check against.
    expect(first?.findings).toEqual([])
  })

  it('prints a readable listing without --json', async () => {
    const run = await runCli(['adr', 'errors/docs/adr/0001-use-postgres.md'], REPOS)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'errors/docs/adr/0001-use-postgres.md\n  title:         Use PostgreSQL for every service\n',
    )
    expect(run.stdout).toContain('  status:        - (written "Aproved")')
    expect(run.stdout).toContain('  errors/docs/adr/0001-use-postgres.md:3:1 error ADR_INVALID_STATUS')
  })

  it.each([
    [['adr'], 'strategy-trace adr: name at least one ADR file'],
    [['adr', 'missing.md', '--json'], 'strategy-trace adr: cannot read missing.md: no such file'],
    [['adr', 'docs', '--json'], 'strategy-trace adr: cannot read docs'],
    [['adr', 'x.md', '--jsn'], "strategy-trace adr: Unknown option '--jsn'."],
  ])('exits 2 on %j without a stack trace', async (args, message) => {
    const run = await runCli(args, join(REPOS, 'clean'))
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.startsWith(message)).toBe(true)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})
