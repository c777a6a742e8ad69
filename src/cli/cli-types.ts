/** What a command may touch: the working directory, the environment, output streams and the clock. */
export interface CliIo {
  cwd: string
  env: Record<string, string | undefined>
  stdout(text: string): void
  stderr(text: string): void
  /** Today, `YYYY-MM-DD`. */
  today(): string
}

/** One `strategy-trace <name>` command; one file per command under `src/cli/commands/`. */
export interface CliCommand {
  name: string
  /** One line for `strategy-trace --help`. */
  summary: string
  /** The full `--help` text. */
  help: string
  /** Returns the exit code: 0 clean, 1 findings with errors, 2 usage or config error. */
  run(args: string[], io: CliIo): Promise<number>
}

/**
 * A mistake of the person at the terminal (a bad flag, a missing file): printed as one line with a
 * pointer to `--help`, exit code 2, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
