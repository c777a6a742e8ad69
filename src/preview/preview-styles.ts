/**
 * GitHub's light "markdown-body" look for an issue body, written for this page: system fonts, heading
 * rules, striped bordered tables, code spans, folds, alerts and a centred Mermaid chart. The column is
 * 1280px at most (GitHub's is narrower) so an eleven-column team table fits without a scrollbar.
 * Progress bars are plain text (`█████░░░░░ 52%`) as on GitHub. The colour emoji font is named only
 * for emoji ranges (`unicode-range`): named outright, Chromium would take digits and spaces from it too
 * (they are emoji code points), and left out, symbols such as ⚪ would come out as small text glyphs.
 */
export const PREVIEW_STYLES = `
@font-face { font-family: "Preview Emoji";
  src: local("Apple Color Emoji"), local("Segoe UI Emoji"), local("Noto Color Emoji");
  unicode-range: U+200D, U+231A-231B, U+23E9-23FA, U+2600-27BF, U+2B00-2BFF, U+FE0F, U+1F000-1FAFF; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1f2328;
  font-family: "Preview Emoji", -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial,
    sans-serif;
  font-size: 16px; line-height: 1.5; word-wrap: break-word; }
.preview-banner { border-bottom: 1px solid #d1d9e0; background: #f6f8fa; color: #59636e;
  font-size: 12px; padding: 8px 32px; }
.preview-banner strong { color: #1f2328; font-weight: 600; }
.markdown-body { max-width: 1280px; margin: 0 auto; padding: 32px; }
.markdown-body > :first-child { margin-top: 0 !important; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table, .markdown-body pre,
.markdown-body details, .markdown-body blockquote, .markdown-body .markdown-alert
  { margin-top: 0; margin-bottom: 16px; }
.markdown-body h1, .markdown-body h2, .markdown-body h3, .markdown-body h4
  { margin-top: 24px; margin-bottom: 16px; font-weight: 600; line-height: 1.25; }
.markdown-body h1 { font-size: 2em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
.markdown-body h3 { font-size: 1.25em; }
.markdown-body h4 { font-size: 1em; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body a:hover { text-decoration: underline; }
.markdown-body strong { font-weight: 600; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: .25em; }
.markdown-body hr { height: .25em; padding: 0; margin: 24px 0; background: #d1d9e0; border: 0; }
.markdown-body sub { font-size: 75%; line-height: 0; }
.markdown-body code { padding: .2em .4em; margin: 0; font-size: 85%; white-space: break-spaces;
  background: #818b981f; border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono",
    monospace; }
.markdown-body pre { padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45;
  background: #f6f8fa; border-radius: 6px; }
.markdown-body pre code { padding: 0; font-size: 100%; white-space: pre; background: transparent; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto;
  border-spacing: 0; border-collapse: collapse; font-variant: tabular-nums; }
.markdown-body table th { font-weight: 600; }
.markdown-body table th, .markdown-body table td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body table tr { background: #ffffff; border-top: 1px solid #d1d9e0b3; }
.markdown-body table tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body details summary { cursor: pointer; }
.markdown-body details[open] > summary { margin-bottom: 16px; }
.markdown-body pre.mermaid { background: transparent; padding: 8px 0; text-align: center;
  font-family: inherit; font-size: 16px; }
.markdown-body pre.mermaid svg { max-width: 100%; height: auto; }
.markdown-alert { padding: .5rem 1rem; color: inherit; border-left: .25em solid #d1d9e0; }
.markdown-alert > :last-child { margin-bottom: 0; }
.markdown-alert-title { display: flex; align-items: center; font-weight: 500; line-height: 1; }
.markdown-alert-note { border-left-color: #0969da; } .markdown-alert-note .markdown-alert-title { color: #0969da; }
.markdown-alert-tip { border-left-color: #1a7f37; } .markdown-alert-tip .markdown-alert-title { color: #1a7f37; }
.markdown-alert-important { border-left-color: #8250df; }
.markdown-alert-important .markdown-alert-title { color: #8250df; }
.markdown-alert-warning { border-left-color: #9a6700; }
.markdown-alert-warning .markdown-alert-title { color: #9a6700; }
.markdown-alert-caution { border-left-color: #d1242f; }
.markdown-alert-caution .markdown-alert-title { color: #d1242f; }
`
