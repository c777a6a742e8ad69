/**
 * The default owner of a repository in its CODEOWNERS file, the way GitHub reads the file: one rule a
 * line (`pattern owner…`), `#` starts a comment, and a later matching rule overrides an earlier one, so
 * the default owner is the owner list of the last rule whose pattern matches every path (`*`, `**` or
 * `/**`). Of that list the first team (`@org/team`) is the repository's team; users and e-mail
 * addresses name no team. A last `*` rule without owners leaves the repository without a default owner.
 */

/** GitHub ignores CODEOWNERS files over 3 MB; longer text is not read. */
export const MAX_CODEOWNERS_CHARS = 3 * 1024 * 1024

const DEFAULT_PATTERNS = new Set(['*', '**', '/**', '/*/**'])
const TEAM = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/

/** A team handle as written in CODEOWNERS: `@acme/payments` is `{ org: 'acme', slug: 'payments' }`. */
export interface CodeownersTeam {
  org: string
  slug: string
}

/**
 * The first team of the last default rule, or null (no file text, no default rule, or no team in it).
 * Linear in the text.
 *
 * @example findCodeownersTeam('* @acme/platform\n*.md @acme/docs\n* @ana @acme/payments') // { org: 'acme', slug: 'payments' }
 */
export function findCodeownersTeam(text: string | null): CodeownersTeam | null {
  if (text === null || text.length > MAX_CODEOWNERS_CHARS) return null
  let owners: string[] | null = null
  for (const raw of text.split(/\r?\n/)) {
    const words = withoutComment(raw).trim().split(/\s+/)
    const pattern = words[0] ?? ''
    if (pattern === '' || pattern.startsWith('[')) continue
    if (DEFAULT_PATTERNS.has(pattern)) owners = words.slice(1)
  }
  for (const owner of owners ?? []) {
    const match = TEAM.exec(owner)
    if (match) return { org: match[1] as string, slug: (match[2] as string).toLowerCase() }
  }
  return null
}

/** The line up to an unescaped `#` (`\#` in a pattern is a literal `#`). */
function withoutComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '#' && (i === 0 || line[i - 1] !== '\\')) return line.slice(0, i)
  }
  return line
}
