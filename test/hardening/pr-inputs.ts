/**
 * Hostile pull requests for the theme-reference extractor: bodies of random bytes, token soup around
 * `Theme:` fields, comments and fences, mutated PR templates, and repeated hostile units; titles,
 * labels and branches to match. Plus a dedicated set of large adversarial pull requests (1 MB).
 */
import fc from 'fast-check'
import type { PullRequestInfo } from '../../src/core/types.js'
import { awkwardText, mutated, soup, tagged, utf8Bytes, type Tagged } from './arbitraries.js'

/** The parts of a pull request the extractor reads. */
export type PrText = Pick<PullRequestInfo, 'title' | 'body' | 'labels' | 'headRef'>

/** A generated pull request; `text` is its body (what the family describes). */
export interface PrInput extends Tagged {
  pr: PrText
}

const TEMPLATES = [
  '## What\n\nAdds a CDN.\n\n<!-- Name the strategic theme this serves, e.g. Theme: global-scale -->\nTheme: global-scale\n\n## Checklist\n\n- [x] Tests\n',
  '**Strategic Theme**: `developer-velocity`\n\n```\nTheme: not-this-one\n```\n\nFixes #12.\r\n',
  '- Theme: dx, scale\n- Themes: **enterprise**, __data-driven__\n* Strategic theme: legacy-monolith\n',
  '<!--\nTheme: hidden\n-->\n~~~md\nTheme: fenced\n~~~\nThemes: globl-scale, enterprise-redy\n',
]

const BODY_FRAGMENTS = [
  'Theme:',
  'Themes: ',
  '**Theme**: ',
  '**Theme:** ',
  '__Theme__:',
  '- Theme: ',
  '* Strategic Theme: ',
  '   theme :',
  'global-scale',
  'dx',
  'globl-scale',
  'legacy-monolith',
  ', ',
  '`',
  '``',
  '```',
  '```js',
  '~~~',
  '````',
  '<!--',
  '-->',
  '<!-->',
  '<!--->',
  '**',
  '__',
  '[',
  ']',
  '"',
  "'",
  '\n',
  '\r\n',
  '\r',
  '    ',
  '\t',
  '\u00a0',
  '\u0000',
  '\uFEFF',
]

const HOSTILE_UNITS = [
  '<!--',
  '`',
  '```\n',
  'Theme: ',
  'Theme: a\n',
  '**',
  '[',
  '\r',
  '-->',
  'Theme: x,',
  '~~~\n',
  ' ',
]

const hostileBody = fc
  .record({ unit: fc.constantFrom(...HOSTILE_UNITS), times: fc.integer({ min: 1, max: 20_000 }) })
  .map(({ unit, times }) => unit.repeat(times))

const body: fc.Arbitrary<Tagged> = fc.oneof(
  { arbitrary: tagged('bytes', utf8Bytes), weight: 1 },
  { arbitrary: tagged('awkward-text', awkwardText), weight: 1 },
  { arbitrary: tagged('body-soup', soup(BODY_FRAGMENTS, 80)), weight: 4 },
  { arbitrary: tagged('mutated-template', mutated(TEMPLATES, HOSTILE_UNITS)), weight: 3 },
  { arbitrary: tagged('hostile-units', hostileBody), weight: 1 },
)

const title = fc.oneof(
  fc.string({ maxLength: 300 }),
  soup(['[', ']', '[global-scale]', '[theme:dx]', '[WIP]', '[globl-scale]', 'theme:', ' '], 40),
  awkwardText,
)

const label = fc.oneof(
  fc.string({ maxLength: 60 }).map((text) => `theme:${text}`),
  fc.constantFrom('theme:', 'THEME:Global-Scale', 'theme: dx ', 'no-theme', 'theme:legacy-monolith'),
  awkwardText,
)

const headRef = fc.oneof(
  fc.string({ maxLength: 80 }).map((text) => `theme/${text}`),
  fc.constantFrom('theme/', 'refs/heads/theme/global-scale/cdn', 'THEME/dx', 'theme//x', 'main'),
  awkwardText,
)

/** Every family of generated pull request. */
export const prInput: fc.Arbitrary<PrInput> = fc
  .record({ body, title, labels: fc.array(label, { maxLength: 8 }), headRef })
  .map(({ body: { family, text }, ...rest }) => ({ family, text, pr: { ...rest, body: text } }))

const MB = 1024 * 1024

/** Large adversarial pull requests: 1 MB bodies and titles, thousands of labels, a 1 MB branch. */
export function largePrInputs(): PrInput[] {
  const plain: PrText = { title: 'Add a CDN', body: '', labels: [], headRef: 'feature/cdn' }
  const bodies: [string, string][] = [
    ['1 MB of <!--', '<!--'.repeat(MB / 4)],
    ['1 MB of <!-- x -->', '<!-- x -->'.repeat(MB / 10)],
    ['1 MB of backticks', '`'.repeat(MB)],
    ['1 MB of fence lines', '```\n'.repeat(MB / 4)],
    ['1 MB of Theme: lines', 'Theme: global-scale\n'.repeat(MB / 20)],
    ['1 MB line of Theme: repeated', 'Theme: '.repeat(MB / 7)],
    ['1 MB single line', 'a'.repeat(MB)],
    ['1 MB Theme: value', `Theme: ${'x,'.repeat(MB / 2)}`],
    ['1 MB of CR', '\r'.repeat(MB)],
    ['1 MB of CRLF', '\r\n'.repeat(MB / 2)],
    ['1 MB of unknown themes', Array.from({ length: MB / 20 }, (_, i) => `Theme: t-${i}-xxxxx`).join('\n')],
    ['1 MB of emphasis', '**'.repeat(MB / 2)],
  ]
  const inputs: PrInput[] = bodies.map(([family, text]) => ({ family, text, pr: { ...plain, body: text } }))
  const title = '[global-scal]'.repeat(MB / 13)
  inputs.push({ family: '1 MB title of tags', text: title, pr: { ...plain, title } })
  inputs.push({ family: '1 MB title of [', text: '['.repeat(MB), pr: { ...plain, title: '['.repeat(MB) } })
  const labels = Array.from({ length: 10_000 }, (_, i) => `theme:t${i}${'x'.repeat(90)}`)
  inputs.push({ family: '10,000 labels', text: labels.join(','), pr: { ...plain, labels } })
  const branch = `theme/${'y'.repeat(MB)}`
  inputs.push({ family: '1 MB branch', text: branch, pr: { ...plain, headRef: branch } })
  return inputs
}
