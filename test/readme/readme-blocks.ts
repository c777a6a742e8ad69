/**
 * Reads README.md the way the snippet tests need it: fenced code blocks with their language, line and
 * the `<!-- snippet: … -->` directive written right before them, headings as GitHub anchors, and links.
 */

/** What the HTML comment before a block says: leave it out (with a reason) or also write it to a file. */
export type SnippetDirective = { kind: 'skip'; reason: string } | { kind: 'file'; path: string }

export interface ReadmeBlock {
  /** The info string's first word, lower case (`yaml`, `sh`, `markdown`), or '' when there is none. */
  lang: string
  /** The block's content, ending with a newline. */
  text: string
  /** 1-based line of the opening fence. */
  line: number
  directive: SnippetDirective | null
}

const DIRECTIVE = /^<!--\s*snippet:\s*(skip|file)\b\s*(.*?)\s*-->$/

/** Every fenced block (``` or ~~~, three or more) of a Markdown text, in order. */
export function extractBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split(/\r?\n/)
  const blocks: ReadmeBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i] ?? '')
    if (!open) continue
    const fence = open[1] ?? '```'
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !isClosing(lines[j] ?? '', fence)) body.push(lines[j++] ?? '')
    if (j >= lines.length) throw new Error(`README.md:${i + 1}: a code block is opened but never closed.`)
    blocks.push({
      lang: (open[2] ?? '').toLowerCase(),
      text: `${body.join('\n')}\n`,
      line: i + 1,
      directive: directiveBefore(lines, i),
    })
    i = j
  }
  return blocks
}

function isClosing(line: string, fence: string): boolean {
  const trimmed = line.trim()
  return trimmed.startsWith(fence) && /^(`+|~+)$/.test(trimmed) && trimmed[0] === fence[0]
}

/** The directive on the last non-blank line before the fence at `index`. */
function directiveBefore(lines: readonly string[], index: number): SnippetDirective | null {
  let k = index - 1
  while (k >= 0 && (lines[k] ?? '').trim() === '') k--
  const match = DIRECTIVE.exec((lines[k] ?? '').trim())
  if (!match) return null
  const value = match[2] ?? ''
  if (match[1] === 'skip') return { kind: 'skip', reason: value }
  return { kind: 'file', path: value }
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** The anchors of every heading outside code blocks. */
export function headingAnchors(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/^ {0,3}(```|~~~)[\s\S]*?^ {0,3}\1\s*$/gm, '')
  const anchors = new Set<string>()
  for (const match of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm))
    anchors.add(headingAnchor(match[1] ?? ''))
  return anchors
}

/** Targets of Markdown links and `src`/`href` attributes that point inside the repository. */
export function localLinks(markdown: string): string[] {
  const withoutCode = markdown
    .replace(/^ {0,3}(```|~~~)[\s\S]*?^ {0,3}\1\s*$/gm, '')
    .replace(/`[^`\n]*`/g, '') // inline code shows link syntax as an example
  const targets = [
    ...[...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? ''),
    ...[...withoutCode.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ]
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
}
