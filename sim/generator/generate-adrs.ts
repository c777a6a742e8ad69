import type { Prng } from '../prng.js'
import { adrFileName, renderAdr, type AdrSpec, type AdrStyle } from './render-adr.js'
import type { GeneratedTheme } from './types.js'
import { UNKNOWN_THEMES } from './strategy-seeds.js'
import { DECISIONS, PEOPLE } from './vocabulary.js'

const STYLES: AdrStyle[] = ['inline', 'front-matter', 'madr2', 'log4brains', 'nygard', 'table']
const DAY = 86_400_000

export interface AdrSetOptions {
  prng: Prng
  count: number
  themes: GeneratedTheme[]
  /** Generation time (ms); ADR dates fall in the three years before. */
  nowMs: number
  /** Directory and main format; drawn at random when omitted. */
  layout?: { dir: string; style: AdrStyle }
}

/** Where a repository keeps its ADRs and the format it mostly writes them in. */
function layout(prng: Prng): { dir: string; style: AdrStyle } {
  const roll = prng.next()
  if (roll < 0.15) return { dir: 'doc/adr', style: 'nygard' }
  if (roll < 0.3) return { dir: 'docs/decisions', style: prng.pick(['front-matter', 'madr2'] as AdrStyle[]) }
  return { dir: 'docs/adr', style: prng.pick(STYLES) }
}

function themeAsWritten(prng: Prng, themes: GeneratedTheme[]): string | null {
  const theme = prng.pick(themes)
  const roll = prng.next()
  if (roll < 0.6) return theme.id
  if (roll < 0.75) return theme.name
  if (roll < 0.8) return theme.aliases[0] ?? theme.id
  if (roll < 0.92) return null
  return prng.pick(UNKNOWN_THEMES)
}

function statusAsWritten(prng: Prng, date: string, supersededBy: string | null): string | null {
  if (supersededBy) return `Superseded by ${supersededBy}`
  const roll = prng.next()
  if (roll < 0.5) return 'Accepted'
  if (roll < 0.58) return `Accepted (${date})`
  if (roll < 0.73) return 'Proposed'
  if (roll < 0.8) return 'Deprecated'
  if (roll < 0.85) return 'Rejected'
  if (roll < 0.91) return prng.pick(['Approved', 'Draft', 'In Review'])
  if (roll < 0.96) return prng.pick(['Aproved', 'Done', 'WIP'])
  return null
}

/** A repository's ADR files (path → Markdown), numbered in date order, some superseding others. */
export function generateAdrs(options: AdrSetOptions): Record<string, string> {
  const { prng, count, themes, nowMs } = options
  if (count === 0) return {}
  const { dir, style } = options.layout ?? layout(prng)
  const start = nowMs - 3 * 365 * DAY
  const dates = Array.from({ length: count }, () => start + prng.next() * (nowMs - start - 7 * DAY)).sort(
    (a, b) => a - b,
  )
  const titles = dates.map(
    (_, i) =>
      `${prng.pick(DECISIONS)}${i > 0 && prng.chance(0.3) ? ` (${prng.pick(['v2', 'phase 2', 'revisited'])})` : ''}`,
  )
  const names = titles.map((title, i) => adrFileName(i + 1, title))
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    const date = new Date(dates[i] as number).toISOString().slice(0, 10)
    let supersededBy: string | null = null
    if (i < count - 1 && prng.chance(0.1)) {
      const j = prng.int(i + 1, count - 1)
      const target = prng.chance(0.9) ? (names[j] as string) : adrFileName(count + 5, 'missing decision')
      supersededBy = `[ADR-${target.slice(0, 4)}](${target})`
    }
    const review = prng.chance(0.4)
      ? new Date((dates[i] as number) + 365 * DAY).toISOString().slice(0, 10)
      : null
    const spec: AdrSpec = {
      style: prng.chance(0.7) ? style : prng.pick(STYLES),
      number: i + 1,
      title: titles[i] as string,
      status: statusAsWritten(prng, date, supersededBy),
      date,
      theme: themeAsWritten(prng, themes),
      deciders: `@${prng.pick(PEOPLE)}, @${prng.pick(PEOPLE)}`,
      reviewDate: review,
      context: 'We need one answer to this question across teams; today every service does it differently.',
      decision: `We will ${(titles[i] as string).charAt(0).toLowerCase()}${(titles[i] as string).slice(1)}.`,
    }
    files[`${dir}/${names[i]}`] = renderAdr(spec)
  }
  if (prng.chance(0.3))
    files[`${dir}/README.md`] = `# Architecture decisions\n\nOne file per decision, numbered.\n`
  if (prng.chance(0.2)) files[`${dir}/template.md`] = renderAdr({ ...baseTemplate(), style })
  return files
}

function baseTemplate(): AdrSpec {
  return {
    style: 'inline',
    number: 0,
    title: 'Title of the decision',
    status: 'Proposed',
    date: 'YYYY-MM-DD',
    theme: 'theme-id',
    deciders: '@team',
    reviewDate: null,
    context: 'What is the issue that motivates this decision?',
    decision: 'What is the change that we are doing?',
  }
}
