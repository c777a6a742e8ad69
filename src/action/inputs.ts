import { z } from 'zod'
import type { ActionCore } from './action-core.js'

/** The Action's inputs, validated. Names and defaults match `action.yml`. */
export interface ActionInputs {
  token: string
  configPath: string
  mode: 'warn' | 'fail'
  comment: boolean
  /** Login whose comments are ours; `auto` asks the API who the token is. */
  commentAuthor: string
  dryRun: boolean
}

export const DEFAULT_INPUTS = {
  'config-path': '.github/strategy.yml',
  mode: 'warn',
  comment: true,
  'comment-author': 'github-actions[bot]',
  'dry-run': false,
} as const

const schema = z.object({
  token: z
    .string()
    .min(1, 'Input required and not supplied: token. Pass `token: ${{ github.token }}` (the default).'),
  configPath: z
    .string()
    .regex(
      /^[^/\\].*\.ya?ml$/,
      'must be a repository-relative path to a .yml or .yaml file, e.g. .github/strategy.yml',
    ),
  mode: z.enum(['warn', 'fail'], {
    error: 'must be `warn` (report only) or `fail` (fail the step on errors)',
  }),
  comment: z.boolean(),
  commentAuthor: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/,
      'must be a GitHub login such as `github-actions[bot]`, or `auto`',
    ),
  dryRun: z.boolean(),
})

const INPUT_NAMES: Record<string, string> = {
  configPath: 'config-path',
  commentAuthor: 'comment-author',
  dryRun: 'dry-run',
}

/**
 * Reads and validates the inputs (release-drafter: zod over `core.getInput(...) || default`).
 * Throws one line naming the input, its value and what is accepted.
 */
export function readInputs(core: ActionCore): ActionInputs {
  const text = (name: keyof typeof DEFAULT_INPUTS | 'token'): string =>
    core.getInput(name) || String(name === 'token' ? '' : DEFAULT_INPUTS[name])
  const flag = (name: 'comment' | 'dry-run'): boolean =>
    core.getInput(name) === '' ? DEFAULT_INPUTS[name] : core.getBooleanInput(name)
  const raw = {
    token: core.getInput('token'),
    configPath: text('config-path'),
    mode: text('mode').toLowerCase(),
    comment: flag('comment'),
    commentAuthor: text('comment-author'),
    dryRun: flag('dry-run'),
  }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const key = String(issue?.path[0] ?? '')
  if (key === 'token') throw new Error(issue?.message)
  const name = INPUT_NAMES[key] ?? key
  const value = JSON.stringify(raw[key as keyof typeof raw])
  throw new Error(`Input \`${name}\` is ${value}, which is not valid: it ${issue?.message ?? 'is invalid'}.`)
}
