/**
 * Which webhook events ask for which refresh. Every handler only decides (logging why it skips) and
 * schedules; none waits for a refresh.
 */
import type { Probot } from 'probot'
import type { Logger } from '../src/core/logger.js'
import { MARKERS, hasMarker } from '../src/core/report/markers.js'
import { createLeaderboardGateway } from '../src/github/leaderboard-gateway.js'
import type { InstallationState, LoadedOrgConfig, SnapshotCache } from '../src/github/snapshot-cache.js'
import {
  accountLogin,
  involvesMigrationLabel,
  isRefreshCommand,
  labelNames,
  migrationLabels,
  pushChanges,
} from './guards.js'
import type { OwnLogin } from './own-login.js'
import type { RefreshRequest, RefreshScheduler } from './refresh-scheduler.js'
import type { RunContext } from './run-refresh.js'

export interface RouteDeps {
  scheduler: RefreshScheduler<RunContext>
  cache: SnapshotCache
  logger: Logger
  ownLogin: OwnLogin
  configRepo: string
}

interface EventContext {
  payload: { installation?: { id: number } | null }
  octokit: RunContext['octokit']
}

/** What the app knows of an installation: warm (config and repositories), cold, or without a config. */
type Known = { state: InstallationState; config: LoadedOrgConfig } | 'cold' | 'no-config'

const ISSUE_ACTIONS = ['opened', 'labeled', 'unlabeled', 'closed', 'reopened', 'transferred', 'deleted'] as const

export function routeEvents(app: Probot, d: RouteDeps): void {
  const schedule = (c: EventContext, org: string, request: RefreshRequest, after?: () => Promise<void>) => {
    const id = c.payload.installation?.id
    if (id === undefined) return d.logger.info('The event names no installation; skipping it.')
    d.scheduler.schedule(id, request, { octokit: c.octokit, org }, after)
  }
  const known = (c: EventContext): Known => {
    const state = c.payload.installation ? d.cache.get(c.payload.installation.id) : undefined
    if (state?.config && state.repos) return { state, config: state.config }
    return state?.configProblem ? 'no-config' : 'cold'
  }
  /** Cold installations get a full refresh (it learns the config); warm ones `request`. */
  const refresh = (c: EventContext, org: string, k: Known, request: RefreshRequest, what: string) => {
    if (k === 'no-config') return d.logger.debug(`${org} has no usable strategy config; skipping ${what}.`)
    schedule(c, org, k === 'cold' ? { kind: 'full' } : request)
  }

  app.on(['installation.created', 'installation.new_permissions_accepted', 'installation.unsuspend'], async (c) =>
    schedule(c, accountLogin(c.payload.installation.account), { kind: 'full' }),
  )
  app.on(['installation.deleted', 'installation.suspend'], async (c) => d.cache.drop(c.payload.installation.id))

  app.on(['installation_repositories.added', 'installation_repositories.removed'], async (c) => {
    const names = (list: { name?: string }[]) => list.flatMap((repo) => (repo.name ? [repo.name] : []))
    const request = {
      kind: 'repos' as const,
      names: [],
      added: names(c.payload.repositories_added),
      removed: names(c.payload.repositories_removed),
    }
    refresh(c, accountLogin(c.payload.installation.account), known(c), request, 'the repository change')
  })

  app.on(
    ISSUE_ACTIONS.map((action) => `issues.${action}` as const),
    async (c) => {
      const { payload } = c
      const org = payload.repository.owner.login
      if (payload.sender.login === d.ownLogin.peek()) return d.logger.debug('Our own change to an issue; skipping.')
      const k = known(c)
      const event = {
        label: 'label' in payload ? payload.label?.name : null,
        issueLabels: labelNames(payload.issue.labels),
      }
      if (typeof k === 'object' && !involvesMigrationLabel(event, migrationLabels(k.config.config)))
        return d.logger.debug(`Issue ${payload.repository.name}#${payload.issue.number} has no migration label; skipping.`)
      const names = [payload.repository.name]
      const moved = payload.action === 'transferred' ? payload.changes.new_repository : null
      if (moved && moved.owner?.login === org) names.push(moved.name)
      refresh(c, org, k, { kind: 'repos', names }, 'the issue event')
    },
  )

  app.on('pull_request.closed', async (c) => {
    const { repository } = c.payload
    if (!c.payload.pull_request.merged) return d.logger.debug('Pull request closed without merging; skipping.')
    refresh(c, repository.owner.login, known(c), { kind: 'repos', names: [repository.name] }, 'the merge')
  })

  app.on('push', async (c) => {
    const { repository } = c.payload
    const org = repository.owner?.login ?? repository.owner?.name ?? ''
    const k = known(c)
    const warm = typeof k === 'object' ? k : null
    const adrs = warm ? (warm.state.slices.get(repository.name)?.adrs ?? warm.config.config.adrs) : null
    const change = pushChanges(c.payload, adrs)
    if (change === 'config' && repository.name === (warm?.config.repo ?? d.configRepo))
      return schedule(c, org, { kind: 'full' }) // the org config changed: everything may have
    if (warm && !change) return d.logger.debug(`Push to ${repository.name} changes no ADR or config; skipping.`)
    refresh(c, org, k, { kind: 'repos', names: [repository.name] }, 'the push')
  })

  app.on('issue_comment.created', async (c) => {
    const { comment, issue, repository, sender } = c.payload
    if (sender.type === 'Bot') return d.logger.debug('Comment by a bot; skipping.')
    if (!isRefreshCommand(comment.body)) return
    const own = await d.ownLogin.get()
    if (!own || issue.user.login !== own || !hasMarker(issue.body, MARKERS.leaderboard))
      return d.logger.info('`/leaderboard refresh` was not commented on the tracking issue; skipping.')
    const repo = { owner: repository.owner.login, repo: repository.name }
    const gateway = createLeaderboardGateway(c.octokit, d.logger)
    if (!(await gateway.canWrite(repo, sender.login)))
      return d.logger.info(`${sender.login} asked for a refresh without write access to ${repo.repo}; skipping.`)
    await gateway.react(repo, comment.id, 'eyes')
    schedule(c, repo.owner, { kind: 'full' }, () => gateway.react(repo, comment.id, '+1'))
  })
}
