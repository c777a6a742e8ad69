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

/** The two `@actions/core` calls that read inputs (the skip-fast entry passes its own). */
export type InputReader = Pick<ActionCore, 'getInput' | 'getBooleanInput'>

export const DEFAULT_INPUTS = {
  'config-path': '.github/strategy.yml',
  mode: 'warn',
  comment: true,
  'comment-author': 'github-actions[bot]',
  'dry-run': false,
} as const

/**
 * What each text input must look like, and what to tell the user when it does not. Plain patterns
 * rather than a schema library, so the entry that answers skipped events stays small (cold start).
 */
const RULES = {
  'config-path': {
    pattern: /^[^/\\].*\.ya?ml$/,
    accepts: 'must be a repository-relative path to a .yml or .yaml file, e.g. .github/strategy.yml',
  },
  mode: {
    pattern: /^(warn|fail)$/,
    accepts: 'must be `warn` (report only) or `fail` (fail the step on errors)',
  },
  'comment-author': {
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/,
    accepts: 'must be a GitHub login such as `github-actions[bot]`, or `auto`',
  },
}

/**
 * Reads and validates the inputs (`core.getInput(...) || default`, booleans through
 * `core.getBooleanInput`). Throws one line naming the input, its value and what is accepted.
 */
export function readInputs(core: InputReader): ActionInputs {
  const text = (name: keyof typeof DEFAULT_INPUTS): string =>
    core.getInput(name) || String(DEFAULT_INPUTS[name])
  const flag = (name: 'comment' | 'dry-run'): boolean =>
    core.getInput(name) === '' ? DEFAULT_INPUTS[name] : core.getBooleanInput(name)
  const inputs = {
    token: core.getInput('token'),
    configPath: text('config-path'),
    mode: text('mode').toLowerCase(),
    comment: flag('comment'),
    commentAuthor: text('comment-author'),
    dryRun: flag('dry-run'),
  }
  if (inputs.token === '')
    throw new Error(
      'Input required and not supplied: token. Pass `token: ${{ github.token }}` (the default).',
    )
  check('config-path', inputs.configPath)
  check('mode', inputs.mode)
  check('comment-author', inputs.commentAuthor)
  return { ...inputs, mode: inputs.mode === 'fail' ? 'fail' : 'warn' }
}

function check(name: keyof typeof RULES, value: string): void {
  const rule = RULES[name]
  if (!rule.pattern.test(value))
    throw new Error(`Input \`${name}\` is ${JSON.stringify(value)}, which is not valid: it ${rule.accepts}.`)
}
