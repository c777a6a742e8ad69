/**
 * Which webhook events ask for which refresh. Every handler only decides (logging why it skips) and
 * schedules; none waits for a refresh.
 */
import type { Probot } from 'probot'
import { detectorFiles } from '../src/core/detect/detector-paths.js'
import { MARKERS, hasMarker } from '../src/core/report/markers.js'
import { createLeaderboardGateway } from '../src/github/leaderboard-gateway.js'
import { ownerFilesRead } from '../src/github/ownership-reads.js'
import {
  accountLogin,
  involvesMigrationLabel,
  isRefreshCommand,
  labelNames,
  migrationLabels,
  pushChanges,
} from './guards.js'
import { createRouter, type Router, type RouteDeps } from './router.js'

export type { RouteDeps } from './router.js'

const ISSUE_ACTIONS = [
  'opened',
  'labeled',
  'unlabeled',
  'closed',
  'reopened',
  'transferred',
  'deleted',
] as const

/**
 * Registers every handler of the app. The repository an event comes from is covered by the
 * installation (GitHub would not deliver it otherwise), so it is read as `added`: a repository created
 * since the last full refresh joins the board with its first event.
 */
export function routeEvents(app: Probot, d: RouteDeps): void {
  const router = createRouter(d)
  routeInstallations(app, router)
  routeIssues(app, router)
  routeMergesAndPushes(app, router)
  routeRefreshCommand(app, router)
  routeRepositories(app, router)
  routeCustomProperties(app, router)
}

function routeInstallations(app: Probot, r: Router): void {
  app.on(
    ['installation.created', 'installation.new_permissions_accepted', 'installation.unsuspend'],
    async (c) => r.schedule(c, accountLogin(c.payload.installation.account), { kind: 'full' }),
  )
  app.on(['installation.deleted', 'installation.suspend'], async (c) =>
    r.d.store.drop(c.payload.installation.id),
  )
  app.on(['installation_repositories.added', 'installation_repositories.removed'], async (c) => {
    const names = (list: { name?: string }[]) => list.flatMap((repo) => (repo.name ? [repo.name] : []))
    const added = names(c.payload.repositories_added)
    const removed = names(c.payload.repositories_removed)
    const org = accountLogin(c.payload.installation.account)
    await r.refresh(
      c,
      org,
      await r.known(c),
      { kind: 'repos', names: [], added, removed },
      'the repository change',
    )
  })
}

function routeIssues(app: Probot, r: Router): void {
  app.on(
    ISSUE_ACTIONS.map((action) => `issues.${action}` as const),
    async (c) => {
      const { payload } = c
      const org = payload.repository.owner.login
      if (payload.sender.login === r.d.ownLogin.peek())
        return r.d.logger.debug('Our own change to an issue; skipping.')
      const known = await r.known(c)
      const event = {
        label: 'label' in payload ? payload.label?.name : null,
        issueLabels: labelNames(payload.issue.labels),
      }
      if (typeof known === 'object' && !involvesMigrationLabel(event, migrationLabels(known.config.config)))
        return r.d.logger.debug(
          `Issue ${payload.repository.name}#${payload.issue.number} has no migration label; skipping.`,
        )
      const moved = payload.action === 'transferred' ? payload.changes.new_repository : null
      const names = moved && moved.owner?.login === org ? [moved.name] : []
      await r.refresh(
        c,
        org,
        known,
        { kind: 'repos', names, added: [payload.repository.name] },
        'the issue event',
      )
    },
  )
}

function routeMergesAndPushes(app: Probot, r: Router): void {
  app.on('pull_request.closed', async (c) => {
    const { repository } = c.payload
    if (!c.payload.pull_request.merged)
      return r.d.logger.debug('Pull request closed without merging; skipping.')
    const request = { kind: 'repos' as const, names: [], added: [repository.name] }
    await r.refresh(c, repository.owner.login, await r.known(c), request, 'the merge')
  })
  app.on('push', async (c) => {
    const { repository } = c.payload
    const org = repository.owner?.login ?? repository.owner?.name ?? ''
    const known = await r.known(c)
    const warm = typeof known === 'object' ? known : null
    const adrs = warm ? (warm.state.slices.get(repository.name)?.adrs ?? warm.config.config.adrs) : null
    const detected = warm ? detectorFiles(warm.config.config.migrations) : undefined
    const owners = warm ? ownerFilesRead(warm.config.config.ownership) : []
    const change = pushChanges(c.payload, adrs, detected, owners)
    if (change === 'config' && repository.name === (warm?.config.repo ?? r.d.configRepo))
      return r.schedule(c, org, { kind: 'full' }) // the org config changed: everything may have
    if (warm && !change)
      return r.d.logger.debug(`Push to ${repository.name} changes no ADR or config; skipping.`)
    await r.refresh(c, org, known, { kind: 'repos', names: [], added: [repository.name] }, 'the push')
  })
}

/** `/leaderboard refresh` on the tracking issue, by someone with write access: 👀 now, 👍 when done. */
function routeRefreshCommand(app: Probot, r: Router): void {
  app.on('issue_comment.created', async (c) => {
    const { comment, issue, repository, sender } = c.payload
    if (sender.type === 'Bot') return r.d.logger.debug('Comment by a bot; skipping.')
    if (!isRefreshCommand(comment.body)) return
    const own = await r.d.ownLogin.get()
    if (!own || issue.user.login !== own || !hasMarker(issue.body, MARKERS.leaderboard))
      return r.d.logger.info('`/leaderboard refresh` was not commented on the tracking issue; skipping.')
    const repo = { owner: repository.owner.login, repo: repository.name }
    const gateway = createLeaderboardGateway(c.octokit, r.d.logger)
    if (!(await gateway.canWrite(repo, sender.login)))
      return r.d.logger.info(
        `${sender.login} asked for a refresh without write access to ${repo.repo}; skipping.`,
      )
    await gateway.react(repo, comment.id, 'eyes')
    await r.schedule(c, repo.owner, { kind: 'full' }, { react: { ...repo, commentId: comment.id } })
  })
}

/**
 * Repository events. Archiving and unarchiving re-read the repository (the read itself tells an archived
 * repository, so the order of events does not matter); a rename drops the old name and reads the new
 * one, so its jobs stay on the board under the new name; a deletion drops it. GitHub sends
 * `transferred` only to the receiving account: the repository joins that board, and if the app also
 * serves the account it came from, it leaves that board too.
 */
function routeRepositories(app: Probot, r: Router): void {
  app.on(['repository.archived', 'repository.unarchived'], async (c) => {
    const { repository } = c.payload
    const request = { kind: 'repos' as const, names: [], added: [repository.name] }
    await r.refresh(
      c,
      repository.owner.login,
      await r.known(c),
      request,
      `the ${c.payload.action} repository`,
    )
  })
  app.on('repository.renamed', async (c) => {
    const { repository, changes } = c.payload
    const request = {
      kind: 'repos' as const,
      names: [],
      added: [repository.name],
      removed: [changes.repository.name.from],
    }
    await r.refresh(c, repository.owner.login, await r.known(c), request, 'the renamed repository')
  })
  app.on('repository.deleted', async (c) => {
    const { repository } = c.payload
    const request = { kind: 'repos' as const, names: [], removed: [repository.name] }
    await r.refresh(c, repository.owner.login, await r.known(c), request, 'the deleted repository')
  })
  app.on('repository.transferred', async (c) => {
    const { repository, changes } = c.payload
    const request = { kind: 'repos' as const, names: [], added: [repository.name] }
    await r.refresh(c, repository.owner.login, await r.known(c), request, 'the transferred repository')
    const from = accountLogin(changes.owner.from.organization ?? changes.owner.from.user)
    const previous = from ? await r.d.store.find(from) : undefined
    if (!previous?.state.config) return // not served, or no config there: nothing to update
    try {
      const octokit = (await app.auth(previous.installationId)) as unknown as typeof c.octokit
      const removal = { kind: 'repos' as const, names: [], removed: [repository.name] }
      await r.schedule({ payload: { installation: { id: previous.installationId } }, octokit }, from, removal)
    } catch (error) {
      // The old installation may be gone; its next reconcile (or none) settles it.
      const reason = error instanceof Error ? error.message : String(error)
      r.d.logger.warn(`Could not update the board of ${from} after ${repository.name} left it: ${reason}`)
    }
  })
}

/**
 * A repository's custom property values changed. With `property` among the ownership sources, that may
 * move the repository to another team; the values are listed by full refreshes (one paginated request
 * per organisation), so it asks for one, merged with anything else in the coalescing window.
 */
function routeCustomProperties(app: Probot, r: Router): void {
  app.on('custom_property_values.updated', async (c) => {
    const org = c.payload.organization.login
    const known = await r.known(c)
    if (typeof known === 'object' && !known.config.config.ownership.sources.includes('property'))
      return r.d.logger.debug(`${org} does not take teams from custom properties; skipping.`)
    await r.refresh(c, org, known, { kind: 'full' }, 'the custom property change')
  })
}
