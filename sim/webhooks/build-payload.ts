import { serializeComment } from '../rest/serialize/comment.js'
import { serializeInstallation } from '../rest/serialize/installation.js'
import { serializeIssue } from '../rest/serialize/issue.js'
import { serializeLabel } from '../rest/serialize/label.js'
import { serializeOrgSimple } from '../rest/serialize/org.js'
import { serializePull } from '../rest/serialize/pull.js'
import { serializeRepo } from '../rest/serialize/repo.js'
import type { Urls } from '../rest/serialize/urls.js'
import { serializeUser } from '../rest/serialize/user.js'
import type { CommitRecord } from '../state/git-store.js'
import type { Account, IssueRecord, RepoRecord } from '../state/records.js'
import type { StateChange } from '../state/state-core.js'
import type { SimState } from '../state/sim-state.js'

/** The `repository`, `organization` (for organisations) and `sender` keys every repository event has. */
function envelope(repo: RepoRecord, sender: Account, urls: Urls) {
  return {
    repository: serializeRepo(repo, urls),
    ...(repo.owner.type === 'Organization' ? { organization: serializeOrgSimple(repo.owner, urls) } : {}),
    sender: serializeUser(sender, urls),
  }
}

function pushPayload(change: StateChange, urls: Urls) {
  const repo = change.repo as RepoRecord
  const extra = change.extra as {
    ref: string
    before: string
    after: string
    commit: CommitRecord
    base: CommitRecord
  }
  const { commit, base } = extra
  const changed = (pick: (had: boolean, has: boolean, same: boolean) => boolean) =>
    [...new Set([...base.files.keys(), ...commit.files.keys()])].filter((p) =>
      pick(base.files.has(p), commit.files.has(p), base.files.get(p) === commit.files.get(p)),
    )
  const person = { name: commit.authorName, email: commit.authorEmail, username: commit.authorName }
  const headCommit = {
    id: commit.sha,
    tree_id: commit.treeSha,
    distinct: true,
    message: commit.message,
    timestamp: commit.date,
    url: `${urls.html}/${repo.owner.login}/${repo.name}/commit/${commit.sha}`,
    author: person,
    committer: person,
    added: changed((had, has) => !had && has),
    removed: changed((had, has) => had && !has),
    modified: changed((had, has, same) => had && has && !same),
  }
  return {
    ref: extra.ref,
    before: extra.before,
    after: extra.after,
    created: /^0+$/.test(extra.before),
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${urls.html}/${repo.owner.login}/${repo.name}/compare/${extra.before.slice(0, 12)}...${extra.after.slice(0, 12)}`,
    commits: [headCommit],
    head_commit: headCommit,
    pusher: { name: change.sender.login, email: `${change.sender.login}@users.noreply.github.com` },
    ...envelope(repo, change.sender, urls),
  }
}

function issueLikePayload(change: StateChange, urls: Urls) {
  const issue = change.issue as IssueRecord
  const label = change.label ? { label: serializeLabel(change.label, issue.repo, urls) } : {}
  const changes = change.changes ? { changes: serializeChanges(change.changes, urls) } : {}
  if (change.event === 'pull_request') {
    const sync = change.action === 'synchronize' ? (change.extra as { before: string; after: string }) : {}
    return {
      action: change.action,
      number: issue.number,
      pull_request: serializePull(issue, urls),
      ...sync,
      ...label,
      ...changes,
      ...envelope(issue.repo, change.sender, urls),
    }
  }
  const comment = change.comment ? { comment: serializeComment(change.comment, urls) } : {}
  return {
    action: change.action,
    issue: serializeIssue(issue, urls),
    ...comment,
    ...label,
    ...changes,
    ...envelope(issue.repo, change.sender, urls),
  }
}

/** `changes` of `edited` and `transferred`: records become their REST shapes. */
function serializeChanges(changes: Record<string, unknown>, urls: Urls) {
  const out: Record<string, unknown> = { ...changes }
  if (changes.new_issue) out.new_issue = serializeIssue(changes.new_issue as IssueRecord, urls)
  if (changes.new_repository) out.new_repository = serializeRepo(changes.new_repository as RepoRecord, urls)
  return out
}

const brief = (repo: RepoRecord) => ({
  id: repo.id,
  node_id: repo.nodeId,
  name: repo.name,
  full_name: `${repo.owner.login}/${repo.name}`,
  private: repo.private,
})

function installationPayload(change: StateChange, state: SimState, urls: Urls) {
  const installation = serializeInstallation(
    change.installation as NonNullable<StateChange['installation']>,
    state.app,
    urls,
  )
  const extra = (change.extra ?? {}) as {
    repositories?: RepoRecord[]
    added?: RepoRecord[]
    removed?: RepoRecord[]
  }
  const common = {
    action: change.action,
    installation,
    requester: null,
    sender: serializeUser(change.sender, urls),
  }
  if (change.event === 'installation')
    return { ...common, repositories: (extra.repositories ?? []).map(brief) }
  return {
    ...common,
    repository_selection: installation.repository_selection,
    repositories_added: (extra.added ?? []).map(brief),
    repositories_removed: (extra.removed ?? []).map(brief),
  }
}

/**
 * `repository` events (archived, unarchived, renamed, transferred, deleted): the repository as it is
 * now, and for a rename or transfer `changes` with what it was (`changes.repository.name.from`,
 * `changes.owner.from.organization` or `.user`).
 */
function repositoryPayload(change: StateChange, urls: Urls) {
  const repo = change.repo as RepoRecord
  const changes = change.changes as
    { repository?: { name: { from: string } }; owner?: { from: Record<string, Account> } } | undefined
  const owner = changes?.owner
    ? {
        owner: {
          from: Object.fromEntries(
            Object.entries(changes.owner.from).map(([key, account]) => [key, serializeUser(account, urls)]),
          ),
        },
      }
    : {}
  const renamed = changes?.repository ? { repository: changes.repository } : {}
  return {
    action: change.action,
    ...(changes ? { changes: { ...renamed, ...owner } } : {}),
    ...envelope(repo, change.sender, urls),
  }
}

/**
 * The webhook payload GitHub would send for a state change (shapes follow `@octokit/webhooks-examples`),
 * without the `installation` key, which the dispatcher adds.
 */
export function buildPayload(change: StateChange, state: SimState, urls: Urls): Record<string, unknown> {
  if (change.event === 'push') return pushPayload(change, urls)
  if (change.event === 'repository') return repositoryPayload(change, urls)
  if (change.event === 'custom_property_values')
    return {
      action: change.action,
      ...change.extra,
      ...envelope(change.repo as RepoRecord, change.sender, urls),
    }
  if (change.event === 'installation' || change.event === 'installation_repositories') {
    return installationPayload(change, state, urls)
  }
  return issueLikePayload(change, urls)
}
