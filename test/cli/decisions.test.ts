import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPOS, runCli } from './run-cli.js'

const TREE = join(REPOS, 'governed')

describe.concurrent('strategy-trace decisions', () => {
  it('lists the decisions governing each path, with the glob that matched', async () => {
    const run = await runCli(
      ['decisions', 'src/billing/invoice.ts', 'src/billing/legacy/old.ts', 'lib/logging/out.go', 'README.md'],
      TREE,
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'src/billing/invoice.ts',
      '  ADR-0003 "Bill in integer cents" (accepted, theme enterprise-ready) via src/billing/** — docs/adr/0003-bill-in-cents.md',
      'src/billing/legacy/old.ts',
      '  ADR-0001 "Bill in floats" (superseded, superseded by 0003-bill-in-cents.md) via src/billing/** — docs/adr/0001-floats.md',
      'lib/logging/out.go',
      '  "All services log JSON" (accepted) via **/logging/** — https://github.com/acme/.github/blob/main/docs/adr/0009-json-logs.md',
      'README.md',
      '  no decision governs it',
    ])
  })

  it('prints the documented JSON with --json paths relative to --root', async () => {
    const run = await runCli(['decisions', '--root', TREE, join(TREE, 'src/billing/a.ts'), '--json'], REPOS)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([
      {
        path: 'src/billing/a.ts',
        decisions: [
          {
            file: 'docs/adr/0003-bill-in-cents.md',
            number: 3,
            title: 'Bill in integer cents',
            status: 'accepted',
            theme: 'enterprise-ready',
            via: 'src/billing/**',
          },
        ],
      },
    ])
  })

  it('refuses a path outside the tree and a call without paths, with exit code 2', async () => {
    const outside = await runCli(['decisions', '../clean/x.ts'], TREE)
    expect(outside.code).toBe(2)
    expect(outside.stderr).toMatch(/is not inside the working tree/)
    const none = await runCli(['decisions'], TREE)
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/name at least one path/)
  })
})
