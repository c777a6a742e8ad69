/**
 * One issue of the warm 1,000-repository installation gets a migration label: the app re-reads that
 * repository and updates the tracking issue. Target: ≤ 5 requests.
 */
import { count, emptyRow, type Scenario } from '../result.js'
import { measure } from '../org-session.js'
import { coldRefresh, largeOrg, refreshNotes } from '../shared-org.js'

const TARGET = 5

const scenario: Scenario = {
  id: 'event-labeled',
  async run(context) {
    const session = await largeOrg(context)
    await coldRefresh(session)
    const { sim } = session
    const migration = sim.org?.strategy.migrations[0]
    const repo = sim.org?.repos.find((r) => r.team && !r.archived && r.name !== '.github')
    if (!migration || !repo) throw new Error('[bench] The generated org has no migration or team repository.')
    const issue = sim.state.issues.insert({
      repo: `acme/${repo.name}`,
      title: 'Move the cron job',
      labels: ['bug'],
    })
    const before = sim.webhooks.deliveries.length
    const m = await measure(session, () =>
      sim.state.issues.addLabels(`acme/${repo.name}`, issue.number, [migration.label], 'dana'),
    )
    const events = sim.webhooks.deliveries.slice(before).map((d) => `${d.event}.${d.action ?? ''}`)
    return {
      row: {
        ...emptyRow('event-labeled'),
        requests: m.requests,
        points: m.points,
        writes: m.writes,
        wallMs: m.wallMs,
        target: `≤ ${TARGET} requests`,
        met: m.requests <= TARGET,
      },
      workload: `\`issues.labeled\` (\`${migration.label}\`) in ${repo.name}; warm installation of ${count(sim.org?.stats.repos ?? 0)} repositories`,
      notes: [`deliveries: ${events.join(', ')}`, ...refreshNotes(session, m)],
    }
  },
}

export default scenario
