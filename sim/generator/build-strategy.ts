import { renderStrategyYaml } from './render-strategy.js'
import type { GeneratedMigration, GeneratedStrategy, GeneratedTeam, GeneratedTheme } from './types.js'
import { MIGRATIONS, TEAMS, THEMES, type TeamSeed } from './strategy-seeds.js'
import { PEOPLE } from './vocabulary.js'

const DAY = 86_400_000
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

export interface StrategyOptions {
  org: string
  nowMs: number
  themes: number
  migrations: number
  teams: number
}

/** Team seeds beyond the named ones get numbered names and prefixes (`Team 13`, `t13-*`). */
export function teamSeeds(count: number): TeamSeed[] {
  return Array.from(
    { length: count },
    (_, i) => TEAMS[i] ?? { name: `Team ${i + 1}`, leader: `@lead-${i + 1}`, prefixes: [`t${i + 1}`] },
  )
}

/** Themes, migrations and teams consistent with each other, and the YAML that declares them. */
export function buildStrategy(o: StrategyOptions): GeneratedStrategy {
  const year = new Date(o.nowMs).getUTCFullYear()
  const themes: GeneratedTheme[] = THEMES.slice(0, Math.min(o.themes, THEMES.length)).map((t, i) => ({
    id: t.id,
    name: t.name,
    driver: t.driver,
    success: t.success,
    owner: t.owner,
    horizon: `${year + t.years}-${i % 2 === 0 ? '06-30' : '12-31'}`,
    status: i === 5 ? 'retired' : 'active',
    aliases: t.aliases,
    metrics: t.metrics ?? [],
  }))
  const ids = new Set(themes.map((t) => t.id))
  const migrations: GeneratedMigration[] = MIGRATIONS.slice(0, Math.min(o.migrations, MIGRATIONS.length)).map(
    (m) => ({
      id: m.id,
      title: m.title,
      theme: ids.has(m.theme) ? m.theme : (themes[0]?.id as string),
      label: `migration:${m.id}`,
      deadline: isoDate(o.nowMs + m.days * DAY),
      owner: m.owner,
      target: m.target,
    }),
  )
  const people = [...PEOPLE]
  const teams: GeneratedTeam[] = teamSeeds(o.teams).map((seed, i) => ({
    name: seed.name,
    leader: seed.leader,
    repos: seed.prefixes.map((prefix) => `${prefix}-*`),
    members: [0, 1, 2, 3].map((k) => people[(i * 4 + k) % people.length] as string),
  }))
  return { themes, migrations, teams, yaml: renderStrategyYaml({ org: o.org, themes, migrations, teams }) }
}
