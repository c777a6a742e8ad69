import { verify } from '@octokit/webhooks-methods'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator, type WebhookOptions } from '../index.js'
import { octokitFor } from './helpers.js'

interface Received {
  event: string
  id: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are asserted on field by field
  payload: Record<string, any>
  verified: boolean
  /** The path and query it was sent to. */
  target: string
}

const SECRET = 'sim-secret'
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as {
  name: string
  examples: Record<string, object>[]
}[]

describe('webhooks', () => {
  let receiver: Server
  let url: string
  let received: Received[]
  let sim: Simulator | undefined

  beforeEach(async () => {
    received = []
    receiver = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', async () => {
        const signature = String(req.headers['x-hub-signature-256'])
        const verified = await verify(SECRET, body, signature)
        received.push({
          event: String(req.headers['x-github-event']),
          id: String(req.headers['x-github-delivery']),
          payload: JSON.parse(body),
          verified,
          target: String(req.url),
        })
        res.writeHead(verified ? 200 : 400).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/github/webhooks`
  })
  afterEach(async () => {
    await sim?.stop()
    await new Promise((resolve) => receiver.close(resolve))
  })

  const start = async (extra: Partial<WebhookOptions> = {}) => {
    sim = await startSimulator({ seed: 'demo', webhook: { url, secret: SECRET, ...extra } })
    return sim
  }
  const names = () => received.map((r) => `${r.event}.${r.payload.action ?? ''}`)

  it('sends deliveries round-robin to several receivers of one app (alsoTo), each signed', async () => {
    const s = await start({ alsoTo: [`${url}?instance=2`, `${url}?instance=3`] })
    for (let i = 0; i < 6; i++) s.state.issues.create({ repo: 'acme/payments-api', title: `Round ${i}` })
    await s.webhooks.idle()
    const targets = received.map((r) => r.target.replace('/api/github/webhooks', ''))
    expect(targets.length).toBeGreaterThanOrEqual(6)
    expect(targets.slice(0, 6)).toEqual(['', '?instance=2', '?instance=3', '', '?instance=2', '?instance=3'])
    expect(received.every((r) => r.verified)).toBe(true)
    expect(s.webhooks.deliveries.filter((d) => !d.skipped).map((d) => d.url)).toEqual(
      received.map((r) => `http://${new URL(url).host}${r.target}`),
    )
  })

  it('signs every delivery so @octokit/webhooks-methods verifies it, with installation and sender', async () => {
    const s = await start()
    const octokit = octokitFor(s, s.installationToken())
    await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'payments-api',
      title: 'Tracking',
      labels: ['strategy-trace'],
    })
    await s.webhooks.idle()
    expect(names()).toEqual(['issues.opened', 'issues.labeled'])
    expect(received.every((r) => r.verified)).toBe(true)
    expect(received[0]?.payload).toMatchObject({
      installation: { id: s.seeded?.installation?.id },
      sender: { login: 'strategy-trace[bot]', type: 'Bot' },
      repository: { full_name: 'acme/payments-api' },
      organization: { login: 'acme' },
    })
    expect(received[1]?.payload.label).toMatchObject({ name: 'strategy-trace' })
  })

  it('shapes payloads like GitHub’s examples (@octokit/webhooks-examples)', async () => {
    const s = await start()
    const issue = s.state.issues.create({ repo: 'acme/payments-api', title: 'x' })
    s.state.comments.create({ repo: 'acme/payments-api', issue: issue.number, body: 'hi' })
    s.state.pulls.create({ repo: 'acme/payments-api', title: 'y', head: 'y', files: { 'y.md': 'y' } })
    s.state.files.commit({ repo: 'acme/payments-api', files: { 'z.md': 'z' } })
    await s.webhooks.idle()
    const missing = (a: object | undefined, b: object | undefined) =>
      Object.keys(a ?? {}).filter((k) => !(k in (b ?? {})))
    const checks: [string, string, string[]][] = [
      ['issues', 'opened', ['issue', 'repository', 'sender']],
      ['issue_comment', 'created', ['issue', 'comment']],
      ['pull_request', 'opened', ['pull_request']],
      ['push', '', ['head_commit', 'pusher']],
    ]
    for (const [event, action, objects] of checks) {
      const reference = examples
        .find((e) => e.name === event)
        ?.examples.find((x) => (x.action ?? '') === action) as Record<string, object>
      const ours = received.find((r) => r.event === event && (r.payload.action ?? '') === action)
        ?.payload as Record<string, object>
      expect(reference && ours, `${event}.${action}`).toBeDefined()
      expect(missing(reference, ours), `${event}.${action}`).toEqual([])
      for (const key of objects) {
        // `draft` is optional in the issue schema; the simulator sends it for pull requests only.
        expect(
          missing(reference[key], ours[key]).filter((k) => k !== 'draft'),
          `${event}.${action} ${key}`,
        ).toEqual([])
      }
    }
  })

  it('emits issue lifecycle events for state-API changes: close, reopen, transfer, delete', async () => {
    const s = await start()
    const issue = s.state.issues.create({
      repo: 'acme/payments-api',
      title: 'Job',
      labels: ['migration:auth-v2'],
    })
    s.state.issues.update('acme/payments-api', issue.number, { state: 'closed', stateReason: 'not_planned' })
    s.state.issues.update('acme/payments-api', issue.number, { state: 'open' })
    const moved = s.state.issues.transfer('acme/payments-api', issue.number, 'acme/payments-ledger')
    s.state.issues.delete('acme/payments-ledger', moved.number)
    await s.webhooks.idle()
    expect(names()).toEqual([
      'issues.opened',
      'issues.labeled',
      'issues.closed',
      'issues.reopened',
      'issues.transferred',
      'issues.opened',
      'issues.deleted',
    ])
    expect(received[2]?.payload.issue).toMatchObject({ state: 'closed', state_reason: 'not_planned' })
    expect(received[4]?.payload.changes).toMatchObject({
      new_repository: { full_name: 'acme/payments-ledger' },
      new_issue: { number: moved.number },
    })
  })

  it('emits pull_request and push events, and installation events', async () => {
    const s = await start()
    const pull = s.state.pulls.create({
      repo: 'acme/payments-api',
      title: 'ADR',
      head: 'adr-6',
      labels: ['theme:global-scale'],
      files: { 'docs/adr/0006-x.md': '# x\n' },
    })
    s.state.pulls.push('acme/payments-api', pull.number, { 'docs/adr/0006-x.md': '# x, revised\n' })
    s.state.pulls.update('acme/payments-api', pull.number, { title: 'ADR 6' })
    s.state.pulls.merge('acme/payments-api', pull.number)
    s.state.repos.create({ owner: 'acme', name: 'new-service' })
    const installation = s.seeded?.installation?.id as number
    s.state.installations.removeRepositories(installation, ['new-service'])
    await s.webhooks.idle()
    expect(names()).toEqual([
      'pull_request.opened',
      'pull_request.labeled',
      'pull_request.synchronize',
      'pull_request.edited',
      'push.',
      'pull_request.closed',
      'installation_repositories.removed',
    ])
    expect(received.find((r) => r.event === 'push')?.payload).toMatchObject({
      ref: 'refs/heads/main',
      head_commit: { added: ['docs/adr/0006-x.md'] },
    })
    expect(received.at(-2)?.payload.pull_request).toMatchObject({ merged: true, state: 'closed' })
    expect(received.at(-1)?.payload).toMatchObject({
      repositories_removed: [{ full_name: 'acme/new-service' }],
      repository_selection: 'selected',
    })
  })

  it('duplicates deliveries with the same id when asked, and can reorder and send concurrently', async () => {
    const s = await start({ duplicate: true, reorder: true, concurrent: true, seed: 3 })
    for (let i = 0; i < 6; i++) s.state.issues.create({ repo: 'acme/payments-api', title: `n${i}` })
    await s.webhooks.idle()
    expect(received).toHaveLength(12)
    expect(new Set(received.map((r) => r.id)).size).toBe(6)
    const titles = [...new Set(received.map((r) => r.payload.issue.title))]
    expect(titles.sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5'])
    expect(s.counters.webhooks.delivered).toBe(12)
  })

  it('drops, duplicates and reorders across batches by seed, the same way every run', async () => {
    const run = async () => {
      received.length = 0
      const s = await start({ drop: 0.2, duplicate: 0.1, jitterMs: 20, seed: 5 })
      for (let i = 0; i < 40; i++) s.state.issues.create({ repo: 'acme/payments-api', title: `n${i}` })
      await s.webhooks.idle()
      const order = received.map((r) => r.payload.issue.title as string)
      const dropped = s.webhooks.deliveries.filter((d) => d.dropped)
      await s.stop()
      sim = undefined
      return { order, dropped: dropped.map((d) => d.id), statuses: dropped.map((d) => d.status) }
    }
    const first = await run()
    expect(first.dropped.length).toBeGreaterThan(3)
    expect(first.statuses.every((status) => status === 0)).toBe(true)
    const created = Array.from({ length: 40 }, (_, i) => `n${i}`)
    expect(first.order).not.toEqual(created.filter((t) => first.order.includes(t)))
    expect(new Set(first.order).size).toBeLessThan(40)
    expect(first.order.length).toBeGreaterThan(new Set(first.order).size) // some came twice
    const second = await run()
    expect(second.dropped).toEqual(first.dropped)
  })

  it('lists deliveries and redelivers one with the same delivery id, as GitHub’s API does', async () => {
    const s = await start({ drop: 1 })
    s.state.issues.create({ repo: 'acme/payments-api', title: 'lost' })
    await s.webhooks.idle()
    expect(received).toHaveLength(0)
    const app = octokitFor(s, s.createAppJwt())
    const { data: listed } = await app.request('GET /app/hook/deliveries', { per_page: 10 })
    const lost = listed.find((d) => d.event === 'issues')
    expect(lost).toMatchObject({ status_code: 0, redelivery: false, action: 'opened' })
    const installation = octokitFor(s, s.installationToken())
    await expect(installation.request('GET /app/hook/deliveries')).rejects.toMatchObject({ status: 401 })

    s.configureWebhooks({ url, secret: SECRET })
    const attempt = await app.request('POST /app/hook/deliveries/{delivery_id}/attempts', {
      delivery_id: Number(lost?.id ?? 0),
    })
    expect(attempt.status).toBe(202)
    await s.webhooks.idle()
    expect(received.map((r) => [r.id, r.payload.issue.title])).toEqual([[lost?.guid, 'lost']])
    const { data: after } = await app.request('GET /app/hook/deliveries', { per_page: 1 })
    expect(after[0]).toMatchObject({ guid: lost?.guid, redelivery: true, status_code: 200, status: 'OK' })
    const { data: failures } = await app.request('GET /app/hook/deliveries', { status: 'failure' })
    expect(failures.map((d) => d.guid)).toEqual([lost?.guid])
    const page = await app.request('GET /app/hook/deliveries', { per_page: 1 })
    const next = /<([^>]+)>; rel="next"/.exec(page.headers.link ?? '')?.[1] ?? ''
    expect(new URL(next).searchParams.get('cursor')).toBe(String(page.data[0]?.id))
    const { data: one } = await app.request('GET /app/hook/deliveries/{delivery_id}', {
      delivery_id: Number(after[0]?.id ?? 0),
    })
    expect(one.request.headers).toMatchObject({ 'X-GitHub-Delivery': lost?.guid })
  })

  it('delivers a custom payload on demand and reports the receiver’s status', async () => {
    const s = await start()
    const delivery = await s.deliver('issue_comment', {
      action: 'created',
      repository: { full_name: 'acme/.github' },
      comment: { body: '/leaderboard refresh' },
    })
    expect(delivery.status).toBe(200)
    expect(received[0]).toMatchObject({
      event: 'issue_comment',
      verified: true,
      payload: {
        installation: { id: s.seeded?.installation?.id },
        comment: { body: '/leaderboard refresh' },
      },
    })
  })
})
