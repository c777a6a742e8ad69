/**
 * The bundled Action on a pull request with 300 changed files, 40 of them ADRs of mixed formats, against
 * the simulator with 50 ms added to every request. Target: ≤ 6 requests.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSimulator, type Simulator, type StateChange } from '../../sim/index.js'
import { buildPayload } from '../../sim/webhooks/build-payload.js'
import { generateAdr } from '../../test/helpers/generate-adrs.js'
import { LATENCY_MS } from '../org-session.js'
import { formatRoutes, routeDelta } from '../route-counts.js'
import { emptyRow, median, type Scenario } from '../result.js'
import { spawnTimed } from '../spawn-timed.js'

const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url))
const TARGET = 6

const CONFIG = `themes:
  - { id: enterprise-ready, name: Enterprise-Ready Platform }
  - { id: global-scale, name: Global Scale & Performance }
  - { id: developer-velocity, name: Developer Velocity }
  - { id: data-driven-product, name: Data-Driven Product }
`

/** `files` changed files, `adrs` of them ADRs; the base already holds 20 ADRs. */
function pullFiles(files: number, adrs: number, run: number): Record<string, string> {
  const changed: Record<string, string> = {}
  for (let k = 0; k < adrs; k++) {
    const adr = generateAdr(20 + run * adrs + k)
    changed[adr.path] = adr.text
  }
  for (let k = 0; k < files - adrs; k++)
    changed[`src/module-${run}-${k}.ts`] = `export const value${k} = ${k} // changed by run ${run}\n`
  return changed
}

async function runOnce(
  sim: Simulator,
  changes: StateChange[],
  run: number,
  size: { files: number; adrs: number },
) {
  const pr = sim.state.pulls.create({
    repo: 'acme/api',
    title: `Serve assets from the edge (${run})`,
    head: `edge-${run}`,
    body: 'Theme: global-scale',
    files: pullFiles(size.files, size.adrs, run),
  })
  const change = changes.findLast((c) => c.event === 'pull_request' && c.issue?.number === pr.number)
  if (!change) throw new Error('[bench] The simulator recorded no pull_request event.')
  const dir = await mkdtemp(join(tmpdir(), 'bench-action-'))
  try {
    const paths = {
      event: join(dir, 'event.json'),
      output: join(dir, 'output'),
      summary: join(dir, 'summary.md'),
    }
    const payload = buildPayload(change, sim.state, { api: sim.apiUrl, html: 'https://github.com' })
    await Promise.all([
      writeFile(paths.event, JSON.stringify(payload)),
      writeFile(paths.output, ''),
      writeFile(paths.summary, ''),
    ])
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: paths.event,
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_API_URL: sim.apiUrl,
      GITHUB_GRAPHQL_URL: sim.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_OUTPUT: paths.output,
      GITHUB_STEP_SUMMARY: paths.summary,
      RUNNER_TEMP: dir,
      INPUT_TOKEN: sim.issueToken(),
      'INPUT_CONFIG-PATH': '.github/strategy.yml',
      INPUT_MODE: 'warn',
      INPUT_COMMENT: 'true',
      'INPUT_COMMENT-AUTHOR': 'github-actions[bot]',
      'INPUT_DRY-RUN': 'false',
    }
    const before = sim.counters.snapshot()
    const result = await spawnTimed(process.execPath, [DIST], env)
    const after = sim.counters.snapshot()
    if (result.code !== 0 || result.stderr)
      throw new Error(`dist/index.js exited with ${result.code}:\n${result.stdout}${result.stderr}`)
    const byRoute = routeDelta(before, after)
    const output = await readFile(paths.output, 'utf8')
    return {
      requests: after.requests - before.requests,
      writes: after.writes - before.writes,
      wallMs: result.wallMs,
      byRoute,
      output,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** What each route's requests are for, from the counters (the Action's request plan, src/jobs/check-pull-request.ts). */
function whereRequestsGo(byRoute: Record<string, number>): string {
  const n = (method: string, path: string) => byRoute[`${method} /repos/{owner}/{repo}${path}`] ?? 0
  const writes = n('POST', '/issues/{issue_number}/comments') + n('PATCH', '/issues/comments/{comment_id}')
  const parts = [
    `the PR ${n('GET', '/pulls/{pull_number}')}`,
    `changed files ${n('GET', '/compare/{basehead}')} comparison + ${n('GET', '/pulls/{pull_number}/files')} pages`,
    `${byRoute['POST /graphql'] ?? 0} GraphQL query for the base config, the changed ADRs' texts and the ADR folders at head`,
    `comments listed ${n('GET', '/issues/{issue_number}/comments')} times (once more after creating the comment, to converge with a concurrent run)`,
    `${writes} write`,
  ]
  return `where the requests go: ${parts.join('; ')}`
}

/** Requests beyond the plan of 6 (created comment) and what causes each kind, from the counters. */
function whyMissed(byRoute: Record<string, number>): string[] {
  const n = (route: string) => byRoute[route] ?? 0
  const causes = [
    n('GET /repos/{owner}/{repo}/contents/{path}') > 0 &&
      `${n('GET /repos/{owner}/{repo}/contents/{path}')} \`GET contents\`: blob texts GraphQL left out (binary, or truncated as too large), read one by one`,
    n('GET /repos/{owner}/{repo}/git/trees/{tree_sha}') > 0 &&
      `${n('GET /repos/{owner}/{repo}/git/trees/{tree_sha}')} \`git/trees\`: ADR folders nested deeper than the GraphQL listing reaches (two levels), or an ADR glob starting with a wildcard`,
    n('GET /repos/{owner}/{repo}/pulls/{pull_number}/files') > 1 &&
      `${n('GET /repos/{owner}/{repo}/pulls/{pull_number}/files')} pages of changed files: more than 300 files, or the comparison disagreed with the PR's \`changed_files\``,
    n('POST /graphql') > 1 &&
      `${n('POST /graphql')} GraphQL queries: one more each for \`_extends\`, ADR globs other than the defaults, and every 100 files read`,
  ].filter((cause): cause is string => typeof cause === 'string')
  return [`why missed: ${causes.length > 0 ? causes.join('; ') : 'no known cause in the counters'}`]
}

const scenario: Scenario = {
  id: 'action-pr-300',
  async run({ quick }) {
    const size = quick ? { files: 60, adrs: 8 } : { files: 300, adrs: 40 }
    const runs = quick ? 1 : 3
    const sim = await startSimulator({ latencyMs: LATENCY_MS })
    const changes: StateChange[] = []
    sim.state.onChange((change) => void changes.push(change))
    const base: Record<string, string> = { '.github/strategy.yml': CONFIG, 'src/index.ts': 'export {}\n' }
    for (let i = 0; i < 20; i++) base[generateAdr(i).path] = generateAdr(i).text
    sim.state.repos.create({ owner: 'acme', name: 'api', files: base })
    try {
      const results = []
      for (let run = 0; run < runs; run++) results.push(await runOnce(sim, changes, run, size))
      const requests = Math.max(...results.map((r) => r.requests))
      const first = results[0] as (typeof results)[number]
      const outputs = Object.fromEntries(
        [...first.output.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
      )
      return {
        row: {
          ...emptyRow('action-pr-300'),
          requests,
          writes: Math.max(...results.map((r) => r.writes)),
          wallMs: Math.round(median(results.map((r) => r.wallMs))),
          target: `≤ ${TARGET} requests`,
          met: requests <= TARGET,
        },
        workload: `a PR of ${size.files} changed files, ${size.adrs} of them ADRs in mixed formats (20 more on the base)`,
        notes: [
          `${runs} runs of \`node dist/index.js\` on \`pull_request.opened\`, each on a new PR; wall time (median) includes Node's start and ${LATENCY_MS} ms per request`,
          `requests by route (first run): ${formatRoutes(first.byRoute)}`,
          whereRequestsGo(first.byRoute),
          `outputs: result \`${outputs.result ?? '?'}\`, ${outputs.errors ?? '?'} errors, ${outputs.warnings ?? '?'} warnings, themes \`${outputs.themes ?? '?'}\`, comment ${outputs['comment-id'] ? 'written' : 'none'}`,
          `simulator violations: ${sim.violations.length}${sim.violations.length ? ` (${sim.violations.map((v) => v.request).join(', ')})` : ''}`,
          ...(requests > TARGET ? whyMissed(first.byRoute) : []),
        ],
      }
    } finally {
      await sim.stop()
    }
  },
}

export default scenario
