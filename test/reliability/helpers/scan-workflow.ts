import { parse } from 'yaml'

/**
 * Contexts that are safe inside a `run:` script: set by the runner or the repository's admins, never
 * by whoever opens a pull request. Everything else (`github.event.*`, `github.head_ref`, step and job
 * outputs, inputs) may carry attacker text and belongs in `env:`, where the shell sees it as data.
 */
const SAFE_CONTEXT =
  /^(?:github\.(?:repository|repository_owner|repository_id|sha|ref|ref_name|run_id|run_number|run_attempt|workflow|job|action_path|workspace|server_url|api_url|token)|runner\.\w+|vars\.\w+|secrets\.\w+|matrix\.[\w.-]+|env\.\w+|job\.status|steps\.[\w-]+\.(?:outcome|conclusion))$/

/** `with:` keys that hold code, as `run:` does (actions/github-script). */
const CODE_INPUTS = ['script']

/** A PR's head being checked out: the one thing `pull_request_target` must never do. */
const HEAD_REF = /github\.event\.pull_request\.head|github\.head_ref|refs\/pull\//

interface Step {
  uses?: unknown
  run?: unknown
  with?: Record<string, unknown>
  name?: unknown
}

export interface WorkflowProblem {
  where: string
  problem: string
}

/**
 * Problems of one workflow: expressions interpolated into shell or script code, and, for
 * `pull_request_target`, a checkout of the pull request's head. Throws when `text` is not YAML.
 */
export function scanWorkflow(text: string, where: string): WorkflowProblem[] {
  const workflow = parse(text) as { on?: unknown; jobs?: Record<string, { steps?: Step[] }> } | null
  const problems: WorkflowProblem[] = []
  const target = triggers(workflow?.on).includes('pull_request_target')
  for (const [jobId, job] of Object.entries(workflow?.jobs ?? {})) {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const at = `${where} jobs.${jobId}.steps[${index}]${typeof step.name === 'string' ? ` (${step.name})` : ''}`
      const code = [step.run, ...CODE_INPUTS.map((key) => step.with?.[key])].filter(
        (value): value is string => typeof value === 'string',
      )
      for (const script of code)
        for (const [, expression] of script.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g))
          if (!SAFE_CONTEXT.test(expression ?? ''))
            problems.push({
              where: at,
              problem: `\${{ ${expression} }} is interpolated into code; pass it through env:`,
            })
      const checkout = typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@')
      if (target && checkout && HEAD_REF.test(JSON.stringify(step.with ?? {})))
        problems.push({ where: at, problem: 'checks out the pull request head under pull_request_target' })
    }
  }
  return problems
}

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  return on && typeof on === 'object' ? Object.keys(on) : []
}

/** Fenced ```yaml blocks of a Markdown file that are workflows (they have `jobs:`), with their line. */
export function workflowBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = []
  const fence = /^( {0,3})(`{3,}|~{3,})\s*ya?ml\b[^\n]*\n([\s\S]*?)^\1\2\s*$/gm
  for (const match of markdown.matchAll(fence)) {
    const text = match[3] ?? ''
    if (/^jobs:/m.test(text)) blocks.push({ line: markdown.slice(0, match.index).split('\n').length, text })
  }
  return blocks
}
