import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/cli-types.js'
import { main } from '../../src/cli/main.js'
import { MARKERS } from '../../src/core/report/markers.js'
import { expectNoViolations, startSimulator, type Simulator } from '../../sim/index.js'
import { runCli } from './run-cli.js'

function fakeIo(env: Record<string, string | undefined> = {}) {
  const out = { stdout: '', stderr: '' }
  const io: CliIo = {
    cwd: process.cwd(),
    env,
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    today: () => '2026-11-16',
  }
  return { io, out }
}

describe('strategy-trace leaderboard --sample demo', () => {
  it('prints the sample board offline as a dry run', async () => {
    const run = await runCli(['leaderboard', '--sample', 'demo'], tmpdir())
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith(`${MARKERS.leaderboard}\n`)).toBe(true)
    expect(run.stdout).toContain('# Strategy leaderboard for acme')
    expect(run.stdout).toContain('As of 2026-11-16 · 12 repositories read · 3 migrations · 4 themes')
    expect(run.stderr).toContain('Read 12 repositories of acme')
  })

  it('prints the weekly digest with --digest, as the app would post it, mentioning nobody', async () => {
    const run = await runCli(
      ['leaderboard', '--sample', 'demo', '--digest', '--today', '2026-11-18'],
      tmpdir(),
    )
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith('<!-- strategy-trace:digest 2026-W47 -->\n')).toBe(true)
    expect(run.stdout).toContain('What changed in the 7 days that end 2026-11-16 (after 2026-11-09)')
    expect(run.stdout).toContain('| Move every service to the auth v2 SDK |')
    expect(run.stdout).not.toContain(MARKERS.leaderboard)
    expect(run.stdout).not.toMatch(/(^|[^;])@[a-z]/m)
  })

  it('writes an HTML preview next to the dry run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leaderboard-'))
    const { io, out } = fakeIo()
    expect(await main(['leaderboard', '--sample', 'demo', '--html', join(dir, 'board.html')], io)).toBe(0)
    const html = await readFile(join(dir, 'board.html'), 'utf8')
    expect(html).toContain('<pre class="mermaid">')
    expect(out.stderr).toContain('Wrote the HTML preview')
  })
})

describe('strategy-trace leaderboard --org with a token', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'demo' })
  })
  afterAll(async () => {
    expectNoViolations(sim)
    await sim.stop()
  })

  it('posts the tracking issue once, opens the job issues left for the next run, then finds it unchanged', async () => {
    const env = { GITHUB_TOKEN: sim.installationToken(), GITHUB_API_URL: sim.apiUrl }
    const args = [
      'leaderboard',
      '--org',
      'acme',
      '--post',
      '--bot-login',
      'strategy-trace[bot]',
      '--today',
      '2026-11-16',
    ]
    const first = fakeIo(env)
    expect(await main(args, first.io)).toBe(0)
    expect(first.out.stderr).toContain('Tracking issue acme/.github#')
    expect(first.out.stderr).toMatch(/: created\.\n$/)
    expect(first.out.stdout).toBe('')
    expect(first.out.stderr).toContain('left for later refreshes')
    // The demo's detected migration opens 3 job issues a run: the second run opens the ones the first
    // left (the issues already open do not use up the allowance) and so updates the board; after that
    // nothing changes.
    const second = fakeIo(env)
    expect(await main(args, second.io)).toBe(0)
    expect(second.out.stderr).toContain(', 0 left for later refreshes')
    expect(second.out.stderr).toMatch(/: updated\.\n$/)
    const writes = sim.counters.writes
    const third = fakeIo(env)
    expect(await main(args, third.io)).toBe(0)
    expect(third.out.stderr).toMatch(/: unchanged\.\n$/)
    expect(third.out.stderr).toContain('Job issues: 0 opened, 0 reopened, 0 closed')
    expect(sim.counters.writes).toBe(writes)
  })

  it("says in one line that a workflow's job token sees only its own repository, and what to do", async () => {
    const inWorkflow = { GITHUB_ACTIONS: 'true', GITHUB_API_URL: sim.apiUrl }
    const job = fakeIo({ ...inWorkflow, GITHUB_TOKEN: sim.issueToken() })
    expect(await main(['leaderboard', '--org', 'acme', '--today', '2026-11-16'], job.io)).toBe(0)
    const warnings = job.out.stderr.split('\n').filter((line) => line.startsWith('warning:'))
    expect(warnings).toEqual([expect.stringMatching(/job token.*actions\/create-github-app-token/)])
    const app = fakeIo({ ...inWorkflow, GITHUB_TOKEN: sim.installationToken() })
    expect(await main(['leaderboard', '--org', 'acme', '--today', '2026-11-16'], app.io)).toBe(0)
    expect(app.out.stderr).not.toContain('job token')
  })

  it('explains a missing token, a missing org and an org without a config', async () => {
    const noToken = fakeIo({})
    expect(await main(['leaderboard', '--org', 'acme'], noToken.io)).toBe(2)
    expect(noToken.out.stderr).toContain('set GITHUB_TOKEN')
    const noOrg = fakeIo({ GITHUB_TOKEN: 'x' })
    expect(await main(['leaderboard'], noOrg.io)).toBe(2)
    expect(noOrg.out.stderr).toContain('name the organisation with --org')
    const env = { GITHUB_TOKEN: sim.issueToken({ login: 'octocat' }), GITHUB_API_URL: sim.apiUrl }
    const elsewhere = fakeIo(env)
    expect(await main(['leaderboard', '--org', 'acme', '--config-repo', 'nowhere'], elsewhere.io)).toBe(2)
    expect(elsewhere.out.stderr).toContain('No strategy config at acme/nowhere:.github/strategy.yml')
  })
})
