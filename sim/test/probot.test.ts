import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeMiddleware, Probot, ProbotOctokit, type ApplicationFunction } from 'probot'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNoViolations, startSimulator, type Simulator } from '../index.js'

const SECRET = 'probot-secret'

/** An app that reads over REST and GraphQL, then writes, on every issue a person opens. */
const app: ApplicationFunction = (probot) => {
  probot.on('issues.opened', async (context) => {
    if (context.isBot) return
    const { data: repo } = await context.octokit.rest.repos.get(context.repo())
    const { repository } = await context.octokit.graphql<{ repository: { issues: { totalCount: number } } }>(
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { issues(first: 1, labels: ["migration:auth-v2"]) { totalCount } } }',
      { owner: repo.owner.login, name: repo.name },
    )
    await context.octokit.rest.issues.createComment(
      context.issue({ body: `${repo.full_name} has ${repository.issues.totalCount} auth-v2 jobs` }),
    )
    await context.octokit.rest.issues.addLabels(context.issue({ labels: ['triaged'] }))
  })
}

describe('Probot against the simulator', () => {
  let sim: Simulator | undefined
  let server: Server | undefined
  afterEach(async () => {
    await sim?.stop()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  })

  it.each([
    ['GitHub.com layout (baseUrl)', (s: Simulator) => s.apiUrl],
    ['GitHub Enterprise layout (/api/v3, /api/graphql)', (s: Simulator) => s.gheBaseUrl],
  ])('installs, receives a signed webhook, reads and writes: %s', async (_, baseUrl) => {
    sim = await startSimulator({ seed: 'demo' })
    const probot = new Probot({
      appId: sim.app.id,
      privateKey: sim.app.privateKey ?? '',
      secret: SECRET,
      baseUrl: baseUrl(sim),
      logLevel: 'warn',
      Octokit: ProbotOctokit.defaults((o: { throttle?: object }) => ({
        ...o,
        retry: { enabled: false },
        throttle: { ...o.throttle, enabled: false },
      })),
    })
    const middleware = await createNodeMiddleware(app, { probot })
    server = createServer((req, res) => void middleware(req, res))
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    sim.configureWebhooks({ url: `http://127.0.0.1:${port}/api/github/webhooks`, secret: SECRET })

    const issue = sim.state.issues.create({
      repo: 'acme/payments-ledger',
      title: 'Please triage',
      author: 'dana-li',
    })
    await sim.webhooks.idle()

    const opened = sim.webhooks.deliveries.find((d) => d.event === 'issues' && d.action === 'opened')
    expect(opened?.status).toBe(200)
    const comments = sim.state.comments.list('acme/payments-ledger', issue.number)
    const jobs = [...sim.state.repos.get('acme/payments-ledger').issues.values()].filter(
      (i) => !i.pull && i.labels.includes('migration:auth-v2'),
    )
    expect(comments).toHaveLength(1)
    expect(comments[0]).toMatchObject({
      body: `acme/payments-ledger has ${jobs.length} auth-v2 jobs`,
      author: { login: 'strategy-trace[bot]', type: 'Bot' },
    })
    expect(issue.labels).toEqual(['triaged'])
    expect(sim.counters.byRoute['POST /app/installations/{installation_id}/access_tokens']).toBe(1)
    expect(sim.counters.byRoute['POST /graphql']).toBe(1)
    // The app's own comment came back as issue_comment.created and its label as issues.labeled.
    expect(sim.webhooks.deliveries.map((d) => `${d.event}.${d.action}`)).toEqual([
      'issues.opened',
      'issue_comment.created',
      'issues.labeled',
    ])
    expectNoViolations(sim)
  })
})
