import type { IssueRecord, Simulator } from '../../sim/index.js'

/** One issue the demo changes, and the team leader who changes it. */
export interface DemoChange {
  repo: string
  issue: IssueRecord
  team: string
  /** Login of the person acting (the team's leader). */
  actor: string
}

/** What the demo does to the board: label an issue as a migration job, and close an open job. */
export interface DemoChanges {
  migration: { title: string; label: string }
  label: DemoChange
  close: DemoChange
}

/**
 * Picks, from the seeded org, an open issue that is no migration's job yet (to label) and an open job
 * of the first migration in another team (to close as completed), so two teams' rows change.
 */
export function pickDemoChanges(sim: Simulator): DemoChanges {
  const strategy = sim.org?.strategy
  const migration = strategy?.migrations[0]
  if (!strategy || !migration) throw new Error('The simulator has no generated org with a migration to show.')
  const migrationLabels = new Set(strategy.migrations.map((m) => m.label))
  const candidates = (sim.org?.repos ?? []).flatMap((repo) => {
    const team = strategy.teams.find((t) => t.name === repo.team)
    if (!team || repo.archived) return []
    const record = sim.state.repos.get(`${sim.org?.org}/${repo.name}`)
    const open = [...record.issues.values()].filter((i) => !i.pull && i.state === 'open')
    const actor = team.leader.replace(/^@/, '')
    return open.map((issue) => ({
      repo: `${record.owner.login}/${record.name}`,
      issue,
      team: team.name,
      actor,
    }))
  })
  const label = candidates.find((c) => !c.issue.labels.some((l) => migrationLabels.has(l)))
  const close = candidates.find((c) => c.team !== label?.team && c.issue.labels.includes(migration.label))
  if (!label || !close)
    throw new Error(`The demo org has no open issue to label or no open ${migration.label} job to close.`)
  return { migration: { title: migration.title, label: migration.label }, label, close }
}
