/**
 * Exercises one command from a README `sh` block: npm scripts must exist, other tools must be
 * installed, and `strategy-trace` commands really run (offline) in a working tree built from the
 * README's own examples. Commands that need GitHub run as `<command> --help`, and every option they
 * use must appear in that help.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { ShellCommand } from './shell-commands.js'

const run = promisify(execFile)

export interface CommandContext {
  /** Repository root. */
  root: string
  /** Working tree the CLI runs in. */
  tree: string
  scripts: Record<string, string>
}

/** What happened; `problems` is empty when the command is fine. */
export interface CommandOutcome {
  ran: string | null
  problems: string[]
}

/** npm commands that need no script entry. */
const NPM_BUILTINS = new Set(['ci', 'install', 'test', 'start'])
/** Options that mean the command talks to GitHub: exercised through `--help`. */
const NEEDS_GITHUB = ['--org', '--post']

export async function exerciseCommand(
  command: ShellCommand,
  context: CommandContext,
): Promise<CommandOutcome> {
  const [tool, ...args] = command.words
  if (tool === undefined) return { ran: null, problems: [] } // assignments only
  if (tool === 'npm') return { ran: null, problems: checkNpm(args, context) }
  if (tool === 'bash') return { ran: null, problems: checkFile(args[0], context.root) }
  if (tool === 'npx' && args[0] !== 'strategy-trace') return { ran: null, problems: checkNpx(args, context) }
  if (tool === 'npx' || tool === 'strategy-trace') {
    return runCli(tool === 'npx' ? args.slice(1) : args, command.env, context)
  }
  return { ran: null, problems: [`"${tool}" is not a command the README test knows how to check`] }
}

function checkNpm(args: string[], { scripts }: CommandContext): string[] {
  const [verb, script] = args
  if (verb === 'run') {
    if (script === undefined) return ['`npm run` names no script']
    return script in scripts ? [] : [`package.json has no script "${script}"`]
  }
  return NPM_BUILTINS.has(verb ?? '')
    ? []
    : [`\`npm ${verb ?? ''}\` is not checked; use npm ci, test, start or run`]
}

function checkFile(path: string | undefined, root: string): string[] {
  if (path === undefined) return ['bash runs no file']
  return existsSync(join(root, path)) ? [] : [`${path} does not exist`]
}

function checkNpx(args: string[], { root }: CommandContext): string[] {
  const [bin, ...rest] = args
  const problems = existsSync(join(root, 'node_modules', '.bin', bin ?? ''))
    ? []
    : [`npx ${bin}: not installed`]
  for (const arg of rest) {
    if (!arg.startsWith('-') && arg.includes('/') && !existsSync(join(root, arg)))
      problems.push(`${arg} does not exist`)
  }
  return problems
}

async function runCli(
  args: string[],
  env: Record<string, string>,
  context: CommandContext,
): Promise<CommandOutcome> {
  const helpOnly = args.some((arg) => NEEDS_GITHUB.includes(arg))
  const argv = helpOnly ? [args[0] ?? '', '--help'] : args
  const result = await runBin(argv, env, context)
  const ran = `strategy-trace ${argv.join(' ')}`
  const problems =
    result.code === 0 ? [] : [`${ran} exited ${result.code}: ${result.stderr.trim().split('\n')[0]}`]
  if (helpOnly) {
    for (const option of args.filter((arg) => arg.startsWith('--'))) {
      if (!result.stdout.includes(option)) problems.push(`${option} is not in \`${ran}\``)
    }
    return { ran, problems }
  }
  problems.push(...checkOutputs(args, result.stdout, context.tree))
  return { ran, problems }
}

/** `--json` and `--format json` print JSON; `--html FILE` writes a page. */
function checkOutputs(args: string[], stdout: string, tree: string): string[] {
  const problems: string[] = []
  const json = args.includes('--json') || args.join(' ').includes('--format json')
  if (json) {
    try {
      JSON.parse(stdout)
    } catch {
      problems.push(`\`${args.join(' ')}\` did not print JSON`)
    }
  }
  const html = args.indexOf('--html')
  if (html >= 0) {
    const file = join(tree, args[html + 1] ?? '')
    if (!existsSync(file) || !readFileSync(file, 'utf8').includes('<html'))
      problems.push(`--html wrote no page`)
  }
  return problems
}

/** Runs of the same command line (e.g. the same `--help`) share one process. */
const runs = new Map<string, ReturnType<typeof spawnBin>>()

function runBin(argv: string[], env: Record<string, string>, context: CommandContext) {
  const key = JSON.stringify([argv, env, context.tree])
  const existing = runs.get(key)
  if (existing) return existing
  const started = spawnBin(argv, env, context)
  runs.set(key, started)
  return started
}

async function spawnBin(argv: string[], env: Record<string, string>, { root, tree }: CommandContext) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(GITHUB_|INPUT_|RUNNER_|CI$)/.test(name)),
  )
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'bin/strategy-trace.cjs'), ...argv], {
      cwd: tree,
      env: { ...clean, ...env, NO_COLOR: '1' },
      timeout: 60_000,
      maxBuffer: 32 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; message: string }
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr || failed.message,
    }
  }
}
