import markdownIt from 'markdown-it'

/**
 * Hostile user text: each piece tries one way to abuse a comment or issue body, and carries a canary
 * word that must stay visible as plain text wherever the piece is rendered.
 */
export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>IMGCANARY',
  script: '<script>alert(1)</script>SCRIPTCANARY',
  mention: '@acme/everyone @dana-li MENTIONCANARY',
  pipes: 'a | b || c PIPECANARY',
  hidden: '<!-- HIDDENCANARY -->',
  fold: '<details><summary>x</summary>FOLDCANARY',
  heading: '\n\n# HEADINGCANARY\n| x | y |\n',
  link: '[LINKCANARY](https://evil.example/login)',
  bold: '**BOLDCANARY** ~~gone~~',
  bidi: '\u202eBIDICANARY\u200b',
  code: 'x` <b>CODECANARY</b> `y',
} as const

/** All hostile pieces in one line-breaking string, and their canaries. */
export const HOSTILE_TEXT = Object.values(HOSTILE).join(' ')
/** The pieces in two strings of under 200 characters, for places that clip longer text. */
export const HOSTILE_HALVES = [
  [HOSTILE.img, HOSTILE.script, HOSTILE.mention, HOSTILE.pipes, HOSTILE.hidden].join(' '),
  [HOSTILE.fold, HOSTILE.heading, HOSTILE.link, HOSTILE.bold, HOSTILE.bidi, HOSTILE.code].join(' '),
] as const
export const CANARIES = Object.values(HOSTILE).map((text) => /[A-Z]+CANARY/.exec(text)?.[0] as string)

/** GitHub renders raw HTML (sanitised): the strictest reading is markdown-it with HTML on. */
const md = markdownIt('default', { html: true, linkify: false })

/** Tags Strategy Trace's own templates write; user text must add none, of any kind. */
const OWN_TAGS = new Set(
  'p table thead tbody tr th td code pre strong em ul ol li h1 h2 h3 h4 h5 h6 details summary sub sup br hr a blockquote'.split(
    ' ',
  ),
)
/** The markup the hostile pieces would create if they were not escaped (our own may wrap user text). */
const INJECTED = [
  /<h[1-6]>\s*HEADINGCANARY/,
  /<a\b[^>]*>LINKCANARY<\/a>/,
  /<strong>BOLDCANARY<\/strong>/,
  /<(del|s)>gone<\/\1>/,
  /<summary>x<\/summary>/,
]
const OWN_COMMENT = /^<!-- strategy-trace:[a-z-]+(?: [\w=.-]+)* -->$/

/**
 * Everything in `body` that user text could have done: HTML tags or attributes beyond our own,
 * `@mentions`, HTML comments that are not our markers, tables whose rows have a different number of
 * cells than their header, and canaries that are hidden or restyled. Empty when the body is safe.
 */
export function findMarkdownHazards(body: string, canaries: readonly string[] = CANARIES): string[] {
  const hazards: string[] = []
  hazards.push(...tableHazards(body))
  const html = md.render(body)
  for (const comment of html.match(/<!--[\s\S]*?(?:-->|$)/g) ?? [])
    if (!OWN_COMMENT.test(comment)) hazards.push(`HTML comment that is not ours: ${comment}`)
  for (const [tag, name, attributes = ''] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const lower = (name as string).toLowerCase()
    if (!OWN_TAGS.has(lower)) hazards.push(`tag <${lower}> in ${tag}`)
    if (/\son\w+\s*=/i.test(attributes) || /javascript:/i.test(attributes))
      hazards.push(`attribute in ${tag}`)
  }
  for (const pattern of INJECTED)
    if (pattern.test(html)) hazards.push(`markup from user text: ${pattern.source}`)
  const prose = visibleText(html.replace(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/g, ' '))
  for (const mention of prose.match(/(?:^|[^\w`])@[A-Za-z0-9][\w-]*/g) ?? [])
    hazards.push(`mention ${mention.trim()}`)
  const text = visibleText(html)
  for (const canary of canaries) if (!text.includes(canary)) hazards.push(`${canary} is not visible`)
  if (/[\u202a-\u202e\u2066-\u2069]/.test(text)) hazards.push('bidirectional override in the text')
  return hazards
}

/** Rows of each table must have as many unescaped `|` as its header (GFM drops or invents cells). */
function tableHazards(body: string): string[] {
  const hazards: string[] = []
  let header: number | null = null
  for (const line of body.split('\n')) {
    if (!line.startsWith('|')) {
      header = null
      continue
    }
    const pipes = line.match(/(?<!\\)\|/g)?.length ?? 0
    if (header === null) header = pipes
    else if (pipes !== header)
      hazards.push(`table row with ${pipes} cell borders instead of ${header}: ${line}`)
  }
  return hazards
}

/** The text a reader sees (mentions in code spans do not notify: callers cut code out first). */
function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
}
