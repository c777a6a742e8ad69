import type { Dependency } from './dependency.js'

/** Splits `registry:5000/team/app:1.2@sha256:…` into the image and its tag (or digest). */
function splitImage(reference: string): { name: string; version: string | null } {
  const [withTag = '', digest] = reference.split('@')
  const slash = withTag.lastIndexOf('/')
  const colon = withTag.lastIndexOf(':')
  const name = colon > slash ? withTag.slice(0, colon) : withTag
  const tag = colon > slash ? withTag.slice(colon + 1) : null
  return { name, version: tag ?? digest ?? null }
}

function substitute(text: string, args: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (all, key: string) => args.get(key) ?? all)
}

/**
 * Reads a Dockerfile's `FROM [--platform=…] image[:tag|@digest] [AS stage]` lines, multi-stage
 * included: the name is the image without its tag, the version its tag (or digest). `ARG` defaults
 * declared before a `FROM` are substituted; `scratch`, earlier stages and images whose name still
 * holds a variable are skipped. Dockerfile instructions are line-based by definition (continuations
 * with `\` are joined).
 */
export function readDockerfile(text: string): Dependency[] {
  const dependencies: Dependency[] = []
  const args = new Map<string, string>()
  const stages = new Set<string>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const start = i
    const parts = [lines[i] ?? '']
    while (parts.at(-1)?.endsWith('\\') && i + 1 < lines.length) parts.push(lines[++i] ?? '')
    const words = parts
      .map((part) => part.replace(/\\$/, ''))
      .join(' ')
      .trim()
      .split(/\s+/)
    const instruction = words[0]?.toUpperCase()
    if (instruction === 'ARG') {
      const [key, value] = (words[1] ?? '').split('=')
      if (key !== undefined && value !== undefined) args.set(key, value.replace(/^["']|["']$/g, ''))
      continue
    }
    if (instruction !== 'FROM') continue
    const operands = words.slice(1).filter((word) => !word.startsWith('--'))
    const image = splitImage(substitute(operands[0] ?? '', args))
    const earlierStage = stages.has(image.name.toLowerCase())
    if (operands[1]?.toUpperCase() === 'AS' && operands[2] !== undefined)
      stages.add(operands[2].toLowerCase())
    if (image.name === '' || image.name === 'scratch' || image.name.includes('$') || earlierStage) continue
    dependencies.push({ ecosystem: 'docker', ...image, line: start + 1 })
  }
  return dependencies
}
