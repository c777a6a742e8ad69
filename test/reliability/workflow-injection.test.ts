import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { report } from './helpers/stress.js'
import { scanWorkflow, workflowBlocks } from './helpers/scan-workflow.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Every workflow we document or ship: YAML blocks in README.md and docs/**\/*.md, and workflow files. */
function documentedWorkflows(): { where: string; text: string }[] {
  const markdown = [join(ROOT, 'README.md'), ...filesUnder(join(ROOT, 'docs'), /\.md$/)]
  const fromMarkdown = markdown.flatMap((file) =>
    workflowBlocks(readFileSync(file, 'utf8')).map((block) => ({
      where: `${relative(ROOT, file)}:${block.line}`,
      text: block.text,
    })),
  )
  const yamlFiles = [
    ...filesUnder(join(ROOT, 'docs'), /\.ya?ml$/),
    ...filesUnder(join(ROOT, '.github/workflows'), /\.ya?ml$/),
  ]
  const files = yamlFiles.map((file) => ({ where: relative(ROOT, file), text: readFileSync(file, 'utf8') }))
  return [...fromMarkdown, ...files]
}

describe('documented workflows', () => {
  it('interpolate no event data into run: or script code, and never check out a PR head under pull_request_target', () => {
    const workflows = documentedWorkflows()
    expect(workflows.length).toBeGreaterThanOrEqual(2)
    const problems = workflows.flatMap((w) => scanWorkflow(w.text, w.where))
    report('workflow scan', { workflows: workflows.length, problems: problems.length })
    expect(problems).toEqual([])
  })

  it('the Action itself is a JavaScript action: no shell steps that could interpolate event data', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: Record<string, unknown> }
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('the scan catches what it looks for', () => {
    const bad = `on:
  pull_request_target:
jobs:
  check:
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: git switch \${{github.head_ref}}
      - run: echo \${{ steps.trace.outputs.themes }}
      - uses: actions/github-script@v7
        with:
          script: console.log('\${{ github.event.issue.body }}')
      - run: echo "\${{ github.sha }} \${{ secrets.TOKEN != '' }}"
        env:
          TITLE: \${{ github.event.pull_request.title }}
`
    const problems = scanWorkflow(bad, 'bad.yml').map((p) => p.problem)
    expect(problems).toEqual([
      'checks out the pull request head under pull_request_target',
      '${{ github.event.pull_request.title }} is interpolated into code; pass it through env:',
      '${{ github.head_ref }} is interpolated into code; pass it through env:',
      '${{ steps.trace.outputs.themes }} is interpolated into code; pass it through env:',
      '${{ github.event.issue.body }} is interpolated into code; pass it through env:',
      "${{ secrets.TOKEN != '' }} is interpolated into code; pass it through env:",
    ])
    const markdown =
      'Text\n\n```yaml\non: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.event.head_commit.message }}\n```\n'
    expect(workflowBlocks(markdown)).toEqual([{ line: 3, text: expect.stringContaining('jobs:') }])
  })
})
