/**
 * `npm run sim -- --seed demo --port 3000`: runs the simulator until killed and prints how to point
 * the Action, Octokit and Probot at it. Options: --seed demo|<repos>, --port, --latency <ms>,
 * --webhook-url <url> --webhook-secret <secret>, --private-key <path>, --app-id <id>, --now <iso>,
 * --hostile (GitHub on a bad day: GraphQL time-outs by work and partial answers, the documented
 * secondary limits, 5 % 5xx, webhooks dropped, repeated and shuffled; all seeded).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { GITHUB_SECONDARY_LIMITS } from './limits/secondary-limiter.js'
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
    hostile: { type: 'boolean', default: false },
  },
})
const hostile = values.hostile === true

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
    ? {
        url: values['webhook-url'],
        secret: values['webhook-secret'],
        ...(hostile ? { drop: 0.2, duplicate: 0.1, jitterMs: 500, seed: 'hostile' } : {}),
      }
    : undefined,
  ...(hostile
    ? {
        graphql: { timeouts: true, msPerNode: 1, msPerKb: 4, partialRate: 0.1, seed: 'hostile' },
        rateLimit: { secondary: { ...GITHUB_SECONDARY_LIMITS, seed: 'hostile' } },
        faults: { seed: 'hostile', errorRate: 0.05 },
      }
    : {}),
  privateKey: values['private-key'] ? readFileSync(values['private-key'], 'utf8') : undefined,
  appId: values['app-id'] ? Number(values['app-id']) : undefined,
  now: values.now,
})

const keyPath = values['private-key'] ?? join(tmpdir(), `github-sim-${sim.port}.pem`)
if (!values['private-key'] && sim.app.privateKey) writeFileSync(keyPath, sim.app.privateKey, { mode: 0o600 })
const lines = [
  `GitHub simulator listening on ${sim.baseUrl}${hostile ? ' (hostile: time-outs, partial answers, secondary limits, 5 % 5xx, lost webhooks)' : ''}`,
  '',
  `  Action:  GITHUB_API_URL=${sim.apiUrl} GITHUB_GRAPHQL_URL=${sim.graphqlUrl}`,
  `           GITHUB_TOKEN=${sim.issueToken()}   (github-actions[bot], ${jobScope()})`,
  `  Probot:  GHE_HOST=127.0.0.1:${sim.port} GHE_PROTOCOL=http APP_ID=${sim.app.id} PRIVATE_KEY_PATH=${keyPath}`,
]
if (sim.seeded?.installation)
  lines.push(
    `  CLI:     GITHUB_TOKEN=${sim.installationToken()} GITHUB_API_URL=${sim.apiUrl}   (installation token of the app, for --org ${sim.seeded.org}; one hour)`,
  )
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

/** Which repository the printed job token reaches, as a workflow's `GITHUB_TOKEN` does. */
function jobScope(): string {
  const repo = sim.seeded?.pulls.clean?.repo
  return repo ? `reads and writes only ${repo}` : 'bound to the first repository it is used on'
}
console.log(lines.join('\n'))

const stop = (): void => {
  void sim.stop().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
