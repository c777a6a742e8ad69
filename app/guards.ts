/**
 * Which webhook events can change the leaderboard. Pure predicates over payload fields; the router in
 * index.ts logs why it skips the others.
 */
import { isAdrPath } from '../src/core/adr/is-adr-path.js'
import type { StrategyConfig } from '../src/core/config/config.schema.js'
import { migrationLabel } from '../src/core/detect/migration-label.js'

/** The config path inside a repository (org config in the config repository, overrides elsewhere). */
export const CONFIG_FILE = '.github/strategy.yml'

/** The migration labels of a config. */
export function migrationLabels(config: StrategyConfig): Set<string> {
  return new Set(config.migrations.map(migrationLabel))
}

/**
 * True when an issues event involves a migration label: the label added or removed, or a label the
 * issue carries (opened, closed, reopened, transferred, deleted).
 */
export function involvesMigrationLabel(
  event: { label?: string | null; issueLabels: readonly (string | null | undefined)[] },
  labels: ReadonlySet<string>,
): boolean {
  if (event.label && labels.has(event.label)) return true
  return event.issueLabels.some((name) => typeof name === 'string' && labels.has(name))
}

/** The label names of an issue payload (GitHub sends objects; some older payloads plain strings). */
export function labelNames(labels: readonly unknown[] | null | undefined): string[] {
  return (labels ?? []).flatMap((label) => {
    if (typeof label === 'string') return [label]
    const name = (label as { name?: unknown } | null)?.name
    return typeof name === 'string' ? [name] : []
  })
}

/** The login of an installation's account (an organisation or user; an enterprise has a slug). */
export function accountLogin(account: { login?: string; slug?: string } | null | undefined): string {
  return account?.login ?? account?.slug ?? ''
}

export interface PushPayload {
  ref: string
  repository: { name: string; default_branch?: string }
  commits?: { added?: string[]; modified?: string[]; removed?: string[] }[] | null
}

/** GitHub lists at most 20 commits in a push payload; beyond that the file lists are incomplete. */
const PUSH_COMMIT_LIST_CAP = 20

/**
 * What a push changes for the leaderboard: `config` (a strategy config), `adrs` (a file under the ADR
 * paths), `code` (a file a migration's detector reads), or null. Only pushes to the default branch
 * count; a push whose commit list may be truncated counts as touching ADRs.
 */
export function pushChanges(
  push: PushPayload,
  adrs: StrategyConfig['adrs'] | null,
  detected: (path: string) => boolean = () => false,
  /** Other files the board reads (CODEOWNERS, catalog-info.yaml with ownership sources): like ADRs. */
  ownerFiles: readonly string[] = [],
): 'config' | 'adrs' | 'code' | null {
  const branch = push.repository.default_branch
  if (!branch || push.ref !== `refs/heads/${branch}`) return null
  const commits = push.commits ?? []
  const files = commits.flatMap((commit) => [
    ...(commit.added ?? []),
    ...(commit.modified ?? []),
    ...(commit.removed ?? []),
  ])
  if (files.includes(CONFIG_FILE)) return 'config'
  if (files.some(detected)) return 'code'
  if (!adrs) return null
  if (commits.length >= PUSH_COMMIT_LIST_CAP) return 'adrs'
  return files.some((path) => isAdrPath(path, adrs) || ownerFiles.includes(path)) ? 'adrs' : null
}

/** True for a comment whose first line is `/leaderboard refresh`. */
export function isRefreshCommand(body: string | null | undefined): boolean {
  const first = (body ?? '').trim().split(/\r?\n/, 1)[0] ?? ''
  return /^\/leaderboard\s+refresh\s*$/i.test(first.trim())
}
