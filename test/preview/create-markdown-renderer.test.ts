import { describe, expect, it } from 'vitest'
import { createMarkdownRenderer } from '../../src/preview/create-markdown-renderer.js'

const render = (markdown: string): string => createMarkdownRenderer().render(markdown)

describe('createMarkdownRenderer', () => {
  it('renders GFM tables with their alignment', () => {
    const html = render('| Team | Done |\n| --- | ---: |\n| Payments | █████░░░░░ 52% |\n')
    expect(html).toContain('<th>Team</th>')
    expect(html).toContain('<th style="text-align:right">Done</th>')
    expect(html).toContain('<td>Payments</td>')
    expect(html).toContain('<td style="text-align:right">█████░░░░░ 52%</td>')
  })

  it('turns a mermaid fence into <pre class="mermaid"> with the source escaped', () => {
    const html = render('```mermaid\nxychart-beta\n  x-axis ["Jan 5"]\n  line [1]\n```\n')
    expect(html).toBe('<pre class="mermaid">xychart-beta\n  x-axis [&quot;Jan 5&quot;]\n  line [1]\n</pre>\n')
  })

  it('keeps markup in a mermaid fence as text', () => {
    const html = render('```mermaid\n</pre><script>alert(1)</script>\n```\n')
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script')
  })

  it('renders other fences as code blocks', () => {
    expect(render('```yaml\nmigrations: []\n```\n')).toBe(
      '<pre><code class="language-yaml">migrations: []\n</code></pre>\n',
    )
  })

  it('hides comments: the marker line, a comment over several lines, and one inside a paragraph', () => {
    const html = render(
      '<!-- strategy-trace:leaderboard -->\n\n# Board\n\n<!--\nstate: 1\n-->\nBefore <!-- hidden --> after\n',
    )
    expect(html).toBe('<h1>Board</h1>\n<p>Before  after</p>\n')
  })

  it('shows raw HTML as text, scripts and event handlers included', () => {
    const html = render(
      '<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> <b>bold</b>\n\n<div onclick="x">d</div>\n',
    )
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt;')
    expect(html).toContain('&lt;div onclick=&quot;x&quot;&gt;d&lt;/div&gt;')
    expect(html).not.toMatch(/<(script|img|b|div)[\s>]/)
  })

  it('renders the fixed fold, summary, sub and br forms the renderer writes', () => {
    const html = render(
      '<details>\n<summary>Decision log *(2 ADRs)*</summary>\n\n| a |\n| - |\n| 1 |\n\n</details>\n\n' +
        '<sub>Computed for 2026-03-02.<br>Edits are overwritten.</sub>\n',
    )
    expect(html).toContain('<details>\n<summary>Decision log <em>(2 ADRs)</em></summary>\n<table>')
    expect(html).toContain('</table>\n</details>\n')
    expect(html).toContain('<p><sub>Computed for 2026-03-02.<br>Edits are overwritten.</sub></p>')
  })

  it('shows those tags as text when they carry attributes', () => {
    const html = render(
      '<details open onclick="x">\n<summary onclick="x">s</summary>\n\n<sub style="x">t</sub>\n',
    )
    expect(html).toContain('&lt;details open onclick=&quot;x&quot;&gt;')
    expect(html).toContain('&lt;summary onclick=&quot;x&quot;&gt;s&lt;/summary&gt;')
    expect(html).toContain('&lt;sub style=&quot;x&quot;&gt;t&lt;/sub&gt;')
  })

  it('shows a sub or sup tag without its partner as text', () => {
    expect(render('a </sub> b <sup>c\n\nd</sup> <sub>e</sub>')).toBe(
      '<p>a &lt;/sub&gt; b &lt;sup&gt;c</p>\n<p>d&lt;/sup&gt; <sub>e</sub></p>\n',
    )
  })

  it('renders GitHub alerts and leaves other block quotes alone', () => {
    const html = render('> [!NOTE]\n> Some detail was left out.\n\n> [!NOTE] not alone\n\n> quoted\n')
    expect(html).toContain(
      '<div class="markdown-alert markdown-alert-note">\n<p class="markdown-alert-title">Note</p>\n' +
        '<p>Some detail was left out.</p>\n</div>',
    )
    expect(html).toContain('<blockquote>\n<p>[!NOTE] not alone</p>\n</blockquote>')
    expect(html).toContain('<blockquote>\n<p>quoted</p>\n</blockquote>')
  })

  it('links only safe URLs', () => {
    const html = render('[adr](https://github.com/acme/api/blob/main/docs/adr/1.md) [x](javascript:alert(1))')
    expect(html).toContain('<a href="https://github.com/acme/api/blob/main/docs/adr/1.md">adr</a>')
    expect(html).toContain('[x](javascript:alert(1))')
    expect(html).not.toContain('href="javascript')
  })
})
