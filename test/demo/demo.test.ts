import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { MARKERS } from '../../src/core/report/markers.js'
import { runProcess, type ProcessRun } from '../helpers/run-process.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const OUT = join(ROOT, 'demo-output')

type Run = ProcessRun

/** `npm run demo` as a newcomer runs it, from the repository root. */
function runDemo(...args: string[]): Promise<Run> {
  const npmArgs = ['run', '--silent', 'demo', ...(args.length > 0 ? ['--', ...args] : [])]
  return runProcess('npm', npmArgs, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } })
}

const read = (name: string) => readFileSync(join(OUT, name), 'utf8')

/** Sums of the Jobs, Done and Remaining columns of the team table of the migration labelled `label`. */
function teamTotals(board: string, label: string): { jobs: number; done: number; remaining: number } {
  const section = board.split('\n### ').find((s) => s.includes(`Label: \`${label}\``)) ?? ''
  const rows = section.split('\n').filter((line) => /^\| \d+ \| /.test(line))
  const cells = rows.map((row) => row.split(' | '))
  const sum = (i: number) => cells.reduce((n, c) => n + Number(c[i]), 0)
  return { jobs: sum(3), done: sum(4), remaining: sum(5) }
}

let run: Run
/** PR numbers by demo key, as the demo printed them. */
const pulls = new Map<string, number>()

beforeAll(async () => {
  run = await runDemo()
  for (const m of run.stdout.matchAll(/PR #(\d+) ".*" \(([a-z-]+)\)/g)) pulls.set(m[2] ?? '', Number(m[1]))
}, 120_000)

describe('npm run demo', () => {
  it('exits 0 after five announced steps, and says everything is stopped', () => {
    expect(run.stderr).not.toContain('The demo failed')
    expect(run.code).toBe(0)
    for (const step of [1, 2, 3, 4, 5]) expect(run.stdout).toContain(`] ${step}/5 `)
    expect(run.stdout).toMatch(/Done in \d+\.\d s; the app server and the simulator are stopped\./)
    expect(run.stdout).toMatch(/, 0 requests GitHub would not answer\n/)
    expect([...pulls.keys()]).toEqual(['clean', 'missing-theme', 'invalid-adr'])
  })

  it('writes a comment (or why there is none), a summary and annotations for each pull request', () => {
    for (const number of pulls.values())
      for (const file of ['comment.md', 'summary.md', 'annotations.txt'])
        expect(existsSync(join(OUT, `pr-${number}-${file}`)), `pr-${number}-${file}`).toBe(true)
  })

  it('passes the clean pull request silently', () => {
    const n = pulls.get('clean')
    expect(read(`pr-${n}-comment.md`)).toMatch(
      /^No comment was posted on acme\/payments-api#\d+: the check passed/,
    )
    expect(read(`pr-${n}-annotations.txt`)).toBe('No annotations.\n')
    expect(read(`pr-${n}-summary.md`)).toContain('**Result:** ✅ pass')
  })

  it('reports the missing theme as an error, in the sticky comment and as an annotation', () => {
    const n = pulls.get('missing-theme')
    const comment = read(`pr-${n}-comment.md`)
    expect(comment.startsWith(MARKERS.prCheck)).toBe(true)
    expect(comment).toContain('PR_MISSING_THEME')
    expect(read(`pr-${n}-annotations.txt`)).toMatch(
      /^error +\(pull request\) +Strategy Trace PR_MISSING_THEME: /,
    )
  })

  it('annotates the invalid ADR on its status and theme lines', () => {
    const n = pulls.get('invalid-adr')
    const annotations = read(`pr-${n}-annotations.txt`).trim().split('\n')
    const adr = 'docs/adr/0005-adopt-event-sourcing-for-payouts.md'
    expect(annotations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^error +${adr}:3 +Strategy Trace ADR_INVALID_STATUS: .*"Aproved"`)),
        expect.stringMatching(
          new RegExp(`^error +${adr}:6 +Strategy Trace ADR_UNKNOWN_THEME: .*"cost-savings"`),
        ),
      ]),
    )
    const comment = read(`pr-${n}-comment.md`)
    expect(comment).toContain('ADR_INVALID_STATUS')
    expect(comment).toContain('ADR_UNKNOWN_THEME')
    expect(read(`pr-${n}-summary.md`)).toContain('❌ fail')
  })

  it('shows the board change: one more job, one more done, as many remaining', () => {
    const [before, after] = [read('leaderboard-before.md'), read('leaderboard.md')]
    expect(before.startsWith(MARKERS.leaderboard)).toBe(true)
    expect(after.startsWith(MARKERS.leaderboard)).toBe(true)
    const label = /: labelled (migration:[\w.-]+)\n/.exec(run.stdout)?.[1] ?? ''
    const [old, now] = [teamTotals(before, label), teamTotals(after, label)]
    expect(old.jobs).toBeGreaterThan(0)
    expect(now).toEqual({ jobs: old.jobs + 1, done: old.done + 1, remaining: old.remaining })
    expect(run.stdout).toMatch(/: closed as completed\n/)
    expect(run.stdout).toMatch(/rows that changed \([1-9]\d*\):/)
  })

  it('opens the board with the strategy at a glance and shows a burn-up with its weekly table', () => {
    const after = read('leaderboard.md')
    expect(after.indexOf('## Strategy at a glance')).toBeLessThan(after.indexOf('## Migrations'))
    expect(after).toContain('| Enterprise-Ready Platform | Enterprise customers live | 4 | 10 |')
    expect(after).toContain("<summary>Burn-up by week (the chart's numbers)</summary>")
  })

  it('previews the weekly digest, which the sample config leaves off', () => {
    expect(read('digest-preview.md')).toMatch(/^<!-- strategy-trace:digest \d{4}-W\d{2} -->\n/)
    expect(run.stdout).toContain('The weekly digest is off in the sample config')
  })

  it('writes the final board as a self-contained HTML preview', () => {
    const html = read('leaderboard.html')
    expect(html).toContain('<title>Strategy leaderboard for acme</title>')
    expect(html).toContain('class="mermaid"')
    expect(html).not.toMatch(/<(script|img|link|iframe)\b[^>]*\b(src|href)="https?:/)
  })
})

describe('npm run demo with a wrong option', () => {
  it('exits 1 with one line that says what was wrong and how to run it', async () => {
    const failed = await runDemo('--bogus')
    expect(failed.code).toBe(1)
    const lines = failed.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('npm warn'))
    expect(lines).toEqual([
      "The demo failed: Unknown option '--bogus'. Usage: npm run demo [-- --out DIR] (default DIR: demo-output).",
    ])
  })
})
