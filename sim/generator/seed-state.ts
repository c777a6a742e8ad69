import type { InstallationRecord, RepoRecord } from '../state/records.js'
import type { SimState } from '../state/sim-state.js'
import type { GeneratedOrg, GeneratedRepo } from './types.js'

export interface SeedResult {
  org: string
  /** The app's installation on the org (all repositories), unless `install: false`. */
  installation: InstallationRecord | null
  /** Open pull requests by key (`clean`, `missing-theme`, `invalid-adr` in the demo). */
  pulls: Record<string, { repo: string; number: number }>
}

const LABEL_COLORS: Record<string, string> = {
  bug: 'd73a4a',
  enhancement: 'a2eeef',
  'tech-debt': 'fbca04',
  dependencies: '0366d6',
  'no-theme': 'cccccc',
}

function createLabels(state: SimState, repo: RepoRecord, org: GeneratedOrg): void {
  for (const [name, color] of Object.entries(LABEL_COLORS)) state.labels.create({ repo, name, color })
  for (const m of org.strategy.migrations)
    state.labels.create({ repo, name: m.label, color: '5319e7', description: m.title })
  for (const t of org.strategy.themes)
    state.labels.create({ repo, name: `theme:${t.id}`, color: '0e8a16', description: t.name })
}

/** Issues and closed pull requests share one number sequence, assigned in creation order. */
function insertHistory(state: SimState, repo: RepoRecord, generated: GeneratedRepo): void {
  const events = [
    ...generated.issues.map((issue) => ({
      at: issue.createdAt,
      add: () => state.issues.insert({ ...issue, repo, closedAt: issue.closedAt ?? undefined }),
    })),
    ...generated.mergedPulls.map((pull) => ({
      at: pull.createdAt,
      add: () => state.pulls.insertHistoric({ ...pull, repo }),
    })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  for (const event of events) event.add()
}

/**
 * Loads a generated organisation into the state without emitting webhooks, installs the app on it
 * and opens the generated pull requests (with real commits). The clock is set to the org's `now`.
 */
export function seedState(
  state: SimState,
  org: GeneratedOrg,
  options: { install?: boolean } = {},
): SeedResult {
  return state.quietly(() => {
    state.clock.set(org.now)
    state.account(org.org, 'Organization')
    const pulls: SeedResult['pulls'] = {}
    for (const generated of org.repos) {
      const repo = state.repos.create({
        owner: org.org,
        name: generated.name,
        description: generated.description,
        topics: generated.topics,
        private: generated.private,
        createdAt: generated.createdAt,
        files: generated.files,
      })
      createLabels(state, repo, org)
      const team = org.strategy.teams.find((t) => t.name === generated.team)
      for (const member of team?.members ?? [])
        state.repos.setCollaborator(`${org.org}/${repo.name}`, member, 'write')
      insertHistory(state, repo, generated)
      for (const open of generated.openPulls) {
        const issue = state.pulls.create({ repo, ...open })
        pulls[open.key] = { repo: `${org.org}/${repo.name}`, number: issue.number }
      }
      if (generated.archived) repo.archived = true
    }
    const installation = options.install === false ? null : state.installations.create({ account: org.org })
    return { org: org.org, installation, pulls }
  })
}
