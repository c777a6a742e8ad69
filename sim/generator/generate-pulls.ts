import { createHash } from 'node:crypto'
import type { Prng } from '../prng.js'
import { formatTimestamp } from '../state/clock.js'
import type { PullFileRecord } from '../state/records.js'
import type { GeneratedMergedPull, GeneratedTheme } from './types.js'
import { UNKNOWN_THEMES } from './strategy-seeds.js'
import { BOTS, FEATURES, NOUNS } from './vocabulary.js'

const DAY = 86_400_000

export interface PullSetOptions {
  prng: Prng
  repo: string
  count: number
  themes: GeneratedTheme[]
  members: string[]
  nowMs: number
}

const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

function changedFiles(prng: Prng, seed: string): PullFileRecord[] {
  return Array.from({ length: prng.int(1, 4) }, (_, i) => {
    const additions = prng.int(1, 120)
    const deletions = prng.int(0, 40)
    return {
      filename: `src/${prng.pick(NOUNS)}-${i}.ts`,
      status: 'modified' as const,
      additions,
      deletions,
      sha: createHash('sha1').update(`${seed}/${i}`).digest('hex'),
      patch: `@@ -1,${deletions} +1,${additions} @@`,
    }
  })
}

/** Closed pull requests of the last ~4 months: most merged, most naming a theme one of four ways. */
export function generateMergedPulls(o: PullSetOptions): GeneratedMergedPull[] {
  const { prng } = o
  const pulls: GeneratedMergedPull[] = []
  for (let i = 0; i < o.count; i++) {
    const createdMs = Math.floor((o.nowMs - 120 * DAY + prng.next() * 118 * DAY) / 1000) * 1000
    const closedMs = createdMs + Math.floor((prng.next() * 2 * DAY) / 1000) * 1000 + 60_000
    const base = prng.pick(FEATURES)
    const bot = prng.chance(0.1)
    const pull: GeneratedMergedPull = {
      title: bot ? `Bump ${prng.pick(NOUNS)}-client from 1.${i}.0 to 1.${i + 1}.0` : base,
      body: bot ? 'Bumps the dependency.' : `${base}.\n`,
      labels: bot ? ['dependencies'] : [],
      author: bot ? prng.pick(BOTS) : prng.pick(o.members),
      head: bot ? `deps/${slugify(base)}-${i}` : `${slugify(base)}-${i}`,
      createdAt: formatTimestamp(createdMs),
      closedAt: formatTimestamp(Math.min(closedMs, o.nowMs - 60_000)),
      merged: prng.chance(0.9),
      files: changedFiles(prng, `${o.repo}/${i}`),
    }
    if (!bot) addThemeReference(prng, pull, o.themes)
    pulls.push(pull)
  }
  return pulls
}

/** Names a theme by label, title tag, body line or branch; some PRs name none or an unknown one. */
function addThemeReference(prng: Prng, pull: GeneratedMergedPull, themes: GeneratedTheme[]): void {
  const theme = prng.pick(themes.filter((t) => t.status === 'active'))
  const roll = prng.next()
  if (roll < 0.25) pull.labels.push(`theme:${theme.id}`)
  else if (roll < 0.4) pull.title = `[${theme.id}] ${pull.title}`
  else if (roll < 0.6) pull.body += `\nTheme: ${prng.chance(0.7) ? theme.id : theme.name}\n`
  else if (roll < 0.7) pull.head = `theme/${theme.id}/${pull.head}`
  else if (roll < 0.75) pull.body += `\nTheme: ${prng.pick(UNKNOWN_THEMES)}\n`
}
