import { describe, expect, it } from 'vitest'
import { codeSpan, escapeMarkdown } from '../../src/core/markdown/escape-markdown.js'
import { MARKERS } from '../../src/core/report/markers.js'
import { CANARIES, findMarkdownHazards, HOSTILE, HOSTILE_TEXT } from './helpers/markdown-hazards.js'

/** User text the way our templates place it: in a table cell, in a sentence, and as code. */
const place = (text: string, code: string) =>
  `${MARKERS.prCheck}\n| Team | Note |\n| --- | --- |\n| ${text} | ok |\n\nThemes: ${text}.\n\nId: ${code}\n`

describe('the hostile-text check used by the end-to-end security tests', () => {
  it.each(Object.entries(HOSTILE))('flags the %s piece when it is placed unescaped', (_, piece) => {
    const canary = CANARIES.find((c) => piece.includes(c)) as string
    expect(findMarkdownHazards(place(piece, `\`${piece}\``), [canary])).not.toEqual([])
  })

  it('passes every piece once escapeMarkdown or codeSpan has made it safe', () => {
    expect(findMarkdownHazards(place(escapeMarkdown(HOSTILE_TEXT), codeSpan(HOSTILE_TEXT)))).toEqual([])
  })
})
