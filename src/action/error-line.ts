/** The first line of an error's message, trimmed: what the user sees instead of a stack trace. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split(/\r?\n/, 1)[0]?.trim() || 'unknown error'
}

/** One line for an unexpected error: `Strategy Trace stopped: <first line of the message>`. */
export function stoppedLine(error: unknown): string {
  return `Strategy Trace stopped: ${firstLine(error)}`
}
