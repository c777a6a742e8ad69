import { Minimatch } from 'minimatch'
import type { StrategyConfig } from '../config/config.schema.js'
import type { ChangedFile, PullRequestInfo } from '../types.js'

export interface FindExemptionParams {
  pr: Pick<PullRequestInfo, 'labels' | 'author' | 'draft'>
  changedFiles: readonly ChangedFile[]
  config: Pick<StrategyConfig, 'pull_requests'>
}

/**
 * Says why the pull request theme check is skipped, or returns null when it is not. Checked in
 * order: exempt labels, listed authors, bots, drafts, changes only to exempt paths. Labels and
 * logins compare case-insensitively, as GitHub treats them.
 *
 * @example findExemption({ pr: { labels: ['No-Theme'], … }, changedFiles, config })
 * // 'Skipped: the pull request has the label "No-Theme".'
 */
export function findExemption({ pr, changedFiles, config }: FindExemptionParams): string | null {
  const exempt = config.pull_requests.exempt
  const exemptLabels = new Set(exempt.labels.map((label) => label.toLowerCase()))
  const label = pr.labels.find((name) => exemptLabels.has(name.toLowerCase()))
  if (label !== undefined) return `Skipped: the pull request has the label "${label}".`
  const login = pr.author.login
  if (exempt.authors.some((author) => sameLogin(author, login))) {
    return `Skipped: the author "${login}" is listed in pull_requests.exempt.authors.`
  }
  if (exempt.bots && isBot(pr.author)) return `Skipped: the pull request was opened by the bot "${login}".`
  if (exempt.drafts && pr.draft) {
    return 'Skipped: the pull request is a draft; the check runs when it is marked ready for review.'
  }
  if (onlyExemptPaths(changedFiles, exempt.paths)) {
    const count =
      changedFiles.length === 1
        ? 'the one changed file matches'
        : `all ${changedFiles.length} changed files match`
    return `Skipped: ${count} pull_requests.exempt.paths.`
  }
  return null
}

function isBot(author: PullRequestInfo['author']): boolean {
  return author.type === 'Bot' || author.login.toLowerCase().endsWith('[bot]')
}

/** `dependabot` in the config matches the login `dependabot[bot]` too. */
function sameLogin(configured: string, login: string): boolean {
  const strip = (name: string) =>
    name
      .trim()
      .toLowerCase()
      .replace(/\[bot\]$/, '')
  return strip(configured) === strip(login)
}

/** True when there are changed files and each of them (and a renamed file's old path) matches a glob. */
function onlyExemptPaths(changedFiles: readonly ChangedFile[], globs: readonly string[]): boolean {
  if (globs.length === 0 || changedFiles.length === 0) return false
  const matchers = globs.map((glob) => new Minimatch(glob, { dot: true }))
  const matches = (path: string) => matchers.some((matcher) => matcher.match(path))
  return changedFiles.every(
    (file) => matches(file.path) && (file.previousPath === undefined || matches(file.previousPath)),
  )
}
