/**
 * `npm run sim -- --seed demo --port 3000`: runs the simulator until killed and prints how to point
 * the Action, Octokit and Probot at it. Options: --seed demo|<repos>, --port, --latency <ms>,
 * --webhook-url <url> --webhook-secret <secret>, --private-key <path>, --app-id <id>, --now <iso>.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startSimulator } from './start-simulator.js'

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    port: { type: 'string' },
    latency: { type: 'string' },
    'webhook-url': { type: 'string' },
    'webhook-secret': { type: 'string', default: 'development' },
    'private-key': { type: 'string' },
    'app-id': { type: 'string' },
    now: { type: 'string' },
  },
})

const seed =
  values.seed === undefined ? undefined : values.seed === 'demo' ? 'demo' : { repos: Number(values.seed) }
if (seed && seed !== 'demo' && !(seed.repos > 0)) {
  console.error(`--seed must be "demo" or a number of repositories, not "${values.seed}".`)
  process.exit(2)
}
const sim = await startSimulator({
  seed,
  port: values.port ? Number(values.port) : undefined,
  latencyMs: values.latency ? Number(values.latency) : undefined,
  webhook: values['webhook-url']
    ? { url: values['webhook-url'], secret: values['webhook-secret'] }
    : undefined,
  privateKey: values['private-key'] ? readFileSync(values['private-key'], 'utf8') : undefined,
  appId: values['app-id'] ? Number(values['app-id']) : undefined,
  now: values.now,
})

const keyPath = values['private-key'] ?? join(tmpdir(), `github-sim-${sim.port}.pem`)
if (!values['private-key'] && sim.app.privateKey) writeFileSync(keyPath, sim.app.privateKey, { mode: 0o600 })
const lines = [
  `GitHub simulator listening on ${sim.baseUrl}`,
  '',
  `  Action:  GITHUB_API_URL=${sim.apiUrl} GITHUB_GRAPHQL_URL=${sim.graphqlUrl}`,
  `           GITHUB_TOKEN=${sim.issueToken()}   (github-actions[bot])`,
  `  Probot:  GHE_HOST=127.0.0.1:${sim.port} GHE_PROTOCOL=http APP_ID=${sim.app.id} PRIVATE_KEY_PATH=${keyPath}`,
]
if (sim.org && sim.seeded) {
  const { stats } = sim.org
  lines.push(
    `  Org:     ${sim.org.org}: ${stats.repos} repositories, ${stats.issues} issues, ${stats.adrs} ADRs, ${stats.mergedPulls} closed PRs`,
  )
  if (sim.seeded.installation)
    lines.push(`           installation ${sim.seeded.installation.id} (all repositories)`)
  for (const [key, pull] of Object.entries(sim.seeded.pulls))
    lines.push(`           PR ${key}: ${pull.repo}#${pull.number}`)
}
lines.push('', 'Press Ctrl+C to stop.')
console.log(lines.join('\n'))

const stop = (): void => {
  void sim.stop().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
