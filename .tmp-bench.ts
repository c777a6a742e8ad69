import { Octokit } from '@octokit/rest'
import { startSimulator, expectNoViolations } from './sim/index.js'
import { SnapshotCache } from './src/github/snapshot-cache.js'
import { createLeaderboardGateway } from './src/github/leaderboard-gateway.js'
import { refreshLeaderboard } from './src/jobs/refresh-leaderboard.js'
import { silentLogger } from './src/core/logger.js'
import type { GatewayOctokit } from './src/github/octokit-types.js'

for (const repos of [100, 1000]) {
  const t0 = performance.now()
  const sim = await startSimulator({ seed: { seed: 'bench', repos, issuesPerRepo: 20, adrsPerRepo: 5 }, latencyMs: 50 })
  const stats = sim.org!.stats
  const gen = Math.round(performance.now() - t0)
  const octokit = new Octokit({ baseUrl: sim.apiUrl, auth: sim.installationToken() }) as unknown as GatewayOctokit
  const state = new SnapshotCache().open(1, 'acme')
  const run = async (scope: any) => {
    sim.counters.reset()
    const s = performance.now()
    const out = await refreshLeaderboard({ gateway: createLeaderboardGateway(octokit, silentLogger), logger: silentLogger, state, today: '2026-11-16', scope, ownLogin: 'strategy-trace[bot]', post: true })
    const c = sim.counters.snapshot()
    return `${out.result} ${c.requests} req (${c.graphqlQueries} gql, ${c.graphqlPoints} pts, max nodes?) writes=${c.writes} ${Math.round(performance.now() - s)} ms rss=${Math.round(process.memoryUsage().rss / 1e6)}MB`
  }
  console.log(`${repos} repos (${JSON.stringify(stats)}; generated in ${gen} ms)`)
  console.log('  cold full:', await run({ kind: 'full' }))
  console.log('  warm full:', await run({ kind: 'full' }))
  const repo = sim.org!.repos.find((r) => r.team && !r.archived)!.name
  const issue = sim.state.issues.insert({ repo: `acme/${repo}`, title: 'x', labels: [sim.org!.strategy.migrations[0]!.label] })
  console.log('  one repo  :', await run({ kind: 'repos', names: [repo] }))
  expectNoViolations(sim)
  await sim.stop()
}
