/**
 * A deterministic generator of ADRs in every format the parser reads, for the throughput script and
 * the generator-driven tests. `generateAdr(i)` is a pure function of `i`: formats cycle, and the
 * content varies with a seeded pseudo-random sequence.
 */

export interface GeneratedAdr {
  path: string
  text: string
  /** What the parser must read from it. */
  expected: {
    format: string
    number: number | null
    status: string
    date: string
    theme: string | null
    supersededBy: string | null
  }
}

const THEMES = ['enterprise-ready', 'global-scale', 'developer-velocity', 'data-driven-product']
const STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated']
const SUBJECTS = [
  'single sign-on',
  'a service mesh',
  'Postgres for billing',
  'feature flags',
  'an event bus',
  'edge caching',
]
const SENTENCES = [
  'Our enterprise customers ask for audit trails and single sign-on before they sign.',
  'The current deployment pipeline takes forty minutes and blocks several teams each day.',
  'Latency outside Europe is above 400 ms at the 95th percentile.',
  'We considered building this ourselves, but the maintenance cost would be high.',
  'The team has experience with this technology from two earlier projects.',
  'This decision affects every service that stores customer data.',
  'Status: the migration is tracked on the leaderboard, which is not an ADR field.',
  'We will revisit the decision when traffic doubles or the vendor changes its pricing.',
]

/** mulberry32: a tiny seeded PRNG, so the generator needs no dependency and stays deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T
}

function paragraphs(next: () => number, count: number): string {
  const out: string[] = []
  for (let p = 0; p < count; p++) {
    const n = 2 + Math.floor(next() * 4)
    out.push(Array.from({ length: n }, () => pick(next, SENTENCES)).join(' '))
  }
  return out.join('\n\n')
}

function sections(next: () => number, headings: readonly string[]): string {
  return headings.map((h) => `## ${h}\n\n${paragraphs(next, 1 + Math.floor(next() * 3))}`).join('\n\n')
}

const NYGARD = ['Context', 'Decision', 'Consequences']
const MADR = ['Context and Problem Statement', 'Considered Options', 'Decision Outcome']

interface Parts {
  n: number
  pad: string
  title: string
  status: string
  date: string
  theme: string
  next: () => number
}

type Format = (p: Parts) => {
  text: string
  path?: string
  theme?: string | null
  status?: string
  superseded?: string
}

const FORMATS: [string, Format][] = [
  [
    'nygard',
    (p) => ({
      text: `# ${p.n}. ${p.title}\n\nDate: ${p.date}\n\n## Status\n\n${cap(p.status)}\n\n${sections(p.next, NYGARD)}\n`,
      theme: null,
    }),
  ],
  [
    'nygard-history',
    (p) => ({
      text: `# ADR-${p.pad}: ${p.title}\n\n**Strategic Theme**: ${p.theme}\n\n## Status\n\n* 2020-01-06 Proposed\n* ${p.date} ${cap(p.status)}\n\n${sections(p.next, NYGARD)}\n`,
    }),
  ],
  [
    'madr2',
    (p) => ({
      text: `# ${p.title}\n\n* Status: ${p.status}\n* Deciders: Alice, Bob\n* Date: ${p.date}\n* Theme: ${p.theme}\n\nTechnical Story: PLAT-${p.n}\n\n${sections(p.next, MADR)}\n`,
    }),
  ],
  [
    'log4brains',
    (p) => ({
      path: `docs/adr/${p.date.replace(/-/g, '')}-${slug(p.title)}-${p.n}.md`,
      text: `# ${p.title}\n\n- Status: ${p.status}\n- Date: ${p.date}\n- Tags: architecture\n- Strategic Theme: ${p.theme}\n\n${sections(p.next, MADR)}\n`,
    }),
  ],
  [
    'madr3',
    (p) => ({
      text: `---\nstatus: ${p.status}\ndate: ${p.date}\ndeciders: platform-leads\ntheme: ${p.theme}\n---\n# ${p.title}\n\n${sections(p.next, MADR)}\n`,
    }),
  ],
  [
    'madr4-bom',
    (p) => ({
      text: `\uFEFF---\nstatus: "${p.status}"\ndate: ${p.date}\ndecision-makers: [alice, bob]\nstrategic-theme: "${p.theme}"\n---\n\n# ${p.title}\n\n${sections(p.next, MADR)}\n`,
    }),
  ],
  [
    'recommended',
    (p) => ({
      text: `# ADR-${p.pad}: ${p.title}\n\n**Status**: ${cap(p.status)}\n**Date**: ${p.date}\n**Deciders**: @platform-leads\n**Strategic Theme**: ${p.theme}\n**Review Date**: 2099-01-01\n\n${sections(p.next, ['Context', 'Decision', 'Consequences', 'Alternatives Considered'])}\n`,
    }),
  ],
  [
    'bold-bullets',
    (p) => ({
      text: `# ${p.title}\n\n* **Status:** [${p.status === 'accepted' ? 'approved' : p.status}]\n* **Date:** ${p.date}\n* **Theme:** ${p.theme}\n\n${sections(p.next, NYGARD)}\n`,
    }),
  ],
  [
    'table-vertical',
    (p) => ({
      text: `# ${p.title}\n\n| Field | Value |\n| --- | --- |\n| Status | ${cap(p.status)} |\n| Date | ${p.date} |\n| Strategic Theme | ${p.theme} |\n\n${sections(p.next, NYGARD)}\n`,
    }),
  ],
  [
    'table-horizontal',
    (p) => ({
      text: `# ${p.title}\n\n| Status | Date | Deciders | Strategic Theme |\n|:--|:--|:--|:--|\n| ${cap(p.status)} | ${p.date} | Alice | ${p.theme} |\n\n${sections(p.next, NYGARD)}\n`,
    }),
  ],
  [
    'adr-tools-superseded',
    (p) => ({
      status: 'superseded',
      superseded: `${String(p.n + 1).padStart(4, '0')}-next.md`,
      theme: null,
      text: `# ${p.n}. ${p.title}\n\nDate: ${p.date}\n\n## Status\n\nSuperceded by [${p.n + 1}. Next](${String(p.n + 1).padStart(4, '0')}-next.md)\n\n${sections(p.next, NYGARD)}\n`,
    }),
  ],
  [
    'crlf',
    (p) => ({
      text: `# ADR-${p.pad}: ${p.title}\n\n**Status**: ${cap(p.status)} (${p.date})\n**Strategic Theme**: ${p.theme}\n\n${sections(p.next, NYGARD)}\n`.replace(
        /\n/g,
        '\r\n',
      ),
    }),
  ],
  [
    'german',
    (p) => ({
      text: `# ${p.n}. ${p.title}\n\nDatum: ${p.date}\n\n## Status\n\n${cap(p.status)}\n\n## Strategisches Thema\n\n${p.theme}\n\n## Kontext\n\n${paragraphs(p.next, 2)}\n`,
    }),
  ],
  [
    'decoys',
    (p) => ({
      text: `# ${p.title}\n\n<!-- Status: rejected -->\n## Table of Contents\n\n* [Status: rejected](#status)\n\n## Status\n\n${cap(p.status)} <!-- one of: proposed, accepted -->\n\n\`\`\`yaml\nstatus: rejected\n\`\`\`\n\n**Date**: ${p.date}\n**Theme**: ${p.theme}\n\n${sections(p.next, NYGARD)}\n`,
    }),
  ],
]

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** The number of formats `generateAdr` cycles through. */
export const GENERATED_FORMATS = FORMATS.map(([name]) => name)

/** The `i`-th generated ADR (any non-negative integer). */
export function generateAdr(i: number): GeneratedAdr {
  const next = random(i + 1)
  const [format, build] = FORMATS[i % FORMATS.length] as [string, Format]
  const n = i + 1
  const month = 1 + (i % 12)
  const day = 1 + (i % 28)
  const parts: Parts = {
    n,
    pad: String(n).padStart(4, '0'),
    title: `Adopt ${pick(next, SUBJECTS)}`,
    status: pick(next, STATUSES),
    date: `${2021 + (i % 5)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    theme: pick(next, THEMES),
    next,
  }
  const built = build(parts)
  const path = built.path ?? `docs/adr/${parts.pad}-${slug(parts.title)}.md`
  return {
    path,
    text: built.text,
    expected: {
      format,
      number: built.path === undefined ? n : null,
      status: built.status ?? parts.status,
      date: parts.date,
      theme: built.theme === undefined ? parts.theme : built.theme,
      supersededBy: built.superseded ?? null,
    },
  }
}
