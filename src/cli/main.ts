import { COMMANDS } from './commands/index.js'
import { UsageError, type CliCommand, type CliIo } from './cli-types.js'

/**
 * `strategy-trace <command> …`: routes to a command and turns user mistakes into one line and exit
 * code 2. Returns the exit code; never throws.
 */
export async function main(argv: string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const entry = COMMANDS.find((c) => c.name === args[0])
    io.stdout((entry ? (await entry.load()).help : renderHelp()) + '\n')
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`)
    return 0
  }
  const entry = COMMANDS.find((c) => c.name === name)
  if (!entry) {
    const names = COMMANDS.map((c) => c.name).join(', ')
    io.stderr(
      `strategy-trace: unknown command "${name}". Commands: ${names}. Run \`strategy-trace --help\`.\n`,
    )
    return 2
  }
  return runCommand(await entry.load(), args, io)
}

async function runCommand(command: CliCommand, args: string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `strategy-trace ${command.name}: ${error.message}\nRun \`strategy-trace ${command.name} --help\` for usage.\n`,
      )
      return 2
    }
    const message = error instanceof Error ? error.message.split(/\r?\n/, 1)[0] : String(error)
    io.stderr(`strategy-trace ${command.name}: unexpected error: ${message}\n`)
    if (io.env.STRATEGY_TRACE_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`)
    return 2
  }
}

function renderHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'Usage: strategy-trace <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `strategy-trace <command> --help` for the options of a command.',
    'Options: -h, --help  Show help.  -v, --version  Show the version.',
  ].join('\n')
}
