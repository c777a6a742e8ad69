import { createPrng, type Prng } from '../prng.js'
import { DEFAULT_NOW } from '../state/clock.js'
import { buildStrategy, teamSeeds } from './build-strategy.js'
import { generateAdrs } from './generate-adrs.js'
import { generateIssues } from './generate-issues.js'
import { generateMergedPulls } from './generate-pulls.js'
import type { GeneratedMigration, GeneratedOrg, GeneratedRepo, GeneratedStrategy } from './types.js'
import { NOUNS } from './vocabulary.js'

const DAY = 86_400_000

export interface GenerateOrgOptions {
  /** Seed of the generator: the same seed and options give the same organisation. */
  seed?: string | number
  /** Organisation login (default `acme`). */
  org?: string
  repos: number
  /** Issues per repository (default 20); about 70% are migration jobs. */
  issuesPerRepo?: number
  /** Average ADRs per repository (default 5). */
  adrsPerRepo?: number
  /** Closed pull requests per repository (default 5), most merged in the last 90 days. */
  mergedPullsPerRepo?: number
  /** Share of issues that are migration jobs (default 0.7). */
  migrationShare?: number
  /** Themes (default 4, at most 6; the sixth is retired). */
  themes?: number
  /** Migrations (default 3, at most 5). */
  migrations?: number
  /** Teams (default one per 20 repositories, between 5 and 50). */
  teams?: number
  /** Months of issue history (default 6). */
  months?: number
  /** Generation time (default the simulator's default clock). */
  now?: string
}

const UNCLAIMED = ['legacy', 'sandbox', 'tools']

function repoNames(
  prng: Prng,
  count: number,
  prefixes: (string | null)[][],
): { name: string; team: number | null }[] {
  const taken = new Set<string>(['.github'])
  return Array.from({ length: count }, (_, i) => {
    const unclaimed = prng.chance(0.05)
    const team = unclaimed ? null : i % prefixes.length
    const prefix = unclaimed
      ? prng.pick(UNCLAIMED)
      : (prng.pick(prefixes[team as number] as string[]) as string)
    let name = `${prefix}-${prng.pick(NOUNS)}`
    for (let k = 2; taken.has(name); k++) name = `${prefix}-${prng.pick(NOUNS)}-${k}`
    taken.add(name)
    return { name, team }
  })
}

function orgRepo(strategy: GeneratedStrategy, org: string, nowMs: number): GeneratedRepo {
  return {
    name: '.github',
    description: `Organisation-wide defaults and the technical strategy of ${org}`,
    topics: ['strategy'],
    archived: false,
    private: false,
    createdAt: new Date(nowMs - 900 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    files: { 'README.md': `# ${org}/.github\n`, '.github/strategy.yml': strategy.yaml },
    team: null,
    issues: [],
    mergedPulls: [],
    openPulls: [],
  }
}

/**
 * A deterministic organisation: `repos` repositories owned by teams, the strategy config in
 * `<org>/.github`, ADRs in mixed formats, migration jobs over past months and merged pull requests.
 * 1,000 repositories take about a second.
 */
export function generateOrg(options: GenerateOrgOptions): GeneratedOrg {
  const prng = createPrng(options.seed ?? 1)
  const org = options.org ?? 'acme'
  const now = options.now ?? DEFAULT_NOW
  const nowMs = Date.parse(now)
  const teamCount = options.teams ?? Math.min(50, Math.max(5, Math.round(options.repos / 20)))
  const strategy = buildStrategy({
    org,
    nowMs,
    themes: options.themes ?? 4,
    migrations: options.migrations ?? 3,
    teams: teamCount,
  })
  const velocity = strategy.teams.map(() => 0.3 + prng.next() * 0.6)
  const reach = strategy.migrations.map((_, i) => Math.max(0.3, 0.85 - i * 0.15))
  const repos: GeneratedRepo[] = [orgRepo(strategy, org, nowMs)]
  for (const { name, team } of repoNames(
    prng,
    options.repos,
    teamSeeds(teamCount).map((t) => t.prefixes),
  )) {
    const owner = team === null ? null : strategy.teams[team]
    const members = owner?.members ?? ['octocat']
    const migrations = strategy.migrations.filter((_, i) =>
      prng.chance(reach[i] as number),
    ) as GeneratedMigration[]
    const avgAdrs = options.adrsPerRepo ?? 5
    const files: Record<string, string> = {
      'README.md': `# ${name}\n\nOwned by ${owner?.name ?? 'nobody yet'}.\n`,
      'package.json': `${JSON.stringify({ name, version: '1.0.0', private: true }, null, 2)}\n`,
      'src/index.ts': `export const service = '${name}'\n`,
      ...generateAdrs({
        prng,
        count: prng.int(Math.max(0, avgAdrs - 3), avgAdrs + 3),
        themes: strategy.themes,
        nowMs,
      }),
    }
    if (prng.chance(0.05))
      files['.github/strategy.yml'] = '_extends: .github\npull_requests:\n  missing_theme_severity: warning\n'
    repos.push({
      name,
      description: `${name.replace(/-/g, ' ')} service`,
      topics: owner ? [owner.name.toLowerCase().replace(/\s+/g, '-')] : [],
      archived: prng.chance(0.03),
      private: prng.chance(0.9),
      createdAt: new Date(nowMs - prng.int(200, 1400) * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      files,
      team: owner?.name ?? null,
      issues: generateIssues({
        prng,
        repo: name,
        count: options.issuesPerRepo ?? 20,
        migrations,
        migrationShare: options.migrationShare ?? 0.7,
        velocity: team === null ? 0.2 : (velocity[team] as number),
        members,
        nowMs,
        months: options.months ?? 6,
      }),
      mergedPulls: generateMergedPulls({
        prng,
        repo: name,
        count: options.mergedPullsPerRepo ?? 5,
        themes: strategy.themes,
        members,
        nowMs,
      }),
      openPulls: [],
    })
  }
  return { org, now, strategy, repos, stats: countStats(repos, strategy) }
}

/** Totals of a generated organisation (the `.github` repository included). */
export function countStats(repos: GeneratedRepo[], strategy: GeneratedStrategy): GeneratedOrg['stats'] {
  const labels = new Set(strategy.migrations.map((m) => m.label))
  const isAdr = (path: string): boolean =>
    /(^|\/)(docs\/adr|doc\/adr|docs\/decisions)\/\d{4}-[^/]+\.md$/.test(path)
  return {
    repos: repos.length,
    issues: repos.reduce((n, r) => n + r.issues.length, 0),
    migrationIssues: repos.reduce(
      (n, r) => n + r.issues.filter((i) => i.labels.some((l) => labels.has(l))).length,
      0,
    ),
    adrs: repos.reduce((n, r) => n + Object.keys(r.files).filter(isAdr).length, 0),
    mergedPulls: repos.reduce((n, r) => n + r.mergedPulls.length, 0),
    openPulls: repos.reduce((n, r) => n + r.openPulls.length, 0),
  }
}
