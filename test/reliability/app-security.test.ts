import { sign } from '@octokit/webhooks-methods'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations, type Simulator } from '../../sim/index.js'
import { MARKERS } from '../../src/core/report/markers.js'
import { startAppCluster, WEBHOOK_SECRET, type AppCluster } from './helpers/app-cluster.js'
import { openTrackingIssue, TRACKING_REPO, truthBody } from './helpers/leaderboard-truth.js'
import { findMarkdownHazards, HOSTILE_HALVES } from './helpers/markdown-hazards.js'
import { startRecordingProxy, type RecordingProxy } from './helpers/recording-proxy.js'

const TODAY = '2026-11-16'
// The leaderboard clips names at 200 characters: each half of the hostile pieces fits.
const [A, B] = HOSTILE_HALVES
const [a, b] = HOSTILE_HALVES.map((text) => JSON.stringify(text))

let c: AppCluster
let proxy: RecordingProxy
let installationPayload: Record<string, unknown>
let planted: { number: number; author: string; title: string; body: string; state: string }[] = []

/** Names, titles and leaders in the org config, ADR titles, job titles, a merged PR title: all hostile. */
function makeEverythingHostile(sim: Simulator): void {
  const path = '.github/strategy.yml'
  const config = (sim.state.files.read(TRACKING_REPO, path) ?? '')
    .replace('name: Enterprise-Ready Platform', `name: ${a}`)
    .replace('title: Move every service to the auth v2 SDK', `title: ${b}`)
    .replace('- name: Payments\n    leader: "@dana-li"', `- name: ${b}\n    leader: ${a}`)
  expect(config).toContain('PIPECANARY')
  const stale = `# ADR-0099: ${B.replace(/\n/g, ' ')}\n\n**Status**: Accepted\n**Date**: 2020-01-01\n**Strategic Theme**: enterprise-ready\n**Review Date**: 2021-01-01\n`
  sim.state.quietly(() => {
    sim.state.files.commit({ repo: TRACKING_REPO, files: { [path]: config } })
    sim.state.files.commit({ repo: 'acme/payments-ledger', files: { 'docs/adr/0099-hostile.md': stale } })
    sim.state.issues.create({
      repo: 'acme/payments-ledger',
      title: A,
      labels: ['migration:auth-v2'],
    })
    const pr = sim.state.pulls.create({
      repo: 'acme/payments-ledger',
      title: B,
      head: 'x',
      body: 'Theme: enterprise-ready',
    })
    sim.state.pulls.merge('acme/payments-ledger', pr.number)
    // Issues carrying our marker and label, written by a person and by another app.
    planted = [
      {
        author: 'mallory',
        title: 'Strategy leaderboard',
        body: `${MARKERS.leaderboard}\nPlanted by a person.`,
      },
      {
        author: 'rival-app[bot]',
        title: 'Strategy leaderboard',
        body: `${MARKERS.leaderboard}\nBy another app.`,
      },
    ].map((p) => {
      const issue = sim.state.issues.create({ repo: TRACKING_REPO, labels: ['strategy-trace'], ...p })
      return { number: issue.number, author: p.author, title: p.title, body: p.body, state: 'open' }
    })
  })
}

beforeAll(async () => {
  c = await startAppCluster({
    sim: {
      seed: {
        seed: 'reliability-security',
        repos: 6,
        issuesPerRepo: 3,
        adrsPerRepo: 2,
        mergedPullsPerRepo: 1,
      },
      install: false,
    },
    today: TODAY,
    apiUrl: async (sim) => (proxy = await startRecordingProxy(sim.apiUrl)).url,
  })
  makeEverythingHostile(c.sim)
  // The installation event GitHub would send, recorded but not delivered, to replay by hand.
  c.sim.configureWebhooks(undefined)
  c.sim.state.installations.create({ account: 'acme' })
  installationPayload = c.sim.webhooks.deliveries.at(-1)?.payload as Record<string, unknown>
  c.sim.configureWebhooks({ url: c.webhookUrl, secret: WEBHOOK_SECRET })
}, 60_000)

afterAll(async () => {
  await c?.stop()
  await proxy?.close()
  if (c) expectNoViolations(c.sim)
})

function post(body: string, signature: string | null) {
  return fetch(`${c.instances[0]?.url}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'installation',
      'x-github-delivery': crypto.randomUUID(),
      ...(signature === null ? {} : { 'x-hub-signature-256': signature }),
    },
    body,
  })
}

describe('webhook signatures', () => {
  it('rejects unsigned, wrongly signed and tampered deliveries before any API call', async () => {
    const body = JSON.stringify(installationPayload)
    const tampered = JSON.stringify({ ...installationPayload, action: 'deleted' })
    const answers = await Promise.all([
      post(body, null),
      post(body, await sign('not-the-secret', body)),
      post(tampered, await sign(WEBHOOK_SECRET, body)),
    ])
    await c.settle()
    expect(answers.map((a) => a.status).every((status) => status >= 400 && status < 500)).toBe(true)
    expect(c.sim.counters.requests).toBe(0)
    expect(proxy.requests).toEqual([])

    // The same delivery, signed with the secret, is accepted and does its work.
    const accepted = await post(body, await sign(WEBHOOK_SECRET, body))
    await c.settle()
    expect(accepted.status).toBe(200)
    expect(openTrackingIssue(c.sim).body).toBe(truthBody(c.sim, TODAY))
  })
})

describe('issues that carry our marker but are not ours', () => {
  it('are never edited, closed or answered, while our own issue is kept up to date', async () => {
    const ours = openTrackingIssue(c.sim)
    c.sim.state.repos.setCollaborator(TRACKING_REPO, 'lead', 'write')
    const asks = planted.map((p) =>
      c.sim.state.comments.create({
        repo: TRACKING_REPO,
        issue: p.number,
        body: '/leaderboard refresh',
        author: 'lead',
      }),
    )
    c.sim.state.issues.create({
      repo: 'acme/payments-ledger',
      title: 'One more job',
      labels: ['migration:auth-v2'],
    })
    await c.settle()

    for (const p of planted) {
      const issue = c.sim.state.repos.get(TRACKING_REPO).issues.get(p.number)
      expect({
        author: issue?.author.login,
        title: issue?.title,
        body: issue?.body,
        state: issue?.state,
      }).toEqual({
        author: p.author,
        title: p.title,
        body: p.body,
        state: p.state,
      })
      const touched = proxy.requests.filter(
        (r) => r.method !== 'GET' && r.url.includes(`/issues/${p.number}`),
      )
      expect(touched).toEqual([])
    }
    for (const ask of asks) expect(c.sim.state.comments.get(ask.id)?.reactions).toEqual([])
    expect(openTrackingIssue(c.sim).number).toBe(ours.number)
    expect(openTrackingIssue(c.sim).body).toBe(truthBody(c.sim, TODAY))
  })
})

describe('user-controlled text on the leaderboard', () => {
  it('cannot mention anyone, add HTML, break tables or hide content', () => {
    const body = openTrackingIssue(c.sim).body ?? ''
    expect(body).toContain('IMGCANARY')
    expect(findMarkdownHazards(body)).toEqual([])
  })
})

describe('secrets in the app logs', () => {
  it('never include the private key, a JWT, an installation token or the webhook secret', () => {
    const logs = c.logs()
    expect(logs.length).toBeGreaterThan(1000)
    const keyLines = (c.sim.app.privateKey ?? '')
      .split('\n')
      .filter((line) => line.length >= 20 && !line.startsWith('-----'))
    expect(keyLines.length).toBeGreaterThan(5)
    for (const line of keyLines) expect(logs).not.toContain(line)
    expect(logs).not.toContain('PRIVATE KEY')
    expect(logs).not.toMatch(/gh[sp]_[A-Za-z0-9]{36}/)
    expect(logs).not.toMatch(/eyJ[\w-]{8,}\.[\w-]{8,}\./)
    expect(logs).not.toContain(WEBHOOK_SECRET)
  })
})
