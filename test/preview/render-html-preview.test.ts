import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toInlineScript } from '../../src/preview/read-mermaid-bundle.js'
import { renderHtmlPreview } from '../../src/preview/render-html-preview.js'

const SAMPLE = 'test/fixtures/leaderboard/sample.md'
const sample = readFileSync(SAMPLE, 'utf8')
const page = renderHtmlPreview({ markdown: sample, title: 'Strategy leaderboard for acme' })

/** The page with each inline script emptied, to look at its markup alone. */
const markup = page.replace(/<script>[\s\S]*?<\/script>/g, '<script></script>')

/** The text of every inline `<script>`, exactly as the browser hashes it. */
function inlineScripts(html: string): string[] {
  return Array.from(html.matchAll(/<script>([\s\S]*?)<\/script>/g), (match) => match[1] as string)
}

/** The sample, plus the renderer's golden boards once they exist. */
function boards(): string[] {
  const golden = readdirSync('test/golden')
    .filter((name) => /^leaderboard-.*\.md$/.test(name))
    .map((name) => join('test/golden', name))
  return [SAMPLE, ...golden]
}

describe('renderHtmlPreview', () => {
  it('is one self-contained page: no script, stylesheet, image or font from a URL', () => {
    expect(markup.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(markup.match(/<script[^>]*>/g)).toEqual(['<script>', '<script>'])
    expect(markup).not.toMatch(/<(link|img|iframe|object|embed|base)[\s>]/i)
    expect(markup).not.toMatch(/@import|url\(/i)
    const linked = Array.from(
      markup.matchAll(/<(\w+)[^>]*\s(?:src|href)="([^"]*)"/g),
      (m) => `${m[1]} ${m[2]}`,
    )
    expect(linked.length).toBeGreaterThan(0)
    expect(linked.filter((tagAndUrl) => !tagAndUrl.startsWith('a https://github.com/'))).toEqual([])
  })

  it('inlines the Mermaid browser build, then starts it in strict mode', () => {
    const [mermaid, init, ...rest] = inlineScripts(page)
    expect(rest).toEqual([])
    expect(mermaid?.length).toBeGreaterThan(1_000_000)
    expect(mermaid).toContain('globalThis["mermaid"]')
    expect(init).toBe("mermaid.initialize({ startOnLoad: true, securityLevel: 'strict', theme: 'default' })")
  })

  it('allows exactly its own scripts by hash and blocks every fetch in its Content-Security-Policy', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? ''
    const directives = Object.fromEntries(
      csp.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]),
    )
    const hashes = inlineScripts(page).map(
      (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
    )
    expect(directives['default-src']).toBe("'none'")
    expect(directives['script-src']).toBe(hashes.join(' '))
    expect(directives['style-src']).toBe("'unsafe-inline'")
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('escapes the title', () => {
    const html = renderHtmlPreview({ markdown: '', title: 'Board <b> & "acme"' })
    expect(html).toContain('<title>Board &lt;b&gt; &amp; &quot;acme&quot;</title>')
    expect(html).toContain('<strong>Board &lt;b&gt; &amp; &quot;acme&quot;</strong>')
  })

  it.each(boards())(
    'renders %s as GitHub would: marker hidden, HTML forms and charts in place, no markup from users',
    (file) => {
      const markdown = readFileSync(file, 'utf8')
      const body = /<main class="markdown-body">([\s\S]*)<\/main>/.exec(
        renderHtmlPreview({ markdown, title: file }),
      )?.[1]
      expect(body).toBeDefined()
      expect(body).not.toContain('strategy-trace:leaderboard')
      expect(body).not.toMatch(/&lt;\/?(details|summary|sub)&gt;/)
      expect(body?.match(/<pre class="mermaid">/g)?.length ?? 0).toBe(
        markdown.match(/^```mermaid$/gm)?.length ?? 0,
      )
      expect(body).not.toMatch(/<(img|script|iframe|a href="javascript)[\s>:]/i)
      expect(body).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i)
    },
  )

  it('shows the sample board: progress bars, team rows and escaped user text', () => {
    expect(page).toContain('<td>████████░░ 85%</td>')
    expect(page).toContain('<td>Payments</td>\n<td>ana</td>')
    expect(page).toContain('Adopt Node 20 &lt;everywhere&gt; | now')
    expect(page).toContain('<summary>Decision log (3 ADRs)</summary>')
  })
})

describe('toInlineScript', () => {
  it('rewrites every </script so the HTML parser cannot end the script early', () => {
    expect(toInlineScript('a("</script>"); b(/<\\/SCRIPT>/)', 'x.js')).toBe(
      'a("<\\/script>"); b(/<\\/SCRIPT>/)',
    )
  })

  it('refuses text that would put the HTML parser in its escaped script state', () => {
    expect(() => toInlineScript('"<!--" + "<script>"', 'dist/mermaid.min.js')).toThrow(
      /dist\/mermaid\.min\.js contains both "<!--" and "<script"/,
    )
  })
})
