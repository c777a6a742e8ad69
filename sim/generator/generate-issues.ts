import { formatTimestamp } from '../state/clock.js'
import type { Prng } from '../prng.js'
import type { GeneratedIssue, GeneratedMigration } from './types.js'
import { FEATURES, NOUNS } from './vocabulary.js'

const DAY = 86_400_000

export interface IssueSetOptions {
  prng: Prng
  repo: string
  count: number
  /** Migrations this repository has jobs for. */
  migrations: GeneratedMigration[]
  /** Share of issues that are migration jobs (0–1). */
  migrationShare: number
  /** How fast the owning team closes issues (0–1); teams differ so leaderboards have a spread. */
  velocity: number
  members: string[]
  nowMs: number
  months: number
}

function closing(
  prng: Prng,
  createdMs: number,
  o: IssueSetOptions,
): Pick<GeneratedIssue, 'state' | 'stateReason' | 'closedAt'> {
  const age = (o.nowMs - createdMs) / (o.months * 30 * DAY)
  const closed = prng.chance(Math.min(0.95, 0.05 + o.velocity * Math.sqrt(age)))
  if (!closed) return { state: 'open', stateReason: null, closedAt: null }
  const closedMs = createdMs + (0.1 + 0.9 * prng.next()) * (o.nowMs - createdMs - 3_600_000)
  return {
    state: 'closed',
    stateReason: prng.chance(0.85) ? 'completed' : 'not_planned',
    closedAt: formatTimestamp(Math.floor(closedMs / 1000) * 1000),
  }
}

/** Migration jobs and ordinary issues of one repository, created over the past `months`. */
export function generateIssues(o: IssueSetOptions): GeneratedIssue[] {
  const { prng } = o
  const issues: GeneratedIssue[] = []
  const span = o.months * 30 * DAY
  for (let i = 0; i < o.count; i++) {
    const createdMs = Math.floor((o.nowMs - span + prng.next() * (span - DAY)) / 1000) * 1000
    const author = prng.pick(o.members)
    const migration =
      o.migrations.length > 0 && prng.chance(o.migrationShare) ? prng.pick(o.migrations) : null
    if (migration) {
      const job = `${prng.pick(NOUNS)}-${prng.pick(['job', 'worker', 'endpoint', 'consumer', 'cron'])}`
      issues.push({
        title: `Migrate ${o.repo} ${job} to ${migration.target}`,
        body: `Part of **${migration.title}** (deadline ${migration.deadline}).\n\n- [ ] Update the dependency\n- [ ] Deploy to staging\n- [ ] Deploy to production\n`,
        labels: [migration.label],
        author,
        createdAt: formatTimestamp(createdMs),
        ...closing(prng, createdMs, o),
      })
    } else {
      const kind = prng.pick(['bug', 'enhancement', 'tech-debt'])
      issues.push({
        title: prng.pick(FEATURES),
        body: `Found while working on ${o.repo}.`,
        labels: prng.chance(0.8) ? [kind] : [],
        author,
        createdAt: formatTimestamp(createdMs),
        ...closing(prng, createdMs, o),
      })
    }
  }
  return issues
}
