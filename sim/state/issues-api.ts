import { nodeId } from './ids.js'
import type { LabelsApi } from './labels-api.js'
import type { Account, IssueRecord, RepoRecord, StateReason } from './records.js'
import type { StateCore } from './state-core.js'

export interface CreateIssueInput {
  repo: string | RepoRecord
  title: string
  body?: string | null
  labels?: string[]
  /** Author login (default `octocat`); logins ending in `[bot]` are bots. */
  author?: string
  createdAt?: string
  state?: 'open' | 'closed'
  stateReason?: StateReason | null
  closedAt?: string
}

export interface IssuePatch {
  title?: string
  body?: string | null
  state?: 'open' | 'closed'
  stateReason?: StateReason | null
  labels?: string[]
}

/** Issues: create, edit, label, close, reopen, transfer, delete. Every change emits its webhook. */
export class IssuesApi {
  constructor(
    private readonly core: StateCore,
    private readonly labels: LabelsApi,
  ) {}

  create(input: CreateIssueInput): IssueRecord {
    const issue = this.insert(input)
    const sender = issue.author
    this.emit(issue, 'opened', sender)
    for (const name of issue.labels) this.emit(issue, 'labeled', sender, { label: name })
    if (issue.state === 'closed') this.emit(issue, 'closed', sender)
    return issue
  }

  /** Adds the record without emitting anything (seeding and pull requests use it). */
  insert(input: CreateIssueInput): IssueRecord {
    const repo = this.core.repo(input.repo)
    const id = this.core.ids.take('issue')
    const createdAt = input.createdAt ?? this.core.clock.tick()
    const closed = input.state === 'closed'
    const issue: IssueRecord = {
      id,
      nodeId: nodeId('Issue', id),
      repo,
      number: repo.nextNumber++,
      title: input.title,
      body: input.body ?? null,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? (input.stateReason ?? 'completed') : (input.stateReason ?? null),
      labels: (input.labels ?? []).map((name) => this.labels.ensure(repo, name).name),
      author: this.core.actor(input.author),
      createdAt,
      updatedAt: closed ? (input.closedAt ?? createdAt) : createdAt,
      closedAt: closed ? (input.closedAt ?? createdAt) : null,
      closedBy: null,
      locked: false,
      comments: [],
    }
    if (closed) issue.closedBy = issue.author
    repo.issues.set(issue.number, issue)
    return issue
  }

  /** Applies a patch as one edit and emits `edited`, `closed`/`reopened`, `labeled`/`unlabeled`. */
  update(repo: string | RepoRecord, number: number, patch: IssuePatch, actor?: string): IssueRecord {
    const issue = this.core.issue(repo, number)
    const sender = this.core.actor(actor)
    const now = this.core.clock.tick()
    const changes: Record<string, { from: unknown }> = {}
    if (patch.title !== undefined && patch.title !== issue.title) changes.title = { from: issue.title }
    if (patch.body !== undefined && patch.body !== issue.body) changes.body = { from: issue.body }
    if (patch.title !== undefined) issue.title = patch.title
    if (patch.body !== undefined) issue.body = patch.body
    issue.updatedAt = now
    if (Object.keys(changes).length > 0) this.emit(issue, 'edited', sender, { changes })
    if (patch.labels !== undefined) this.setLabels(issue, patch.labels, sender)
    if (patch.state === 'closed' && issue.state === 'open') this.close(issue, patch.stateReason, sender, now)
    else if (patch.state === 'open' && issue.state === 'closed') this.reopen(issue, sender)
    else if (patch.stateReason !== undefined && issue.state === 'closed')
      issue.stateReason = patch.stateReason
    return issue
  }

  addLabels(repo: string | RepoRecord, number: number, names: string[], actor?: string): IssueRecord {
    const issue = this.core.issue(repo, number)
    const sender = this.core.actor(actor)
    for (const name of names) {
      const label = this.labels.ensure(issue.repo, name)
      if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) continue
      issue.labels.push(label.name)
      issue.updatedAt = this.core.clock.tick()
      this.emit(issue, 'labeled', sender, { label: label.name })
    }
    return issue
  }

  /** Removes a label; returns false when the issue did not carry it. */
  removeLabel(repo: string | RepoRecord, number: number, name: string, actor?: string): boolean {
    const issue = this.core.issue(repo, number)
    const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase())
    if (index < 0) return false
    const [removed] = issue.labels.splice(index, 1)
    issue.updatedAt = this.core.clock.tick()
    this.emit(issue, 'unlabeled', this.core.actor(actor), { label: removed as string })
    return true
  }

  /** Moves an issue to another repository (new number there) and emits `transferred` and `opened`. */
  transfer(
    repo: string | RepoRecord,
    number: number,
    target: string | RepoRecord,
    actor?: string,
  ): IssueRecord {
    const issue = this.core.issue(repo, number)
    if (issue.pull) throw new Error('[sim] Pull requests cannot be transferred.')
    const sender = this.core.actor(actor)
    const moved = this.insert({
      repo: target,
      title: issue.title,
      body: issue.body,
      labels: issue.labels,
      author: issue.author.login,
      createdAt: issue.createdAt,
      state: issue.state,
      stateReason: issue.stateReason,
      closedAt: issue.closedAt ?? undefined,
    })
    moved.comments = issue.comments
    for (const id of moved.comments) {
      const comment = this.core.comments.get(id)
      if (comment) comment.issue = moved
    }
    issue.repo.issues.delete(number)
    this.emit(issue, 'transferred', sender, { changes: { new_issue: moved, new_repository: moved.repo } })
    this.emit(moved, 'opened', sender)
    return moved
  }

  /** Deletes an issue (GitHub's REST API cannot; the web UI and GraphQL can) and emits `deleted`. */
  delete(repo: string | RepoRecord, number: number, actor?: string): void {
    const issue = this.core.issue(repo, number)
    issue.repo.issues.delete(number)
    for (const id of issue.comments) this.core.comments.delete(id)
    this.emit(issue, 'deleted', this.core.actor(actor))
  }

  private setLabels(issue: IssueRecord, names: string[], sender: Account): void {
    const wanted = new Set(names.map((n) => n.toLowerCase()))
    for (const name of [...issue.labels]) {
      if (!wanted.has(name.toLowerCase())) this.removeLabel(issue.repo, issue.number, name, sender.login)
    }
    this.addLabels(issue.repo, issue.number, names, sender.login)
  }

  private close(
    issue: IssueRecord,
    reason: StateReason | null | undefined,
    sender: Account,
    now: string,
  ): void {
    Object.assign(issue, {
      state: 'closed',
      stateReason: reason ?? 'completed',
      closedAt: now,
      closedBy: sender,
    })
    this.emit(issue, 'closed', sender)
  }

  private reopen(issue: IssueRecord, sender: Account): void {
    Object.assign(issue, { state: 'open', stateReason: 'reopened', closedAt: null, closedBy: null })
    this.emit(issue, 'reopened', sender)
  }

  private emit(issue: IssueRecord, action: string, sender: Account, extra: EmitExtra = {}): void {
    const label = extra.label ? this.labels.get(issue.repo, extra.label) : undefined
    this.core.emit({
      event: issue.pull ? 'pull_request' : 'issues',
      action,
      sender,
      repo: issue.repo,
      issue,
      label,
      changes: extra.changes,
    })
  }
}

interface EmitExtra {
  label?: string
  changes?: Record<string, unknown>
}
