import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/core/logger.js'
import { MARKERS } from '../../src/core/report/markers.js'
import type { OrgSnapshot } from '../../src/core/types.js'
import type { LeaderboardGateway } from '../../src/github/leaderboard-gateway.js'
import { SnapshotCache } from '../../src/github/snapshot-cache.js'
import { refreshLeaderboard, type RefreshLeaderboardParams } from '../../src/jobs/refresh-leaderboard.js'

const CONFIG = `themes:
  - id: global-scale
    name: Global Scale
migrations:
  - id: auth-sdk
    title: Move to the new auth SDK
    label: migrate-auth
`

const SNAPSHOT: OrgSnapshot = {
  org: 'acme',
  repos: [
    {
      repo: 'acme/api',
      url: 'https://github.com/acme/api',
      defaultBranch: 'main',
      adrs: [],
      issues: [
        {
          repo: 'acme/api',
          number: 1,
          title: 'Migrate api',
          url: 'https://github.com/acme/api/issues/1',
          state: 'open',
          stateReason: null,
          createdAt: '2026-01-10T00:00:00Z',
          closedAt: null,
          labels: ['migrate-auth'],
          author: 'dana',
        },
      ],
      mergedPulls: [],
    },
  ],
  skipped: [],
  failed: [],
}

/** A gateway over one config file and a fixed snapshot, recording what the job asked for. */
function fakeGateway(files: Record<string, string | null>) {
  const calls: string[] = []
  let issueBody: string | null = null
  const gateway: LeaderboardGateway = {
    async getFileText(repo, path) {
      calls.push(`read ${repo.repo}:${path}`)
      return files[`${repo.repo}:${path}`] ?? null
    },
    async readOrgSnapshot(p) {
      calls.push('read all')
      p.state.repos = ['api']
      return SNAPSHOT
    },
    async readRepoSlices(p) {
      calls.push(`read ${p.names.join(',')}`)
      return SNAPSHOT
    },
    async ensureTrackingIssue(p) {
      calls.push('ensure issue')
      const result = issueBody === null ? 'created' : issueBody === p.body ? 'unchanged' : 'updated'
      issueBody = p.body
      return { result, number: 7, body: p.body }
    },
    async updateKnownTrackingIssue(p) {
      calls.push(`update #${p.number}`)
      return { result: p.currentBody === p.body ? 'unchanged' : 'updated', number: p.number, body: p.body }
    },
    async syncJobIssues() {
      calls.push('sync job issues')
      const summary = { created: 0, reopened: 0, closed: 0, found: 0, deferred: 0, failed: 0 }
      return { summary, snapshot: SNAPSHOT }
    },
    canWrite: async () => true,
    react: async () => {},
    async upsertComment(issue, p) {
      calls.push(`comment #${issue.number} ${p.marker}`)
      return { result: 'created', commentId: 1 }
    },
  }
  return { gateway, calls }
}

function params(
  gateway: LeaderboardGateway,
  over: Partial<RefreshLeaderboardParams> = {},
): RefreshLeaderboardParams {
  return {
    gateway,
    logger: silentLogger,
    state: new SnapshotCache().open(1, 'acme'),
    today: '2026-03-02',
    scope: { kind: 'full' },
    ownLogin: 'strategy-trace[bot]',
    post: true,
    ...over,
  }
}

describe('refreshLeaderboard', () => {
  it('renders a dry run without touching the tracking issue', async () => {
    const { gateway, calls } = fakeGateway({ '.github:.github/strategy.yml': CONFIG })
    const outcome = await refreshLeaderboard(params(gateway, { post: false }))
    expect(outcome.result).toBe('dry-run')
    expect(outcome.body?.startsWith(MARKERS.leaderboard)).toBe(true)
    expect(outcome.body).toContain('<!-- strategy-trace:health read=1 failed=0 -->')
    expect(calls).toEqual(['read .github:.github/strategy.yml', 'read all'])
  })

  it('reports an org without a config and remembers why', async () => {
    const { gateway, calls } = fakeGateway({})
    const p = params(gateway)
    expect(await refreshLeaderboard(p)).toMatchObject({ result: 'no-config', body: null })
    expect(p.state.configProblem).toMatch(/No strategy config at acme\/.github:.github\/strategy.yml/)
    expect(calls).toEqual(['read .github:.github/strategy.yml'])
  })

  it('keeps counting with the last config that loaded and says so at the top until it loads again', async () => {
    const files: Record<string, string | null> = { '.github:.github/strategy.yml': CONFIG }
    const { gateway, calls } = fakeGateway(files)
    const p = params(gateway)
    const good = await refreshLeaderboard(p)
    files['.github:.github/strategy.yml'] = 'themes: [oops'
    const broken = await refreshLeaderboard(p)
    expect(broken.result).toBe('updated')
    expect(calls.filter((c) => c === 'ensure issue')).toHaveLength(2)
    expect(p.state.config?.config.migrations[0]?.label).toBe('migrate-auth')
    expect(p.state.staleConfig).toMatchObject({ where: 'acme/.github:.github/strategy.yml', since: p.today })
    const warning = broken.body?.split('\n\n').find((block) => block.startsWith('> [!WARNING]')) ?? ''
    expect(warning).toMatch(
      /^> \[!WARNING\]\n> The strategy config `acme\/.github:.github\/strategy.yml` does not load since /,
    )
    expect(warning).toMatch(/\n> - `\.github\/strategy\.yml:1:14` `CONFIG_YAML_SYNTAX` YAML syntax error: /)
    // The board under the warning is the one the last good config counts.
    expect(broken.body?.replace(`${warning}\n\n`, '')).toBe(good.body)

    // A later event on the warm installation keeps the warning; the fix removes it.
    const event = await refreshLeaderboard({ ...p, scope: { kind: 'repos', names: ['api'] } })
    expect(event.body).toContain('[!WARNING]')
    files['.github:.github/strategy.yml'] = CONFIG
    const fixed = await refreshLeaderboard(p)
    expect(p.state.staleConfig).toBeNull()
    expect(fixed.body).toBe(good.body)
  })

  it('on a warm installation reads only the named repositories and trusts the issue it wrote last', async () => {
    const { gateway, calls } = fakeGateway({ '.github:.github/strategy.yml': CONFIG })
    const p = params(gateway)
    expect(await refreshLeaderboard(p)).toMatchObject({
      result: 'created',
      issue: { repo: 'acme/.github', number: 7 },
    })
    calls.length = 0
    const again = await refreshLeaderboard({ ...p, scope: { kind: 'repos', names: ['api'] } })
    expect(again.result).toBe('unchanged')
    expect(calls).toEqual(['read api', 'update #7'])
  })

  it('does not post without knowing its own login', async () => {
    const { gateway, calls } = fakeGateway({ '.github:.github/strategy.yml': CONFIG })
    expect(await refreshLeaderboard(params(gateway, { ownLogin: null }))).toMatchObject({ result: 'kept' })
    expect(calls).not.toContain('ensure issue')
  })
})
