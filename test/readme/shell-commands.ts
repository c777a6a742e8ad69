/**
 * Splits the `sh` blocks of the README into simple commands, enough for what documentation shows:
 * comments, `\` continuations, `&&` chains, quotes and leading `NAME=value` assignments. Anything
 * fancier (pipes, redirections, substitutions) is rejected so the test never guesses.
 */

export interface ShellCommand {
  /** The command as written (one element of an `&&` chain), for messages. */
  source: string
  /** 1-based line inside the block. */
  line: number
  /** `NAME=value` assignments before the command, or set by `export`. */
  env: Record<string, string>
  /** The words after the assignments; empty for a line of assignments only. */
  words: string[]
}

/** The commands of one shell block. Throws on syntax this reader does not understand. */
export function parseShellBlock(text: string): ShellCommand[] {
  const commands: ShellCommand[] = []
  const lines = text.replace(/\\\n/g, ' ').split('\n')
  lines.forEach((raw, index) => {
    const words = splitWords(raw)
    if (words.length === 0) return
    for (const part of splitOn(words, '&&')) {
      commands.push({ ...readAssignments(part), source: part.join(' '), line: index + 1 })
    }
  })
  return commands
}

function readAssignments(words: string[]): Pick<ShellCommand, 'env' | 'words'> {
  const rest = words[0] === 'export' ? words.slice(1) : words
  const env: Record<string, string> = {}
  let i = 0
  for (; i < rest.length; i++) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(rest[i] ?? '')
    if (!match) break
    env[match[1] ?? ''] = match[2] ?? ''
  }
  if (words[0] === 'export' && i < rest.length)
    throw new Error(`cannot read "${words.join(' ')}": export takes only NAME=value words`)
  return { env, words: rest.slice(i) }
}

function splitOn(words: string[], operator: string): string[][] {
  const parts: string[][] = [[]]
  for (const word of words) {
    if (word === operator) parts.push([])
    else parts[parts.length - 1]?.push(word)
  }
  if (parts.some((part) => part.length === 0)) throw new Error(`an empty command around "${operator}"`)
  return parts
}

/**
 * Shell words of one line: single and double quotes (no expansion inside double quotes is needed
 * by the README, so `$`, backticks and `\` inside them are rejected), `#` comments at a word start.
 */
export function splitWords(line: string): string[] {
  const words: string[] = []
  let current: string | null = null
  for (let i = 0; i < line.length; i++) {
    const char = line[i] ?? ''
    if (char === "'" || char === '"') {
      const end = line.indexOf(char, i + 1)
      if (end < 0) throw new Error(`an unclosed ${char} in: ${line}`)
      const quoted = line.slice(i + 1, end)
      if (char === '"' && /[$`\\]/.test(quoted)) throw new Error(`an expansion inside "…" in: ${line}`)
      current = (current ?? '') + quoted
      i = end
    } else if (/\s/.test(char)) {
      if (current !== null) words.push(current)
      current = null
    } else if (char === '#' && current === null) {
      break
    } else if (char === '&' && line[i + 1] === '&') {
      if (current !== null) words.push(current)
      words.push('&&')
      current = null
      i++
    } else if (/[|;<>$`()\\&]/.test(char)) {
      throw new Error(`"${char}" is more shell than the README test reads, in: ${line}`)
    } else {
      current = (current ?? '') + char
    }
  }
  if (current !== null) words.push(current)
  return words
}
