/**
 * The naive per-repository REST baseline (bench/naive-refresh.ts) on the same 1,000-repository
 * organisation as refresh-1000. Target: the project needs ≥ 150× fewer requests (filled in by the
 * runner from refresh-1000's row).
 */
import { Octokit } from '@octokit/rest'
import { startSimulator } from '../../sim/index.js'
import { naiveRefresh } from '../naive-refresh.js'
import { installationBudget, LATENCY_MS } from '../org-session.js'
import { formatRoutes, routeDelta } from '../route-counts.js'
import { count, emptyRow, type Scenario } from '../result.js'
import { orgSize } from '../shared-org.js'

const CONCURRENCY = 10

const scenario: Scenario = {
  id: 'refresh-1000-naive',
  async run({ quick }) {
    const size = orgSize(quick ? 100 : 1000)
    const budget = installationBudget(size.repos)
    const sim = await startSimulator({
      seed: { seed: 'bench', ...size },
      latencyMs: LATENCY_MS,
      rateLimit: { core: budget, graphql: budget },
    })
    try {
      const stats = sim.org?.stats
      // Octokit logs every failed request; the baseline expects 404s (folders that do not exist) and reports other failures itself.
      const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
      const octokit = new Octokit({ baseUrl: sim.apiUrl, auth: sim.installationToken(), log: quiet })
      const before = sim.counters.snapshot()
      const started = performance.now()
      const read = await naiveRefresh({
        octokit,
        org: 'acme',
        configRepo: '.github',
        concurrency: CONCURRENCY,
      })
      const wallMs = Math.round(performance.now() - started)
      const after = sim.counters.snapshot()
      const byRoute = routeDelta(before, after)
      const requests = after.requests - before.requests
      if (read.failed.length > 0)
        throw new Error(
          `The naive baseline failed on ${read.failed.length} repositories, e.g. ${read.failed[0]}`,
        )
      return {
        row: { ...emptyRow('refresh-1000-naive'), requests, writes: after.writes - before.writes, wallMs },
        workload: `${count(stats?.repos ?? 0)} repositories, ${count(stats?.migrationIssues ?? 0)} migration issues, ${count(stats?.adrs ?? 0)} ADRs (same seed as refresh-1000)`,
        notes: [
          `${CONCURRENCY} repositories at a time; every repository's requests one after the other`,
          `requests by route: ${formatRoutes(byRoute)}; ${(after.byStatus[404] ?? 0) - (before.byStatus[404] ?? 0)} of them answered 404 (configured ADR folders that do not exist)`,
          `read ${count(read.repos)} repositories (archived ones skipped), ${count(read.migrationIssues)} migration issues and ${count(read.adrs)} ADRs`,
          `one such refresh spends ${Math.round((requests / budget) * 100)}% of the installation's hourly REST budget (${count(budget)} requests for ${count(size.repos)} repositories on GitHub)`,
          'it reads no merged pull requests, which the leaderboard also shows: the comparison favours the baseline',
        ],
      }
    } finally {
      await sim.stop()
    }
  },
}

export default scenario
