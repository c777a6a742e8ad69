/**
 * Small, deterministic builders of leaderboard input: one-liners for hand-written cases, and
 * `generateOrg` for large organisations (seeded, so the same options always give the same snapshot).
 */
import {
  strategyConfigSchema,
  type StrategyConfig,
  type StrategyConfigInput,
} from '../../src/core/config/config.schema.js'
import type { Adr, IssueInfo, MergedPullInfo, OrgSnapshot, RepoSnapshot } from '../../src/core/types.js'

export const ORG = 'acme'

export const THEMES: StrategyConfigInput['themes'] = [
  { id: 'enterprise-ready', name: 'Enterprise-Ready Platform', owner: 'cto-office', horizon: '2027-06-30' },
  { id: 'global-scale', name: 'Global Scale & Performance', aliases: ['scale'] },
  { id: 'developer-velocity', name: 'Developer Velocity', owner: 'platform-leads' },
  { id: 'data-driven', name: 'Data-Driven Product', status: 'retired' },
]

/** A validated config with defaults; `themes` default to `THEMES`. */
export function buildConfig(input: Partial<StrategyConfigInput> = {}): StrategyConfig {
  return strategyConfigSchema.parse({ themes: THEMES, ...input })
}

/** An ADR with every field empty except those given. */
export function adr(fields: Partial<Adr> & { path: string }): Adr {
  return {
    title: fields.path.replace(/^.*\//, '').replace(/\.md$/, ''),
    number: null,
    status: 'accepted',
    rawStatus: 'Accepted',
    date: null,
    theme: null,
    supersededBy: null,
    supersedes: [],
    reviewDate: null,
    format: 'inline',
    lines: {},
    ...fields,
  }
}

/** An open issue in `repo` (`owner/name`) carrying `labels`, created on `createdAt` (a day or timestamp). */
export function issue(repo: string, number: number, fields: Partial<IssueInfo> = {}): IssueInfo {
  return {
    repo,
    number,
    title: `Job ${number}`,
    url: `https://github.com/${repo}/issues/${number}`,
    state: 'open',
    stateReason: null,
    createdAt: '2026-01-05T09:00:00Z',
    closedAt: null,
    labels: [],
    author: 'octocat',
    ...fields,
  }
}

/** The same issue closed on `closedAt` for `reason`. */
export function closed(
  base: IssueInfo,
  closedAt: string,
  reason: IssueInfo['stateReason'] = 'completed',
): IssueInfo {
  return { ...base, state: 'closed', stateReason: reason, closedAt: `${closedAt}T12:00:00Z` }
}

export function pull(repo: string, number: number, fields: Partial<MergedPullInfo> = {}): MergedPullInfo {
  return {
    repo,
    number,
    title: `Change ${number}`,
    body: '',
    labels: [],
    headRef: `change-${number}`,
    author: 'octocat',
    mergedAt: '2026-02-20T10:00:00Z',
    url: `https://github.com/${repo}/pull/${number}`,
    ...fields,
  }
}

/** A repository snapshot of `acme/<name>` on `main`. */
export function repo(name: string, fields: Partial<Omit<RepoSnapshot, 'repo'>> = {}): RepoSnapshot {
  const full = name.includes('/') ? name : `${ORG}/${name}`
  return {
    repo: full,
    url: `https://github.com/${full}`,
    defaultBranch: 'main',
    adrs: [],
    issues: [],
    mergedPulls: [],
    ...fields,
  }
}

export function org(repos: RepoSnapshot[], fields: Partial<Omit<OrgSnapshot, 'repos'>> = {}): OrgSnapshot {
  return { org: ORG, repos, skipped: [], failed: [], ...fields }
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Shuffles a copy of `items` with a seeded generator. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seeded(seed)
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}

export interface GenerateOrgOptions {
  repos: number
  teams: number
  issuesPerRepo: number
  adrsPerRepo: number
  pullsPerRepo: number
  today: string
  seed?: number
}

const STATUSES = ['accepted', 'accepted', 'proposed', 'superseded', 'deprecated', 'rejected', null] as const
const THEME_TEXTS = [
  'enterprise-ready',
  'Global Scale & Performance',
  'scale',
  'developer-velocity',
  'enterprize',
  null,
]

/**
 * A large organisation: `teams` teams claiming `svc-<team>-*`, every fifth repository unclaimed, two
 * migrations, and issues, ADRs and merged pull requests spread over the half year before `today`.
 */
export function generateOrg(options: GenerateOrgOptions): { snapshot: OrgSnapshot; config: StrategyConfig } {
  const random = seeded(options.seed ?? 1)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const todayMs = Date.parse(`${options.today}T00:00:00Z`)
  const daysAgo = (days: number): string => new Date(todayMs - days * 86_400_000).toISOString().slice(0, 10)
  const labels = ['migration:auth-v2', 'migration:node-22']
  const repos: RepoSnapshot[] = []
  for (let index = 0; index < options.repos; index++) {
    const team = index % options.teams
    const name = index % 5 === 4 ? `tool-${index}` : `svc-${team}-${index}`
    const issues = Array.from({ length: options.issuesPerRepo }, (_, n) => {
      const age = 1 + Math.floor(random() * 180)
      const base = issue(`${ORG}/${name}`, n + 1, {
        labels: [pick(labels)],
        createdAt: `${daysAgo(age)}T08:00:00Z`,
      })
      const roll = random()
      if (roll < 0.5) return base
      return closed(base, daysAgo(Math.floor(random() * age)), roll < 0.9 ? 'completed' : 'not_planned')
    })
    const adrs = Array.from({ length: options.adrsPerRepo }, (_, n) => {
      const status = pick(STATUSES)
      const number = String(n + 1).padStart(4, '0')
      return adr({
        path: `docs/adr/${number}-decision-${n + 1}.md`,
        title: `ADR-${number}: Decision ${n + 1} of ${name}`,
        status,
        rawStatus: status ?? 'Maybe',
        date: daysAgo(Math.floor(random() * 900)),
        theme: pick(THEME_TEXTS),
        reviewDate: random() < 0.2 ? daysAgo(200 - Math.floor(random() * 400)) : null,
      })
    })
    const mergedPulls = Array.from({ length: options.pullsPerRepo }, (_, n) =>
      pull(`${ORG}/${name}`, 1000 + n, {
        labels:
          random() < 0.6 ? [`theme:${pick(['enterprise-ready', 'global-scale', 'developer-velocity'])}`] : [],
        mergedAt: `${daysAgo(Math.floor(random() * 120))}T10:00:00Z`,
      }),
    )
    repos.push(repo(name, { issues, adrs, mergedPulls }))
  }
  const config = buildConfig({
    migrations: [
      {
        id: 'auth-v2',
        title: 'Move to the auth SDK v2',
        theme: 'enterprise-ready',
        label: labels[0] as string,
        deadline: daysAgo(-90),
        owner: 'platform-leads',
      },
      {
        id: 'node-22',
        title: 'Upgrade every service to Node 22',
        theme: 'scale',
        label: labels[1] as string,
        deadline: daysAgo(-20),
      },
    ],
    teams: Array.from({ length: options.teams }, (_, team) => ({
      name: `Team ${team}`,
      leader: `@lead-${team}`,
      repos: [`svc-${team}-*`],
    })),
  })
  return { snapshot: org(repos), config }
}
