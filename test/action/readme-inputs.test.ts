import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface ActionManifest {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const root = new URL('../../', import.meta.url)
const manifest = parse(readFileSync(new URL('action.yml', root), 'utf8')) as ActionManifest
const readme = readFileSync(new URL('README.md', root), 'utf8')

/** Rows of the Markdown table under `### <heading>` in the "Using the Action" section. */
function tableRows(heading: string): string[][] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Using the Action')) ?? ''
  const table = section.split(/^### /m).find((part) => part.startsWith(`${heading}\n`)) ?? ''
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    )
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()
const unquote = (cell: string) => cell.replace(/^`(.*)`$/, '$1')

describe('README "Using the Action"', () => {
  it('lists exactly the inputs of action.yml, with their defaults and descriptions', () => {
    const rows = tableRows('Inputs').map(([name = '', value = '', description = '']) => [
      unquote(name),
      unquote(value),
      description,
    ])
    const expected = Object.entries(manifest.inputs).map(([name, input]) => [
      name,
      input.default ?? '',
      normalise(input.description),
    ])
    expect(rows).toEqual(expected)
  })

  it('lists exactly the outputs of action.yml, with their descriptions', () => {
    const rows = tableRows('Outputs').map(([name = '', description = '']) => [unquote(name), description])
    expect(rows).toEqual(
      Object.entries(manifest.outputs).map(([name, output]) => [name, normalise(output.description)]),
    )
  })

  it('runs the bundle on node24 and documents valid workflows with no event data in shell', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    const section = readme.split(/^## /m).find((part) => part.startsWith('Using the Action')) ?? ''
    const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      (match) => parse(match[1] ?? '') as Workflow,
    )
    expect(workflows.length).toBeGreaterThan(0)
    for (const workflow of workflows) {
      expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
      expect(Object.keys(workflow.on)).toEqual(
        expect.arrayContaining(['pull_request', 'push', 'workflow_dispatch']),
      )
      expect(workflow.concurrency).toMatchObject({ 'cancel-in-progress': true })
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
      for (const step of steps) expect(step.run ?? '').not.toContain('${{')
    }
  })
})

interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  concurrency: Record<string, unknown>
  jobs: Record<string, { steps: { run?: string }[] }>
}
