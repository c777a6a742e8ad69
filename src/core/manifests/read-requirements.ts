import type { Dependency } from './dependency.js'
import { parseRequirement } from './parse-requirement.js'

/**
 * Reads a pip requirements file (`requirements*.txt`): one PEP 508 requirement a line, `\`
 * continuations joined, comments dropped; options (`-r`, `-c`, `-e`, `--index-url`) and bare URLs
 * are skipped. The pip format is line-based by definition, so this reader is too.
 */
export function readRequirements(text: string): Dependency[] {
  const dependencies: Dependency[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const start = i
    const parts = [lines[i] ?? '']
    while (parts.at(-1)?.endsWith('\\') && i + 1 < lines.length) parts.push(lines[++i] ?? '')
    const content = parts
      .map((part) => part.replace(/\\$/, ''))
      .join(' ')
      .replace(/(?:^|\s)#.*$/, '')
      .replace(/\s--?[a-z].*$/, '')
      .trim()
    if (content === '' || content.startsWith('-')) continue
    const requirement = parseRequirement(content)
    if (requirement === null) continue
    dependencies.push({ ecosystem: 'pypi', ...requirement, line: start + 1 })
  }
  return dependencies
}
